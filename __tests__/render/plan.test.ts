// The pure half of rendering: reading kustomizations, choosing what to build, and what the raw loader must skip.
import { describe, expect, it } from "vitest";
import { chartsOf, kustomizationFilesOf, parseKustomizations } from "../../src/render/discover.js";
import type { RepoFiles } from "../../src/render/kustomization.js";
import { planRendering, releaseNameOf } from "../../src/render/plan.js";
import type { DeployTarget } from "../../src/render/types.js";

function repoOf(texts: Record<string, string>): RepoFiles & { paths: string[] } {
  const paths = Object.keys(texts).sort();
  return { paths, files: new Set(paths), kustomizations: kustomizationFilesOf(paths), textOf: (f) => texts[f] };
}

const TREE = {
  "base/kustomization.yaml":
    "resources: [se.yaml, deploy.yaml]\nconfigMapGenerator:\n  - name: cfg\n    files: [app.properties, extra=conf/extra.ini]\n",
  "base/se.yaml": "kind: ServiceEntry\n",
  "base/deploy.yaml": "kind: Deployment\n",
  "base/app.properties": "url=https://x.io\n",
  "base/conf/extra.ini": "",
  "components/sc/kustomization.yaml": "kind: Component\nresources: [sidecar.yaml]\n",
  "components/sc/sidecar.yaml": "kind: Sidecar\n",
  "components/unused/kustomization.yaml": "kind: Component\npatches: [{path: p.yaml}]\n",
  "components/unused/p.yaml": "kind: Sidecar\n",
  "overlays/prod/kustomization.yaml": [
    "namespace: prod",
    "resources:",
    "  - ../../base",
    "  - github.com/acme/shared//egress?ref=v1",
    "  - missing.yaml",
    "components: [../../components/sc]",
    "patches:",
    "  - path: port.yaml",
    "generators:",
    "  - builtin-gen.yaml",
    "  - exec-gen.yaml",
    "  - |",
    "    apiVersion: example.com/v1",
    "    kind: InlineGen",
    "",
  ].join("\n"),
  "overlays/prod/port.yaml": "kind: ServiceEntry\n",
  "overlays/prod/builtin-gen.yaml": "apiVersion: builtin\nkind: ConfigMapGenerator\nmetadata: {name: x}\n",
  "overlays/prod/exec-gen.yaml": "apiVersion: example.com/v1\nkind: SecretGen\n",
  "overlays/staging/kustomization.yaml": "resources: [../../base]\n",
  "plain/app.yaml": "kind: Deployment\n",
  "plain/sub/job.yaml": "kind: Job\n",
  "charts/app/Chart.yaml": "apiVersion: v2\nname: app\n",
  "charts/app/charts/sub/Chart.yaml": "apiVersion: v2\nname: sub\n",
  "charts/lib/Chart.yaml": "apiVersion: v2\nname: lib\ntype: library\n",
};

describe("parseKustomization", () => {
  const repo = repoOf(TREE);
  const ks = parseKustomizations(repo);

  it("separates what a kustomization builds on from the files it reads", () => {
    const prod = ks.get("overlays/prod")!;
    expect(prod.namespace).toBe("prod");
    expect(prod.includes).toEqual(["base", "components/sc"]);
    expect(prod.remote).toEqual(["github.com/acme/shared//egress?ref=v1"]);
    expect(prod.missing).toEqual(["missing.yaml"]);
    expect(prod.otherFiles).toEqual([
      "overlays/prod/builtin-gen.yaml",
      "overlays/prod/exec-gen.yaml",
      "overlays/prod/port.yaml",
    ]);
    expect(ks.get("base")!.resourceFiles).toEqual(["base/deploy.yaml", "base/se.yaml"]);
    expect(ks.get("base")!.otherFiles).toEqual(["base/app.properties", "base/conf/extra.ini"]);
  });

  it("flags generators that are not Kustomize builtins, with the line they are listed on", () => {
    const plugins = ks.get("overlays/prod")!.plugins.map((p) => `${p.field}[${p.index}] ${p.label}:${p.line}`);
    expect(plugins).toEqual(["generators[1] exec-gen.yaml:11", "generators[2] InlineGen:12"]);
  });
});

describe("planRendering", () => {
  const repo = repoOf(TREE);
  const kustomizations = parseKustomizations(repo);
  const charts = chartsOf(
    repo.paths.filter((p) => p.endsWith("Chart.yaml")),
    repo.textOf,
  );
  const origin = { kind: "Application", name: "a", loc: { file: "apps/a.yaml", line: 2 } };
  const plan = (targets: DeployTarget[]) =>
    planRendering({
      kustomizations,
      charts,
      targets,
      manifests: repo.paths.filter((p) => p.endsWith(".yaml")),
      defaultNamespace: "default",
    });
  const describeJobs = (targets: DeployTarget[]) =>
    plan(targets).jobs.map((j) =>
      j.kind === "helm"
        ? `helm ${j.chartDir} ${j.release}@${j.namespace}`
        : `${j.kind} ${j.dir}${j.namespace ? ` ${j.namespace.mode}:${j.namespace.name}` : ""}`,
    );

  it("builds the leaves (never a base or a component) and every top-level, non-library chart", () => {
    expect(describeJobs([])).toEqual([
      "helm charts/app app@default",
      "kustomize overlays/prod",
      "kustomize overlays/staging",
    ]);
  });

  it("renders a chart nothing names under a release name Helm accepts, made from the chart's name", () => {
    expect(releaseNameOf("app")).toBe("app");
    expect(releaseNameOf("Ephemeral-Environments")).toBe("ephemeral-environments");
    expect(releaseNameOf("my_app.v2")).toBe("my-app-v2");
    expect(releaseNameOf("_")).toBe("release");
    expect(releaseNameOf(`${"a".repeat(52)}-b`)).toBe("a".repeat(52));
    const upper = chartsOf(["Web/Chart.yaml"], () => "apiVersion: v2\nname: Web_App\n");
    const jobs = planRendering({
      kustomizations: new Map(),
      charts: upper,
      targets: [],
      manifests: [],
      defaultNamespace: "default",
    }).jobs;
    expect(jobs.map((j) => (j.kind === "helm" ? j.release : j.kind))).toEqual(["web-app"]);
  });

  it("builds a targeted kustomization once, the way its Application deploys it, even when it is a base", () => {
    const targets: DeployTarget[] = [
      { origin, path: "overlays/prod", namespace: { name: "shop", mode: "fill" }, recurse: false },
      { origin, path: "base", namespace: { name: "b", mode: "override" }, recurse: false },
    ];
    expect(describeJobs(targets)).toEqual([
      "kustomize base override:b",
      "helm charts/app app@default",
      "kustomize overlays/prod fill:shop",
      "kustomize overlays/staging",
    ]);
  });

  it("places a plain folder's files in the target namespace, recursing only when asked", () => {
    const flat = plan([{ origin, path: "plain", namespace: { name: "legacy", mode: "fill" }, recurse: false }]);
    expect(flat.jobs.filter((j) => j.kind === "plain").map((j) => (j.kind === "plain" ? j.files : []))).toEqual([
      ["plain/app.yaml"],
    ]);
    const deep = plan([{ origin, path: "plain", namespace: { name: "legacy", mode: "fill" }, recurse: true }]);
    expect(deep.jobs.flatMap((j) => (j.kind === "plain" ? j.files : []))).toEqual([
      "plain/app.yaml",
      "plain/sub/job.yaml",
    ]);
  });

  it("takes every file a kustomization reads away from the raw loader, including an unused component's patch", () => {
    const consumed = [...plan([]).consumed].sort();
    expect(consumed).toContain("overlays/prod/port.yaml");
    expect(consumed).toContain("overlays/prod/exec-gen.yaml");
    expect(consumed).toContain("components/unused/p.yaml");
    expect(consumed).toContain("base/se.yaml");
    expect(consumed).not.toContain("plain/app.yaml");
    expect(consumed).not.toContain("charts/app/Chart.yaml");
  });

  it("renders kustomizations that only include each other, so that Kustomize can report the cycle", () => {
    const cyclic = repoOf({
      "a/kustomization.yaml": "resources: [../b]\n",
      "b/kustomization.yaml": "resources: [../a]\n",
    });
    const jobs = planRendering({
      kustomizations: parseKustomizations(cyclic),
      charts: new Map(),
      targets: [],
      manifests: [],
      defaultNamespace: "default",
    }).jobs;
    expect(jobs.map((j) => (j.kind === "kustomize" ? j.dir : ""))).toEqual(["a"]);
  });

  it("builds only the linted folder's own trees, never one it lists elsewhere in the work tree", () => {
    // Linting deploy/app/overlays of a work tree: the base and a sibling app were listed because the overlay names
    // the base's folder; the sibling app is a leaf, but not the folder's to deploy.
    const repo = repoOf({
      "prod/kustomization.yaml": "resources: [../../base]\n",
      "../../base/kustomization.yaml": "resources: [d.yaml]\n",
      "../../base/d.yaml": "kind: Deployment\n",
      "../../other/kustomization.yaml": "resources: [d.yaml]\n",
      "../../other/d.yaml": "kind: Deployment\n",
    });
    const jobs = planRendering({
      kustomizations: parseKustomizations({ ...repo, prefix: "deploy/app/overlays" }),
      charts: new Map(),
      targets: [],
      manifests: [],
      defaultNamespace: "default",
    }).jobs;
    expect(jobs.map((j) => (j.kind === "kustomize" ? j.dir : ""))).toEqual(["prod"]);
  });
});
