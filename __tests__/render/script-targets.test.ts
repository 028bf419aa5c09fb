// A chart a script installs with `-n` and `-f` is rendered into that namespace with those values, as deployed.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
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

describe.skipIf(!hasHelm)("a chart a script installs, rendered (skipped: helm is not on PATH)", () => {
  it("puts its workloads in the script's namespace, with the script's values file", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "script-target-"));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
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
