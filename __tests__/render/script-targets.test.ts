// A chart a script installs with `-n` and `-f` is rendered into that namespace with those values, as deployed.
import { describe, expect, it } from "vitest";
import { scratchRepo } from "../helpers/scratch-repo.js";
import { runCheck } from "../../src/engine.js";
import type { ShellText } from "../../src/model/script-texts.js";
import { scriptTargets } from "../../src/render/script-targets.js";
import { parseSettings } from "../../src/settings.js";
import { hasHelm } from "./tools.js";

const CHARTS = new Map([
  ["charts/shop", { dir: "charts/shop", name: "shop", library: false }],
  ["charts/lib", { dir: "charts/lib", name: "lib", library: true }],
]);

function targets(text: string, cwd = "") {
  const t: ShellText = { file: "scripts/deploy.sh", text, firstLine: 1, cwd };
  return scriptTargets([t], CHARTS).map((x) => [x.path, x.namespace?.name, x.helm?.releaseName, x.helm?.valueFiles]);
}

describe("scriptTargets", () => {
  it("reads install, upgrade and an applied template of a chart of the repository, with -n and -f", () => {
    expect(
      targets(
        [
          "helm upgrade --install shop ./charts/shop -n shop -f charts/shop/values-prod.yaml --wait",
          "helm template web charts/shop --namespace web | istioctl kube-inject -f - | kubectl apply -f -",
          "helm install x bitnami/redis -n data",
          'helm install y ./charts/shop -n "$NS"',
          "helm install z ./charts/lib -n lib",
        ].join("\n"),
      ),
    ).toEqual([
      ["charts/shop", "shop", "shop", ["charts/shop/values-prod.yaml"]],
      ["charts/shop", "web", "web", []],
      ["charts/shop", undefined, "y", []],
    ]);
  });

  it("takes a template written to a file as deployed only where the text applies, with or without a release name", () => {
    expect(targets("helm template dry charts/shop > out.yaml\nhelm lint charts/shop\n")).toEqual([]);
    const text =
      "helm template charts/shop --namespace coolstore > out/all.yaml\nistioctl kube-inject -f out/all.yaml | kubectl apply -f -\n";
    expect(targets(text)).toEqual([["charts/shop", "coolstore", undefined, []]]);
  });

  it("resolves the chart and values from the folder the script runs in", () => {
    expect(targets("helm install shop ../charts/shop -f ../charts/shop/v.yaml", "scripts")).toEqual([
      ["charts/shop", undefined, "shop", ["charts/shop/v.yaml"]],
    ]);
  });
});

describe("kubectl apply -n in scripts", () => {
  const MANIFESTS = new Set(["istio/server.yaml", "istio/client.yaml", "k8s/app/deploy.yaml", "k8s/app/svc/svc.yaml"]);
  const applied = (text: string, cwd = "") =>
    scriptTargets([{ file: "Makefile", text, firstLine: 1, cwd }], CHARTS, MANIFESTS, new Set(["overlays/prod"])).map(
      (x) => `${x.origin.name} ${x.path} ${x.namespace?.name}${x.recurse ? " -R" : ""} :${x.origin.loc.line}`,
    );

  it("deploys the files and folders it names into the namespace, after the text's variables", () => {
    expect(
      applied(
        [
          "kubectl apply -f istio/server.yaml -n istio",
          "NS=shop",
          'kubectl -n "$NS" apply -R -f k8s/app/',
          "oc create --namespace=web -f istio/client.yaml,istio/server.yaml",
          "kubectl apply -k overlays/prod -n prod",
        ].join("\n"),
      ),
    ).toEqual([
      "kubectl apply istio/server.yaml istio :1",
      "kubectl apply k8s/app shop -R :3",
      "oc create istio/client.yaml web :4",
      "oc create istio/server.yaml web :4",
      "kubectl apply overlays/prod prod :5",
    ]);
  });

  it("reads nothing it cannot tell: no namespace, an unknown one, a path outside the repository, another verb", () => {
    expect(
      applied(
        [
          "kubectl apply -f istio/server.yaml",
          'kubectl apply -n "$UNSET" -f istio/server.yaml',
          "kubectl apply -n shop -f https://raw.example.org/x.yaml",
          "kubectl apply -n shop -f missing.yaml",
          "kubectl delete -n shop -f istio/server.yaml",
          "kubectl apply -n shop -f <(istioctl kube-inject -f istio/server.yaml)",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("takes the namespace a script makes its context's for the applies after it", () => {
    expect(
      applied(
        [
          "kubectl apply -f istio/client.yaml",
          "kubectl label namespace demo istio-injection=enabled",
          "kubectl config set-context --current --namespace=demo",
          "kubectl apply -f istio/server.yaml",
          "kubectl apply -n shop -f k8s/app/deploy.yaml",
          "kubectl config set-context dev --namespace=dev",
          "kubectl apply -f istio/client.yaml",
        ].join("\n"),
      ),
    ).toEqual([
      "kubectl apply istio/server.yaml demo :4",
      "kubectl apply k8s/app/deploy.yaml shop :5",
      "kubectl apply istio/client.yaml demo :7",
    ]);
  });

  it("takes paths from the script's folder or from the repository root", () => {
    expect(applied("kubectl apply -n shop -f ../istio/server.yaml", "scripts")).toEqual([
      "kubectl apply istio/server.yaml shop :1",
    ]);
  });

  it("takes the folder a script works out for itself as the script's own", () => {
    const text = [
      'HERE="$( cd "$( dirname "${BASH_SOURCE[0]}" )" && pwd )"',
      "ROOT=$(cd $(dirname $0)/.. && pwd)",
      'kubectl apply -n shop -f "$HERE/../istio/server.yaml"',
      "kubectl apply -n web -f $ROOT/k8s/app/deploy.yaml",
    ].join("\n");
    const fromScript = scriptTargets(
      [{ file: "scripts/deploy.sh", text, firstLine: 1, cwd: "scripts", scriptFolder: "scripts" }],
      CHARTS,
      MANIFESTS,
    ).map((x) => `${x.path} ${x.namespace?.name}`);
    expect(fromScript).toEqual(["istio/server.yaml shop", "k8s/app/deploy.yaml web"]);
    // Not a script file (a Makefile recipe, a README block): `$0` is not the text's own path.
    expect(applied(text, "scripts")).toEqual([]);
  });
});

describe("a file a script applies with -n, checked", () => {
  it("puts the file's workloads in that namespace, and its label decides their sidecar", async () => {
    const { root, write } = scratchRepo("egress-lint-apply-ns-");
    const deployment = (name: string) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}}\nspec:\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec:\n      containers: [{name: ${name}, image: acme/${name}:1}]\n`;
    write("istio/server.yaml", deployment("server"));
    write("istio/web.yaml", deployment("web"));
    write(
      "Makefile",
      "deploy:\n\tkubectl label namespace istio istio-injection=enabled\n\tkubectl apply -f istio/server.yaml -n istio\n",
    );
    const result = await runCheck(parseSettings({ root, failOn: "never", cacheDir: "off" }));
    expect(result.model.workloads.map((w) => `${w.namespace}/${w.name} ${w.injected}`)).toEqual([
      "default/web true",
      "istio/server true",
    ]);
  });
});

describe.skipIf(!hasHelm)("a chart a script installs, rendered (skipped: helm is not on PATH)", () => {
  it("puts its workloads in the script's namespace, with the script's values file", async () => {
    const { root, write } = scratchRepo("script-target-");
    write("charts/shop/Chart.yaml", "apiVersion: v2\nname: shop\nversion: 0.1.0\n");
    write("charts/shop/values.yaml", "image: acme/shop:dev\n");
    write("charts/shop/values-prod.yaml", "image: acme/shop:1.0\n");
    write(
      "charts/shop/templates/deployment.yaml",
      [
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata: {name: shop}",
        "spec:",
        "  selector: {matchLabels: {app: shop}}",
        "  template:",
        "    metadata: {labels: {app: shop}}",
        "    spec:",
        "      containers: [{name: shop, image: {{ .Values.image | quote }}}]",
      ].join("\n"),
    );
    write(
      "scripts/deploy.sh",
      "#!/bin/sh\nhelm upgrade --install shop ./charts/shop -n shop -f charts/shop/values-prod.yaml\n",
    );
    const result = await runCheck(parseSettings({ root, failOn: "never", cacheDir: "off" }));
    expect(result.model.workloads.map((w) => `${w.namespace}/${w.name} ${w.containers[0]?.image}`)).toEqual([
      "shop/shop acme/shop:1.0",
    ]);
  });
});
