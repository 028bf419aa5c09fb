// Tool output -> findings and located objects: error lines, stripped kustomizations, origins.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseKustomizations, kustomizationFilesOf } from "../../src/render/discover.js";
import { resourcesFromKustomizeOutput } from "../../src/render/kustomize-output.js";
import { locOf } from "../../src/manifests/resource.js";
import { SourceIndex } from "../../src/render/source-index.js";
import { oneLineError } from "../../src/render/stderr.js";
import { stripPlugins } from "../../src/render/strip-plugins.js";

describe("oneLineError", () => {
  it("keeps kubectl's error without the log prefix, which holds a clock", () => {
    const stderr = `E1125 12:22:08.758785    5086 run.go:72] "command failed" err="loading generator plugins: external plugins disabled; unable to load external plugin 'SecretGen'"\n`;
    expect(oneLineError(stderr, [])).toBe(
      "loading generator plugins: external plugins disabled; unable to load external plugin 'SecretGen'",
    );
  });

  it("joins kubectl's multi-line errors and hides the repository's absolute path", () => {
    const stderr =
      'E1125 12:26:15.980936   10752 run.go:72] "command failed" err=<\n\tmissing file /repo/x/debug.yaml\n\tin /repo/x\n >\n';
    expect(oneLineError(stderr, ["/repo"])).toBe("missing file x/debug.yaml in x");
  });

  it("reads standalone kustomize's and helm's `Error:` line, and shortens long chains around the cause", () => {
    expect(oneLineError("Error: chart requires kubeVersion: >=1.30\n", [])).toBe("chart requires kubeVersion: >=1.30");
    const long = oneLineError(`Error: ${"context: ".repeat(60)}the cause`, []);
    expect(long.length).toBeLessThanOrEqual(300);
    expect(long.endsWith("the cause")).toBe(true);
  });
});

describe("stripPlugins", () => {
  const texts: Record<string, string> = {
    "o/kustomization.yaml":
      "namespace: o\nresources: [../b, https://github.com/acme/x//y?ref=v1]\ngenerators: [gen.yaml, builtin.yaml]\nhelmCharts: [{name: c}]\n",
    "o/gen.yaml": "apiVersion: example.com/v1\nkind: Gen\n",
    "o/builtin.yaml": "apiVersion: builtin\nkind: SecretGenerator\n",
    "b/kustomization.yaml": "resources: []\n",
    "c/kustomization.yaml":
      "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\ngenerators: [../o/gen.yaml]\n",
  };
  const paths = Object.keys(texts);
  const ks = parseKustomizations({
    files: new Set(paths),
    kustomizations: kustomizationFilesOf(paths),
    textOf: (f) => texts[f],
  });

  it("drops plugin entries, helmCharts and remote resources, and keeps builtins and everything else", () => {
    const stripped = stripPlugins(ks.get("o")!)!;
    expect(stripped.removed).toEqual([
      "generator gen.yaml",
      "helmCharts",
      "remote resource https://github.com/acme/x//y?ref=v1",
    ]);
    expect(parse(stripped.text)).toEqual({ namespace: "o", resources: ["../b"], generators: ["builtin.yaml"] });
  });

  it("leaves a component that only held a plugin with an empty resource list, which Kustomize accepts", () => {
    const stripped = stripPlugins(ks.get("c")!)!;
    expect(parse(stripped.text)).toEqual({
      apiVersion: "kustomize.config.k8s.io/v1alpha1",
      kind: "Component",
      resources: [],
    });
  });

  it("has nothing to strip from a plain kustomization", () => {
    expect(stripPlugins(ks.get("b")!)).toBeUndefined();
  });
});

describe("resourcesFromKustomizeOutput", () => {
  const texts: Record<string, string> = {
    "base/kustomization.yaml":
      "resources: [objects.yaml]\nconfigMapGenerator:\n  - name: settings\n    literals: [A=b]\n",
    "base/objects.yaml":
      "# two objects\napiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  ports:\n    - port: 80\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n",
  };
  const paths = Object.keys(texts);
  const kustomizations = parseKustomizations({
    files: new Set(paths),
    kustomizations: kustomizationFilesOf(paths),
    textOf: (f) => texts[f],
  });
  const output = [
    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: prod-settings-5k2h7c9f8t\n  annotations:\n    config.kubernetes.io/origin: |\n      configuredIn: ../r/base/kustomization.yaml\n      configuredBy: {apiVersion: builtin, kind: ConfigMapGenerator}\n",
    "apiVersion: v1\nkind: Service\nmetadata:\n  name: prod-api\n  namespace: prod\n  annotations:\n    team: x\n    config.kubernetes.io/origin: |\n      path: ../r/base/objects.yaml\nspec:\n  ports:\n    - port: 8080\n",
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: prod-api\n",
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: remote\n  annotations:\n    config.kubernetes.io/origin: |\n      path: secret.yaml\n      repo: https://github.com/acme/x\n",
  ].join("---\n");
  const resources = resourcesFromKustomizeOutput(output, {
    kustomizationFile: "prod/kustomization.yaml",
    toRepoPath: (p) => (p.startsWith("../r/") ? p.slice("../r/".length) : undefined),
    definitions: ["base/objects.yaml"],
    kustomizations,
    sources: new SourceIndex((f) => texts[f]),
    namespace: { name: "shop", mode: "fill" },
    defaultNamespace: "default",
  });

  it("locates each object at the line of its kind in the file that defines it, and the fields at their lines", () => {
    expect(resources.map((r) => `${r.kind} ${r.namespace}/${r.name} ${r.loc.file}:${r.loc.line}`)).toEqual([
      "ConfigMap shop/prod-settings-5k2h7c9f8t base/kustomization.yaml:3",
      "Service prod/prod-api base/objects.yaml:3",
      "Deployment shop/prod-api base/objects.yaml:11",
      "Secret shop/remote prod/kustomization.yaml:1",
    ]);
    expect(resources[1]!.lines.get("/spec/ports/0/port")).toBe(8);
  });

  it("removes the origin annotation it asked for, and keeps the others", () => {
    expect(resources[1]!.annotations).toEqual({ team: "x" });
    expect(resources[0]!.annotations).toEqual({});
  });
});

describe("fields a patch wrote", () => {
  const texts: Record<string, string> = {
    "base/kustomization.yaml": "resources: [deployment.yaml]\n",
    "base/deployment.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: sidecar-helper
          image: acme/helper
        - name: api
          image: acme/api
          env:
            - name: FROM_BASE
              value: https://base.example-patch.io
`,
    "dev/kustomization.yaml": "namePrefix: dev-\nresources: [../base]\npatches:\n  - path: patches/deployment.yaml\n",
    "dev/patches/deployment.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          args:
            - --base-url=https://patched.example-patch.io
          env:
            - name: FROM_PATCH
              value: https://env.example-patch.io
`,
    "prod/kustomization.yaml": "resources: [../base]\npatches:\n  - path: other.yaml\n",
    "prod/other.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n",
  };
  const paths = Object.keys(texts);
  const kustomizations = parseKustomizations({
    files: new Set(paths),
    kustomizations: kustomizationFilesOf(paths),
    textOf: (f) => texts[f],
  });
  // What Kustomize prints for dev: the patch's container merged into the base's by name, its env list with the base's.
  const output = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: dev-api
  annotations:
    config.kubernetes.io/origin: |
      path: ../r/base/deployment.yaml
spec:
  template:
    spec:
      containers:
        - name: sidecar-helper
          image: acme/helper
        - name: api
          image: acme/api
          args: [--base-url=https://patched.example-patch.io]
          env:
            - name: FROM_PATCH
              value: https://env.example-patch.io
            - name: FROM_BASE
              value: https://base.example-patch.io
`;
  const [deployment] = resourcesFromKustomizeOutput(output, {
    kustomizationFile: "dev/kustomization.yaml",
    toRepoPath: (p) => (p.startsWith("../r/") ? p.slice("../r/".length) : undefined),
    definitions: ["base/deployment.yaml"],
    kustomizations,
    sources: new SourceIndex((f) => texts[f]),
    defaultNamespace: "default",
  });
  const container = ["spec", "template", "spec", "containers", 1];

  it("are located in the patch, matched by name across merged lists; the rest stays in the base", () => {
    expect(deployment!.loc).toEqual({ file: "base/deployment.yaml", line: 2 });
    expect(locOf(deployment!, [...container, "args", 0])).toEqual({ file: "dev/patches/deployment.yaml", line: 11 });
    expect(locOf(deployment!, [...container, "env", 0, "value"])).toEqual({
      file: "dev/patches/deployment.yaml",
      line: 14,
    });
    expect(locOf(deployment!, [...container, "env", 1, "value"])).toEqual({ file: "base/deployment.yaml", line: 15 });
    expect(locOf(deployment!, [...container, "image"])).toEqual({ file: "base/deployment.yaml", line: 12 });
  });

  it("come only from the kustomizations the build reads: another overlay's patch is not this one's", () => {
    expect([...(deployment!.patched?.values() ?? [])].every((l) => l.file === "dev/patches/deployment.yaml")).toBe(
      true,
    );
  });
});

it("names the missing file when Kustomize's chain of contexts ends in one", () => {
  const stderr = `E1125 12:00:00.000000    1 run.go:72] "command failed" err="accumulating resources: accumulation err='accumulating resources from '../../r/dev': '/r/dev' must resolve to a file': recursed accumulation of path '/r/dev': accumulating resources: accumulation err='accumulating resources from 'tools.yaml': evalsymlink failure on '/r/dev/tools.yaml' : lstat /r/dev/tools.yaml: no such file or directory'"\n`;
  expect(oneLineError(stderr, ["/r"])).toBe("dev/tools.yaml: no such file or directory");
});
