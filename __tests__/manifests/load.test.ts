import { describe, expect, it } from "vitest";
import { loadInline, modelOf } from "../helpers/model.js";

const se = (extra = "") => `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: api
spec:
  hosts: [api.example.org]
  ports:
    - number: 443
      name: https
      protocol: HTTPS${extra}
`;

describe("loading manifests", () => {
  it("puts resources without metadata.namespace in the default namespace, or the configured one", () => {
    expect(loadInline({ "a.yaml": se() }).resources[0]).toMatchObject({
      namespace: "default",
      namespaceExplicit: false,
      loc: { file: "a.yaml", line: 2 },
    });
    expect(loadInline({ "a.yaml": se() }, "platform").resources[0]).toMatchObject({ namespace: "platform" });
    expect(modelOf({ "a.yaml": se() }).serviceEntries[0]).toMatchObject({
      namespace: "default",
      name: "api",
      hosts: ["api.example.org"],
    });
  });

  it("reports a YAML syntax error as a finding with file and line, and keeps reading the other files", () => {
    const loaded = loadInline({
      "broken.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: [unclosed\n",
      "good.yaml": se(),
    });
    expect(loaded.findings).toEqual([
      expect.objectContaining({
        rule: "invalid-yaml",
        code: "EGR001",
        severity: "error",
        file: "broken.yaml",
        line: 4,
      }),
    ]);
    expect(loaded.resources.map((r) => r.name)).toEqual(["api"]);
  });

  it("says nothing of a file it cannot parse that names no manifest field: editor settings, a tsconfig with comments", () => {
    const loaded = loadInline({
      ".vscode/launch.json":
        '{\n  // Use IntelliSense to learn about possible attributes.\n  "version": "0.2.0",\n  "configurations": []\n}\n',
      "tsconfig.json": '/* To learn more */\n{\n  "compilerOptions": { "strict": true, },\n}\n',
      "ci/broken.yml": "jobs:\n  build: [unclosed\n",
      "istiod-values.yaml": "meshConfig:\n  outboundTrafficPolicy: [unclosed\n",
    });
    expect(loaded.findings.map((f) => `${f.rule} ${f.file}`)).toEqual(["invalid-yaml istiod-values.yaml"]);
  });

  it("takes a file with template action lines for a template, not a broken manifest, and reads one that parses", () => {
    const template = [
      "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: bench\n---",
      "{{- range $i := until .Services }}",
      "apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata:\n  name: authn-{{$i}}\n---",
      "{{- end }}\n",
    ].join("\n");
    const loaded = loadInline({ "testdata/benchmarks/authz.yaml": template });
    expect(loaded.findings).toEqual([
      expect.objectContaining({
        rule: "render-fallback",
        severity: "info",
        file: "testdata/benchmarks/authz.yaml",
        line: 6,
      }),
    ]);
    const wholeValue = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Name }}\n";
    expect(loadInline({ "tmpl.yaml": wholeValue }).findings).toEqual([
      expect.objectContaining({ rule: "render-fallback", file: "tmpl.yaml", line: 4 }),
    ]);
    // Template actions inside values parse: the file is read as it is.
    const inValues = loadInline({ "ap.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-{{ .i }}\n" });
    expect(inValues.findings).toEqual([]);
    expect(inValues.resources.map((r) => r.name)).toEqual(["cm-{{ .i }}"]);
  });

  it("takes a file a script fills placeholders into (%NAME%) for a template, and still reports a real error", () => {
    const sedTemplate = [
      "# sed 's|%IMAGE%|quay.io/acme/profile|' deploy.yaml | oc apply -f -",
      "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: profile\nspec:\n  template:\n    spec:",
      "      containers:\n        - name: profile\n          image: %IMAGE%:1.0",
    ].join("\n");
    const list =
      "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: sso\nspec:\n  hosts:\n  - %SSO_SVC%\n";
    const loaded = loadInline({ "deploy.yaml": sedTemplate, "se.yaml": list });
    expect(loaded.findings.map((f) => `${f.rule} ${f.severity} ${f.file}:${f.line}`)).toEqual([
      "render-fallback info deploy.yaml:11",
      "render-fallback info se.yaml:7",
    ]);
    expect(loaded.findings[0]!.message).toContain("%IMAGE%");
    // A percent sign YAML reads, and a file broken for another reason, are what they are.
    expect(
      loadInline({ "cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: 50%\n" }).findings,
    ).toEqual([]);
    const broken = loadInline({ "vs.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n data: {}\n" });
    expect(broken.findings.map((f) => f.rule)).toEqual(["invalid-yaml"]);
  });

  it("says a workload in a group Kubernetes no longer serves it from is not modelled, at its apiVersion", () => {
    const loaded = loadInline({
      "old.yaml":
        "apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata: {name: details, namespace: shop}\nspec: {}\n---\napiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: {name: web}\n",
    });
    expect(loaded.findings.map((f) => `${f.rule} ${f.severity} ${f.file}:${f.line} ${f.workload}`)).toEqual([
      "unserved-workload warning old.yaml:1 details",
    ]);
  });

  it("says a workload written under a built-in group that never served its kind is not modelled", () => {
    const loaded = loadInline({
      "wrong.yaml": [
        "apiVersion: apps/v1\nkind: CronJob\nmetadata: {name: nightly, namespace: ops}\nspec: {}",
        "apiVersion: v1\nkind: Deployment\nmetadata: {name: api}\nspec: {}",
        "apiVersion: extensions/v1beta1\nkind: StatefulSet\nmetadata: {name: db}\nspec: {}",
        // Custom resources that share a built-in kind's name are someone else's: OpenKruise, Volcano.
        "apiVersion: apps.kruise.io/v1beta1\nkind: StatefulSet\nmetadata: {name: cache}\nspec: {}",
        "apiVersion: batch.volcano.sh/v1alpha1\nkind: Job\nmetadata: {name: train}\nspec: {}",
        "apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: ok}\nspec: {}",
      ].join("\n---\n"),
    });
    expect(loaded.findings.map((f) => `${f.rule} ${f.file}:${f.line} ${f.workload}`)).toEqual([
      "unserved-workload wrong.yaml:1 nightly",
      "unserved-workload wrong.yaml:6 api",
      "unserved-workload wrong.yaml:11 db",
    ]);
    expect(loaded.findings[0]!.message).toContain("Use apiVersion batch/v1.");
  });

  it("keeps the good documents of a file whose later document is broken", () => {
    const loaded = loadInline({ "multi.yaml": `${se()}---\nkind: [\n` });
    expect(loaded.resources).toHaveLength(1);
    expect(loaded.findings[0]).toMatchObject({ rule: "invalid-yaml", file: "multi.yaml", line: 12 });
  });

  it("leaves JSON data alone, even past the parser's limits, but reads a JSON object or List that is a manifest", () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => ({ apiVersion: "v1", kind: "Pod", n: i, tags: ["a", "b"] }));
    const service = { apiVersion: "v1", kind: "Service", metadata: { name: "api" }, spec: { ports: [{ port: 80 }] } };
    const list = JSON.stringify({ apiVersion: "v1", kind: "List", items: [service] });
    const loaded = loadInline({
      "data/export.json": JSON.stringify(rows, null, 1),
      "data/stats.json": JSON.stringify({ rows: Array.from({ length: 200_000 }, (_, i) => [i, i * 2]) }),
      "deploy/list.json": list,
    });
    expect(loaded.findings).toEqual([]);
    expect(loaded.resources.map((r) => `${r.kind}/${r.name}`)).toEqual(["Service/api"]);
  });

  it("turns an alias bomb into a finding instead of expanding it", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      ...Array.from(
        { length: 9 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(", ")}]`,
      ),
    ].join("\n");
    const loaded = loadInline({ "bomb.yaml": `${bomb}\n` });
    expect(loaded.findings).toEqual([expect.objectContaining({ rule: "invalid-yaml", file: "bomb.yaml", line: 1 })]);
  });

  it("turns extreme nesting into a finding instead of overflowing the stack", () => {
    const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}\n`;
    const loaded = loadInline({ "deep.yaml": deep });
    expect(loaded.findings).toEqual([expect.objectContaining({ rule: "invalid-yaml", file: "deep.yaml", line: 1 })]);
  });

  it("validates Istio resources against their schema, naming the field and its line", () => {
    const loaded = loadInline({ "se.yaml": se("\n      numbr: 8443").replace("hosts:", "resolution: DNZ\n  hosts:") });
    const messages = loaded.findings.map((f) => [f.rule, f.line, f.message]);
    expect(messages).toEqual([
      ["invalid-resource", 6, expect.stringContaining("spec.resolution")],
      ["invalid-resource", 12, expect.stringContaining("spec.ports[0].numbr")],
    ]);
  });

  it("reads a DestinationRule's workloadSelector as matchLabels, and rejects the Sidecar's `labels` form there", () => {
    const dr = (selector: string) =>
      `apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: gold}\nspec:\n  host: api.example.org\n  workloadSelector: {${selector}: {tier: gold}}\n`;
    expect(modelOf({ "dr.yaml": dr("matchLabels") }).destinationRules[0]).toMatchObject({
      workloadSelector: { tier: "gold" },
    });
    expect(loadInline({ "dr.yaml": dr("matchLabels") }).findings).toEqual([]);
    expect(loadInline({ "dr.yaml": dr("labels") }).findings).toEqual([
      expect.objectContaining({
        rule: "invalid-resource",
        line: 6,
        message: expect.stringContaining("spec.workloadSelector.labels"),
      }),
    ]);
  });

  it("takes a Sidecar egress listener on port 0 as a Unix domain socket, valid with a unix:// bind", () => {
    const sidecar = (listener: string) =>
      `apiVersion: networking.istio.io/v1\nkind: Sidecar\nmetadata: {name: uds}\nspec:\n  egress:\n  - ${listener}\n    hosts: ["./*"]\n`;
    const valid = [
      "port: {number: 0, protocol: HTTP, name: uds}\n    bind: unix:///var/run/app/egress.sock",
      "port: {number: 0, protocol: HTTP, name: uds}\n    bind: unix://@abstract-egress",
    ];
    for (const listener of valid) expect(loadInline({ "s.yaml": sidecar(listener) }).findings).toEqual([]);
    const invalid: [string, string][] = [
      ["port: {number: 0, protocol: HTTP, name: uds}", "egress port 0 needs a bind of unix://PATH"],
      [
        "port: {number: 0, protocol: HTTP, name: uds}\n    bind: 127.0.0.1",
        "egress port 0 needs a bind of unix://PATH",
      ],
      ["port: {number: 0, protocol: HTTP, name: uds}\n    bind: unix://relative.sock", "is not an absolute path"],
      [
        "port: {number: 0, protocol: HTTP, name: uds}\n    bind: unix:///run/x.sock\n    captureMode: IPTABLES",
        "cannot use IPTABLES",
      ],
    ];
    for (const [listener, message] of invalid)
      expect(loadInline({ "s.yaml": sidecar(listener) }).findings, listener).toEqual([
        expect.objectContaining({ rule: "invalid-resource", message: expect.stringContaining(message) }),
      ]);
  });

  it("reports a ServiceEntry without hosts at its spec", () => {
    const loaded = loadInline({
      "se.yaml":
        "apiVersion: networking.istio.io/v1beta1\nkind: ServiceEntry\nmetadata: {name: x}\nspec:\n  ports: [{number: 80, name: http}]\n",
    });
    expect(loaded.findings).toEqual([
      expect.objectContaining({
        rule: "invalid-resource",
        line: 4,
        message: expect.stringContaining("spec.hosts is required"),
      }),
    ]);
  });

  it("accepts every served networking API version and rejects others", () => {
    for (const v of ["v1", "v1beta1", "v1alpha3"]) {
      expect(
        loadInline({ "a.yaml": se().replace("networking.istio.io/v1", `networking.istio.io/${v}`) }).findings,
      ).toEqual([]);
    }
    const old = loadInline({ "a.yaml": se().replace("networking.istio.io/v1", "networking.istio.io/v1alpha1") });
    expect(old.findings).toEqual([expect.objectContaining({ rule: "invalid-resource", line: 1 })]);
  });

  it("reads kind: List items with their own lines", () => {
    const list = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Service
    metadata: {name: a, namespace: x}
  - apiVersion: v1
    kind: Service
    metadata: {name: b, namespace: x}
`;
    const loaded = loadInline({ "list.yaml": list });
    expect(loaded.resources.map((r) => [r.name, r.loc.line])).toEqual([
      ["a", 5],
      ["b", 8],
    ]);
  });

  it("reads JSON manifests and ignores JSON and YAML that are not Kubernetes objects", () => {
    const loaded = loadInline({
      "svc.json": JSON.stringify({ apiVersion: "v1", kind: "Service", metadata: { name: "j" } }, null, 2),
      "package.json": JSON.stringify({ name: "app", version: "1.0.0" }),
      "config.yaml": "server:\n  port: 8080\n",
    });
    expect(loaded.resources.map((r) => r.name)).toEqual(["j"]);
    expect(loaded.findings).toEqual([]);
  });
});
