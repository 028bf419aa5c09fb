// Suggestions from (model, references, findings): ServiceEntries for unregistered hosts, exportTo and Sidecar changes.
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { loadManifests } from "../../src/manifests/load.js";
import type { EgressModel } from "../../src/model/types.js";
import { runRules } from "../../src/rules/registry.js";
import { suggestedSpec } from "../../src/rules/service-entry-suggestion.js";
import type { HostReference } from "../../src/scan/types.js";
import { suggestFixes, type Suggestion } from "../../src/suggest/index.js";
import { renderSuggestions } from "../../src/suggest/render.js";
import { allowlistFrom, deployment, docs, meshMode, modelFrom, ref, serviceEntry } from "../rules/helpers.js";

const mesh = docs(meshMode("REGISTRY_ONLY"), deployment("checkout", "shop"), deployment("ledger", "pay"));
const fromCheckout = { namespace: "shop", workload: "checkout", file: "services/checkout/pay.ts" };
const fromLedger = { namespace: "pay", workload: "ledger", file: "services/ledger/main.go" };

function suggest(
  manifests: string,
  references: HostReference[],
  options: { namespace?: string; allowlist?: string } = {},
): { model: EgressModel; suggestions: Suggestion[] } {
  const model = modelFrom(manifests);
  const allowlist = options.allowlist ? allowlistFrom(options.allowlist) : undefined;
  const findings = runRules({ model, references, allowlist });
  return { model, suggestions: suggestFixes({ model, references, allowlist, findings, namespace: options.namespace }) };
}

const entries = (list: Suggestion[]) => list.flatMap((s) => (s.kind === "ServiceEntry" ? [s] : []));
const shape = (list: Suggestion[]) =>
  entries(list).map((s) => ({
    ns: s.namespace,
    name: s.name,
    hosts: s.spec.hosts,
    ports: s.spec.ports.map((p) => `${p.number}/${p.protocol}`),
    exportTo: s.spec.exportTo,
    resolution: s.spec.resolution,
  }));

/** Findings of the rules when the suggested ServiceEntries are added to the manifests. */
function rulesAfter(manifests: string, references: HostReference[], list: Suggestion[]) {
  const written = entries(list)
    .map((s) => s.yaml)
    .join("---\n");
  const model = modelFrom({ "k8s/manifests.yaml": manifests, "egress/suggested.yaml": written });
  return runRules({ model, references });
}

describe("ServiceEntries for hosts nothing registers", () => {
  it("take port and protocol from the scheme: https -> 443 HTTPS, http -> 80 HTTP, connection strings -> TCP on their port", () => {
    const refs = [
      ref("https://api.stripe.com/v1", fromCheckout),
      ref("http://status.example.org/", fromCheckout),
      ref("postgres://db.example.net:5432/app", fromCheckout),
    ];
    expect(shape(suggest(mesh, refs).suggestions)).toEqual([
      {
        ns: "shop",
        name: "api-stripe-com",
        hosts: ["api.stripe.com"],
        ports: ["443/HTTPS"],
        exportTo: ["."],
        resolution: "DNS",
      },
      {
        ns: "shop",
        name: "db-example-net",
        hosts: ["db.example.net"],
        ports: ["5432/TCP"],
        exportTo: ["."],
        resolution: "DNS",
      },
      {
        ns: "shop",
        name: "status-example-org",
        hosts: ["status.example.org"],
        ports: ["80/HTTP"],
        exportTo: ["."],
        resolution: "DNS",
      },
    ]);
    const tcp = entries(suggest(mesh, refs).suggestions).find((s) => s.name === "db-example-net")!;
    expect(tcp.notes.join(" ")).toMatch(/TCP carries no host name.*port 5432/);
    expect(tcp.yaml).toMatch(
      /^# db\.example\.net:5432: no ServiceEntry registers it for shop\/checkout\.\n# Calls from:\n# {3}services\/checkout\/pay\.ts:1\n/,
    );
  });

  it("group hosts of one registrable domain on name-routed ports, never TCP hosts", () => {
    const refs = [
      ref("https://api.stripe.com/v1", fromCheckout),
      ref("https://files.stripe.com/v1", fromCheckout),
      ref("postgres://a.db.example.net:5432/x", fromCheckout),
      ref("postgres://b.db.example.net:5432/x", fromCheckout),
    ];
    expect(shape(suggest(mesh, refs).suggestions).map((s) => [s.name, s.hosts])).toEqual([
      ["a-db-example-net", ["a.db.example.net"]],
      ["b-db-example-net", ["b.db.example.net"]],
      ["stripe-com", ["api.stripe.com", "files.stripe.com"]],
    ]);
  });

  it("merge a host's ports, and serve a port-less call from the ports the code names elsewhere", () => {
    const refs = [
      ref("https://api.example.io/", fromCheckout),
      ref("http://api.example.io:8080/", fromCheckout),
      ref("api.example.io", fromCheckout),
    ];
    const [s] = entries(suggest(mesh, refs).suggestions);
    expect(s!.spec.ports.map((p) => `${p.number}/${p.protocol}/${p.name}`)).toEqual([
      "443/HTTPS/https",
      "8080/HTTP/http",
    ]);
    expect(s!.notes.join(" ")).not.toMatch(/guess/);
    const [guessed] = entries(suggest(mesh, [ref("api.example.io", fromCheckout)]).suggestions);
    expect(guessed!.notes.join(" ")).toMatch(/does not say which port.*443\/HTTPS is a guess/);
  });

  it("live in the callers' namespace, exported to the calling namespaces only; or where --namespace says", () => {
    const refs = [ref("https://api.stripe.com/", fromCheckout), ref("https://api.stripe.com/", fromLedger)];
    expect(shape(suggest(mesh, refs).suggestions).map((s) => [s.ns, s.exportTo])).toEqual([["pay", [".", "shop"]]]);
    expect(shape(suggest(mesh, refs, { namespace: "egress" }).suggestions).map((s) => [s.ns, s.exportTo])).toEqual([
      ["egress", ["pay", "shop"]],
    ]);
  });

  it("export to every namespace, from the mesh's root namespace, when no workload is mapped to the code", () => {
    const anywhere = ref("https://hooks.slack.com/x", { file: "scripts/notify.sh" });
    expect(shape(suggest(mesh, [anywhere]).suggestions).map((s) => [s.ns, s.exportTo])).toEqual([
      ["istio-system", ["*"]],
    ]);
  });

  it("put an IP in addresses with resolution NONE, under a name", () => {
    const [s] = entries(suggest(mesh, [ref("http://169.254.169.254/latest/meta-data", fromCheckout)]).suggestions);
    expect(s!.spec).toMatchObject({
      hosts: ["ip-169-254-169-254.internal"],
      addresses: ["169.254.169.254"],
      resolution: "NONE",
    });
  });

  it("give a wildcard resolution NONE", () => {
    expect(suggestedSpec({ host: "*.example.com", port: 443, scheme: "https" }).resolution).toBe("NONE");
    expect(suggestedSpec({ host: "api.example.com", port: 443, scheme: "https" }).resolution).toBe("DNS");
  });

  it("register the apex a wildcard does not cover", () => {
    const manifests = docs(
      mesh,
      serviceEntry(
        "wild",
        "shop",
        "hosts: ['*.example.com']\nports: [{number: 443, name: https, protocol: HTTPS}]\nresolution: NONE",
      ),
    );
    expect(
      shape(suggest(manifests, [ref("https://example.com/", fromCheckout)]).suggestions).map((s) => s.hosts),
    ).toEqual([["example.com"]]);
  });

  it("say when the allowlist does not approve the host", () => {
    const allowlist = "version: 1\nhosts:\n  - host: api.stripe.com\n    ports: [443]\n";
    const list = suggest(
      mesh,
      [ref("https://api.stripe.com/", fromCheckout), ref("https://api.other.io/", fromCheckout)],
      { allowlist },
    ).suggestions;
    expect(entries(list).map((s) => [s.name, s.notes.some((n) => n.includes("does not approve"))])).toEqual([
      ["api-other-io", true],
      ["api-stripe-com", false],
    ]);
  });

  it("are valid ServiceEntries that register every call and trip no ServiceEntry rule", () => {
    const refs = [
      ref("https://api.stripe.com/", fromCheckout),
      ref("https://files.stripe.com/", fromLedger),
      ref("http://169.254.169.254/", fromCheckout),
      ref("rediss://cache.example.net:6380", fromLedger),
      ref("mysql://db.example.net:3306/x", fromLedger),
      ref("api.partner.io", { file: "scripts/x.sh" }),
    ];
    const list = suggest(mesh, refs).suggestions;
    const written = entries(list)
      .map((s) => s.yaml)
      .join("---\n");
    expect(parseAllDocuments(written)).toHaveLength(entries(list).length);
    expect(
      loadManifests([{ path: "egress/suggested.yaml", text: written }], { defaultNamespace: "default" }).findings,
    ).toEqual([]);
    const after = rulesAfter(mesh, refs, list);
    expect(after.map((f) => f.rule)).toEqual([]);
  });

  it("note a Sidecar that would still hide the entry where --namespace puts it", () => {
    const sidecar = `apiVersion: networking.istio.io/v1
kind: Sidecar
metadata: {name: default, namespace: shop}
spec:
  egress:
    - hosts: ["./*", "istio-system/*"]`;
    const [s] = entries(
      suggest(docs(mesh, sidecar), [ref("https://api.stripe.com/", fromCheckout)], { namespace: "egress" }).suggestions,
    );
    expect(s!.notes.join(" ")).toMatch(
      /Even with this change, shop\/checkout cannot reach api\.stripe\.com:443.*Sidecar shop\/default does not import it/,
    );
    const [plain] = entries(suggest(docs(mesh, sidecar), [ref("https://api.stripe.com/", fromCheckout)]).suggestions);
    expect(plain!.notes).toEqual([]);
  });
});

describe("hosts registered but out of sight", () => {
  it("not-exported: the exportTo change, not a second ServiceEntry", () => {
    const manifests = docs(
      mesh,
      serviceEntry(
        "stripe",
        "pay",
        'hosts: [api.stripe.com]\nexportTo: ["."]\nports: [{number: 443, name: https, protocol: HTTPS}]\nresolution: DNS',
      ),
    );
    const list = suggest(manifests, [ref("https://api.stripe.com/", fromCheckout)]).suggestions;
    expect(entries(list)).toEqual([]);
    const [change] = list;
    expect(change).toMatchObject({
      kind: "exportTo",
      target: { kind: "ServiceEntry", namespace: "pay", name: "stripe", file: "k8s/manifests.yaml" },
      exportTo: [".", "shop"],
      added: ["shop"],
      notes: [],
    });
    expect(parse(change!.yaml)).toEqual({ spec: { exportTo: [".", "shop"] } });
    expect(change!.yaml).toMatch(
      /^# ServiceEntry pay\/stripe \(k8s\/manifests\.yaml:\d+\) registers api\.stripe\.com:443 but is not exported to shop/,
    );
  });

  it("hidden-by-sidecar: the Sidecar egress change that imports the entry", () => {
    const sidecar = `apiVersion: networking.istio.io/v1
kind: Sidecar
metadata: {name: default, namespace: shop}
spec:
  egress:
    - hosts: ["./*", "istio-system/*"]`;
    const manifests = docs(
      mesh,
      sidecar,
      serviceEntry(
        "stripe",
        "pay",
        "hosts: [api.stripe.com]\nports: [{number: 443, name: https, protocol: HTTPS}]\nresolution: DNS",
      ),
    );
    const list = suggest(manifests, [ref("https://api.stripe.com/", fromCheckout)]).suggestions;
    expect(list.map((s) => s.kind)).toEqual(["Sidecar"]);
    expect(list[0]).toMatchObject({
      target: { namespace: "shop", name: "default" },
      listener: 0,
      hosts: ["./*", "istio-system/*", "pay/api.stripe.com"],
      added: ["pay/api.stripe.com"],
      notes: [],
    });
    expect(parse(list[0]!.yaml)).toEqual({
      spec: { egress: [{ hosts: ["./*", "istio-system/*", "pay/api.stripe.com"] }] },
    });
    expect(renderSuggestions(list)).toMatch(/^# Changes to resources that exist already/m);
    expect(
      renderSuggestions(list)
        .split("\n")
        .filter(Boolean)
        .every((l) => l.startsWith("#")),
    ).toBe(true);
  });
});

describe("what gets a suggestion", () => {
  it("only what the report reports: a call silenced inline gets none", () => {
    const silenced = ref("https://api.stripe.com/", { ...fromCheckout, ignoredRules: ["unregistered-host"] });
    expect(suggest(mesh, [silenced]).suggestions).toEqual([]);
  });

  it("carries the strongest status of the findings it fixes", () => {
    const model = modelFrom(mesh);
    const references = [ref("https://a.example.io/", fromCheckout), ref("https://b.example.io/", fromLedger)];
    const findings = runRules({ model, references }).map((f) => ({
      ...f,
      status: f.host === "a.example.io" ? ("existing" as const) : ("new" as const),
    }));
    const list = suggestFixes({ model, references, findings });
    expect(list.map((s) => [s.targets, s.status])).toEqual([
      [["b.example.io:443"], "new"],
      [["a.example.io:443"], "existing"],
    ]);
  });
});
