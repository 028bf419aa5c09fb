// Argo CD and Flux objects -> the folders they deploy, with namespaces and Helm values.
import { describe, expect, it } from "vitest";
import { deployTargets, targetRepo } from "../../src/render/discover.js";

const exists = (dirs: string[]) => (d: string) => dirs.includes(d);

function targetsOf(text: string, dirs: string[] = [], prefix = "") {
  return deployTargets([{ path: "apps/x.yaml", text }], targetRepo(exists(dirs), prefix));
}

describe("paths from the work tree's top, linting a folder inside it", () => {
  const app = (p: string) =>
    [
      "apiVersion: argoproj.io/v1alpha1",
      "kind: Application",
      "metadata: {name: shop, namespace: argocd}",
      "spec:",
      "  destination: {namespace: shop}",
      `  source: {repoURL: https://git.example/gitops, path: ${p}, helm: {valueFiles: [values-prod.yaml]}}`,
    ].join("\n");

  it("finds a path inside the folder by its name there, values files included", () => {
    const found = targetsOf(app("gitops/charts/shop"), ["charts/shop"], "gitops");
    expect(found.findings).toEqual([]);
    expect(found.targets.map((t) => [t.path, t.helm?.valueFiles])).toEqual([
      ["charts/shop", ["charts/shop/values-prod.yaml"]],
    ]);
  });

  it("says a path elsewhere in the work tree lies outside the folder linted", () => {
    const found = targetsOf(app("other/shop"), ["charts/shop"], "gitops");
    expect(found.targets).toEqual([]);
    expect(found.findings.map((f) => f.message)).toEqual([
      "Application shop: path other/shop of https://git.example/gitops is not in the folder linted; not read as deployed",
    ]);
  });
});

describe("Argo CD", () => {
  it("reads an Application's path, destination namespace, Helm value files and inline values", () => {
    const found = targetsOf(
      [
        "apiVersion: argoproj.io/v1alpha1",
        "kind: Application",
        "metadata: {name: web}",
        "spec:",
        "  source:",
        "    path: charts/web",
        "    helm:",
        "      releaseName: web-prod",
        "      valueFiles: [values-prod.yaml, ../shared/common.yaml]",
        "      valuesObject:",
        "        replicas: 2",
        "  destination: {namespace: web}",
      ].join("\n"),
      ["charts/web"],
    );
    expect(found.findings).toEqual([]);
    const [t] = found.targets;
    expect(t).toMatchObject({
      path: "charts/web",
      namespace: { name: "web", mode: "fill" },
      recurse: false,
      origin: { kind: "Application", name: "web", loc: { file: "apps/x.yaml", line: 2 } },
    });
    expect(t!.helm!.valueFiles).toEqual(["charts/web/values-prod.yaml", "charts/shared/common.yaml"]);
    expect(t!.helm!.releaseName).toBe("web-prod");
    expect(t!.helm!.inline.map((v) => [v.value, v.loc.line])).toEqual([[{ replicas: 2 }, 10]]);
  });

  it("lets kustomize.namespace override, resolves `$ref/` value files of multi-source Applications", () => {
    const found = targetsOf(
      [
        "apiVersion: argoproj.io/v1alpha1",
        "kind: Application",
        "metadata: {name: multi}",
        "spec:",
        "  sources:",
        "    - {repoURL: https://git.example.com/gitops.git, ref: values}",
        "    - path: charts/api",
        "      helm: {valueFiles: [$values/envs/prod/api.yaml]}",
        "    - path: overlays/prod",
        "      kustomize: {namespace: api}",
        "  destination: {namespace: ignored}",
      ].join("\n"),
      ["charts/api", "overlays/prod"],
    );
    expect(found.targets.map((t) => [t.path, t.namespace, t.helm?.valueFiles])).toEqual([
      ["charts/api", { name: "ignored", mode: "fill" }, ["envs/prod/api.yaml"]],
      ["overlays/prod", { name: "api", mode: "override" }, []],
    ]);
  });

  it("expands an ApplicationSet's list generator in both template syntaxes, and reports other generators", () => {
    const found = targetsOf(
      [
        "apiVersion: argoproj.io/v1alpha1",
        "kind: ApplicationSet",
        "metadata: {name: envs}",
        "spec:",
        "  generators:",
        "    - list:",
        "        elements:",
        "          - {env: dev, ns: shop-dev}",
        "          - {env: prod, ns: shop-prod}",
        "    - git: {repoURL: https://git.example.com/x.git}",
        "  template:",
        "    metadata: {name: 'shop-{{env}}'}",
        "    spec:",
        "      source: {path: 'overlays/{{ .env }}'}",
        "      destination: {namespace: '{{ns}}'}",
      ].join("\n"),
      ["overlays/dev", "overlays/prod"],
    );
    expect(
      found.targets.map(
        (t) => `${t.origin.name} ${t.path} ${t.namespace?.name} ${t.origin.loc.file}:${t.origin.loc.line}`,
      ),
    ).toEqual(["shop-dev overlays/dev shop-dev apps/x.yaml:2", "shop-prod overlays/prod shop-prod apps/x.yaml:2"]);
    expect(found.findings.map((f) => f.message)).toEqual([
      "ApplicationSet envs: the git generator is not expanded; only list generators are read",
    ]);
  });

  it("keeps a remote chart's inline values for the mesh config, and reports that its templates are not here", () => {
    const found = targetsOf(
      [
        "apiVersion: argoproj.io/v1alpha1",
        "kind: Application",
        "metadata: {name: istiod}",
        "spec:",
        "  source:",
        "    repoURL: https://istio-release.storage.googleapis.com/charts",
        "    chart: istiod",
        "    helm:",
        "      values: |",
        "        meshConfig:",
        "          outboundTrafficPolicy: {mode: REGISTRY_ONLY}",
      ].join("\n"),
    );
    expect(found.targets).toEqual([]);
    expect(found.remoteChartValues.map((v) => [v.value, v.lines.get("/meshConfig/outboundTrafficPolicy")])).toEqual([
      [{ meshConfig: { outboundTrafficPolicy: { mode: "REGISTRY_ONLY" } } }, 11],
    ]);
    expect(found.findings.map((f) => f.rule)).toEqual(["render-fallback"]);
  });
});

describe("Flux", () => {
  it("reads a Kustomization's path and targetNamespace (an override, as Flux applies it)", () => {
    const found = targetsOf(
      "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: apps, namespace: flux-system}\nspec:\n  path: ./clusters/prod/apps\n  targetNamespace: apps\n  sourceRef: {kind: GitRepository, name: flux-system}\n",
      ["clusters/prod/apps"],
    );
    expect(found.targets.map((t) => [t.path, t.namespace, t.recurse])).toEqual([
      ["clusters/prod/apps", { name: "apps", mode: "override" }, true],
    ]);
  });

  it("renders a HelmRelease's chart from the Git repository with its values, named as Flux names releases", () => {
    const found = targetsOf(
      [
        "apiVersion: helm.toolkit.fluxcd.io/v2",
        "kind: HelmRelease",
        "metadata: {name: egress, namespace: flux-system}",
        "spec:",
        "  targetNamespace: payments",
        "  chart:",
        "    spec:",
        "      chart: ./charts/egress",
        "      sourceRef: {kind: GitRepository, name: flux-system}",
        "      valuesFiles: [./charts/egress/values-prod.yaml]",
        "  values:",
        "    hosts: []",
      ].join("\n"),
      ["charts/egress"],
    );
    const [t] = found.targets;
    expect([
      t!.path,
      t!.namespace,
      t!.helm!.releaseName,
      t!.helm!.valueFiles,
      t!.helm!.inline.map((v) => v.value),
    ]).toEqual([
      "charts/egress",
      { name: "payments", mode: "fill" },
      "payments-egress",
      ["charts/egress/values-prod.yaml"],
      [{ hosts: [] }],
    ]);
  });

  it("does not look for a chart repository's chart in this repository", () => {
    const found = targetsOf(
      "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata: {name: istiod, namespace: istio-system}\nspec:\n  chart:\n    spec:\n      chart: istiod\n      sourceRef: {kind: HelmRepository, name: istio}\n  values:\n    meshConfig: {outboundTrafficPolicy: {mode: REGISTRY_ONLY}}\n",
      ["istiod"],
    );
    expect(found.targets).toEqual([]);
    expect(found.remoteChartValues).toHaveLength(1);
    expect(found.findings[0]!.message).toMatch(/HelmRelease istiod: chart istiod is not in this repository/);
  });
});
