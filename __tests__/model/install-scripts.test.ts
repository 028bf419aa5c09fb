import { describe, expect, it } from "vitest";
import type { EgressModel } from "../../src/model/types.js";
import { modelWithSetup } from "../helpers/model.js";

/** A model from manifests and build files (scripts, Makefiles), the way the pipeline builds it. */
function modelWith(manifests: Record<string, string>, scripts: Record<string, string>): EgressModel {
  return modelWithSetup(scripts, { manifests });
}

const deployment = (ns: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: ${ns}}
spec:
  template:
    spec:
      containers: [{name: api, image: acme/api}]
`;

describe("mesh policy from install scripts", () => {
  it("reads istioctl install --set in a script, at the line of the --set", () => {
    const m = modelWith(
      {},
      {
        "scripts/launch.sh": [
          "#!/bin/sh",
          "set -e",
          "istioctl install -y \\",
          "  --set profile=demo \\",
          "  --set meshConfig.outboundTrafficPolicy.mode=REGISTRY_ONLY",
        ].join("\n"),
      },
    );
    expect(m.mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "istioctl",
      source: { file: "scripts/launch.sh", line: 5 },
    });
  });

  it("reads a Makefile target's istioctl command, with a variable the Makefile defines", () => {
    const m = modelWith(
      {},
      {
        Makefile: [
          "MODE ?= REGISTRY_ONLY",
          "",
          "mesh:",
          "\t@istioctl install -y --set meshConfig.outboundTrafficPolicy.mode=$(MODE)",
        ].join("\n"),
      },
    );
    expect(m.mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "istioctl",
      source: { file: "Makefile", line: 4 },
    });
  });

  it("reads a README's shell blocks, where a demo says how to install the mesh, and not its other blocks", () => {
    const readme = [
      "# Demo",
      "```yaml",
      "meshConfig: {outboundTrafficPolicy: {mode: ALLOW_ANY}}",
      "```",
      "Install Istio:",
      "```bash",
      "$ istioctl install --set profile=demo \\",
      "   --set meshConfig.outboundTrafficPolicy.mode=REGISTRY_ONLY",
      "```",
    ].join("\n");
    const m = modelWith({}, { "README.md": readme });
    expect(m.mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "istioctl",
      source: { file: "README.md", line: 8 },
    });
  });

  it("reads a fenced block indented inside a README's list item", () => {
    const readme = [
      "1. Install Istio:",
      "",
      "    ```",
      "    istioctl install --set meshConfig.outboundTrafficPolicy.mode=REGISTRY_ONLY",
      "    ```",
    ].join("\n");
    expect(modelWith({}, { "README.md": readme }).mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      source: { file: "README.md", line: 4 },
    });
  });

  it("reads a tutorial step's executed commands, and not the code it only shows", () => {
    const step = [
      "Install Istio: `istioctl -c /etc/rancher/k3s/k3s.yaml install -y --set meshConfig.outboundTrafficPolicy.mode=REGISTRY_ONLY`{{execute}}",
      "",
      "Another option is `istioctl install --set meshConfig.outboundTrafficPolicy.mode=ALLOW_ANY`.",
      "Label the namespace: `kubectl label namespace shop istio-injection=enabled`{{execute}}",
    ].join("\n");
    const m = modelWith({ "sc1/assets/api.yaml": deployment("shop") }, { "sc1/step2.md": step });
    expect(m.mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "istioctl",
      source: { file: "sc1/step2.md", line: 1 },
    });
    expect(m.workloads.find((w) => w.name === "api")?.injected).toBe(true);
    // The same text in a Markdown file that is no tutorial step, or without the marker, sets nothing.
    expect(modelWith({}, { "docs/install.md": step }).mesh.mode).toBe("ALLOW_ANY");
    expect(modelWith({}, { "sc1/step2.md": step.replace(/\{\{execute\}\}/g, "") }).mesh.mode).toBe("ALLOW_ANY");
  });

  it("skips a value the text cannot resolve, with no guess", () => {
    const m = modelWith({}, { "install.sh": 'istioctl install --set meshConfig.outboundTrafficPolicy.mode="$MODE"\n' });
    expect(m.mesh).toMatchObject({ mode: "ALLOW_ANY", sourceKind: "default" });
  });

  it("reads an IstioOperator from a heredoc (istioctl install -f - <<EOF)", () => {
    const m = modelWith(
      {},
      {
        "hack/mesh.sh": [
          "#!/usr/bin/env bash",
          "istioctl install -y -f - <<'EOF'",
          "apiVersion: install.istio.io/v1alpha1",
          "kind: IstioOperator",
          "spec:",
          "  meshConfig:",
          "    outboundTrafficPolicy:",
          "      mode: REGISTRY_ONLY",
          "EOF",
          "kubectl get pods -A",
        ].join("\n"),
      },
    );
    expect(m.mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "IstioOperator",
      source: { file: "hack/mesh.sh", line: 8 },
    });
  });

  it("reads istioctl install -f FILE from the script's folder, and lets its --set win over the file", () => {
    const iop = [
      "apiVersion: install.istio.io/v1alpha1",
      "kind: IstioOperator",
      "spec:",
      "  meshConfig:",
      "    outboundTrafficPolicy:",
      "      mode: REGISTRY_ONLY",
    ].join("\n");
    const fileOnly = modelWith(
      { "infra/istio/operator.yaml": iop },
      { "infra/istio/up.sh": "istioctl install -f operator.yaml -y\n" },
    );
    expect(fileOnly.mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "IstioOperator",
      source: { file: "infra/istio/operator.yaml", line: 6 },
    });
    expect(fileOnly.mesh.otherSources).toEqual([]);
    const both = modelWith(
      { "infra/istio/operator.yaml": iop },
      {
        "up.sh":
          "istioctl install -f infra/istio/operator.yaml --set meshConfig.outboundTrafficPolicy.mode=ALLOW_ANY\n",
      },
    );
    expect(both.mesh).toMatchObject({ mode: "ALLOW_ANY", sourceKind: "istioctl", source: { file: "up.sh", line: 1 } });
    expect(both.mesh.otherSources).toEqual([
      { kind: "IstioOperator", mode: "REGISTRY_ONLY", file: "infra/istio/operator.yaml", line: 6 },
    ]);
  });

  it("reads helm install of istiod with --set and with -f values.yaml", () => {
    const set = modelWith(
      {},
      {
        "bootstrap.sh":
          "helm upgrade --install istiod istio/istiod -n istio-system --wait \\\n  --set meshConfig.outboundTrafficPolicy.mode=REGISTRY_ONLY\n",
      },
    );
    expect(set.mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "helm",
      source: { file: "bootstrap.sh", line: 2 },
    });
    const values = modelWith(
      {
        "istio/istiod.values.yaml":
          "pilot:\n  traceSampling: 1\nmeshConfig:\n  outboundTrafficPolicy:\n    mode: REGISTRY_ONLY\n",
      },
      { "bootstrap.sh": "helm install istiod istio/istiod -n istio-system -f istio/istiod.values.yaml\n" },
    );
    expect(values.mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "HelmValues",
      source: { file: "istio/istiod.values.yaml", line: 5 },
    });
    // Another chart's install says nothing of the mesh.
    const other = modelWith(
      {},
      { "b.sh": "helm install web bitnami/nginx --set meshConfig.outboundTrafficPolicy.mode=REGISTRY_ONLY\n" },
    );
    expect(other.mesh.mode).toBe("ALLOW_ANY");
  });

  it("reads the sed rewrite of the istio ConfigMap piped back to kubectl replace", () => {
    const m = modelWith(
      {},
      {
        "setup.sh": [
          "kubectl get cm istio -n istio-system -o yaml \\",
          "  | sed 's/mode: ALLOW_ANY/mode: REGISTRY_ONLY/g' \\",
          "  | kubectl replace -f -",
        ].join("\n"),
      },
    );
    expect(m.mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "kubectl",
      source: { file: "setup.sh", line: 2 },
    });
    // Without the write back, the rewrite only prints.
    expect(
      modelWith({}, { "show.sh": "kubectl get cm istio -n istio-system -o yaml | sed 's/ALLOW_ANY/REGISTRY_ONLY/'\n" })
        .mesh.mode,
    ).toBe("ALLOW_ANY");
  });

  it("reads kubectl patch of the istio ConfigMap and an applied ConfigMap heredoc", () => {
    const patch = modelWith(
      {},
      {
        "p.sh": `kubectl patch configmap istio -n istio-system --type merge -p '{"data":{"mesh":"outboundTrafficPolicy:\\n  mode: REGISTRY_ONLY\\n"}}'\n`,
      },
    );
    expect(patch.mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "kubectl",
      source: { file: "p.sh", line: 1 },
    });
    const applied = modelWith(
      {},
      {
        "a.sh": [
          "kubectl apply -f - <<EOF",
          "apiVersion: v1",
          "kind: ConfigMap",
          "metadata: {name: istio, namespace: istio-system}",
          "data:",
          "  mesh: |",
          "    outboundTrafficPolicy:",
          "      mode: REGISTRY_ONLY",
          "EOF",
        ].join("\n"),
      },
    );
    expect(applied.mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "kubectl",
      source: { file: "a.sh", line: 8 },
    });
  });

  it("says which source wins and names the others when they disagree", () => {
    const m = modelWith(
      {
        "cluster/istio-cm.yaml": [
          "apiVersion: v1",
          "kind: ConfigMap",
          "metadata: {name: istio, namespace: istio-system}",
          "data:",
          "  mesh: |",
          "    outboundTrafficPolicy:",
          "      mode: REGISTRY_ONLY",
        ].join("\n"),
        "values/istiod.yaml": "meshConfig:\n  outboundTrafficPolicy:\n    mode: ALLOW_ANY\n",
      },
      { "install.sh": "istioctl install --set meshConfig.outboundTrafficPolicy.mode=ALLOW_ANY\n" },
    );
    expect(m.mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "ConfigMap",
      source: { file: "cluster/istio-cm.yaml", line: 7 },
    });
    expect(m.mesh.why).toMatch(/istio ConfigMap is what istiod reads.*wins over istioctl, HelmValues/);
    expect(m.mesh.otherSources).toEqual([
      { kind: "istioctl", mode: "ALLOW_ANY", file: "install.sh", line: 1 },
      { kind: "HelmValues", mode: "ALLOW_ANY", file: "values/istiod.yaml", line: 3 },
    ]);
  });
});

describe("sidecar injection from kubectl label in scripts", () => {
  /** Two namespaces declared without an injection label, a Deployment in each. */
  const SHOP_AND_BATCH = {
    "ns.yaml":
      "apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: batch}\n",
    "shop.yaml": deployment("shop"),
    "batch.yaml": deployment("batch"),
  };

  it("disables injection of a declared namespace, and enables it for one declared without the label", () => {
    const manifests = SHOP_AND_BATCH;
    const before = modelWith(manifests, {});
    expect(before.workloads.map((w) => [w.namespace, w.injected])).toEqual([
      ["shop", false],
      ["batch", false],
    ]);
    const after = modelWith(manifests, {
      Makefile: "label:\n\tkubectl label namespace shop istio-injection=enabled --overwrite\n",
      "scripts/off.sh": "kubectl label ns/batch istio.io/rev=1-25\nkubectl label ns batch istio.io/rev-\n",
    });
    expect(after.workloads.map((w) => [w.namespace, w.injected])).toEqual([
      ["shop", true],
      ["batch", false],
    ]);
  });

  it("takes a namespace the repository does not declare out of the mesh when a script disables it", () => {
    const m = modelWith(
      { "d.yaml": deployment("legacy") },
      { "x.sh": "kubectl label namespace legacy other istio-injection=disabled\n" },
    );
    expect(m.workloads[0]!.injected).toBe(false);
    expect(m.namespaces.find((n) => n.name === "legacy")).toMatchObject({
      injection: false,
      loc: { file: "x.sh", line: 1 },
    });
  });

  it("takes a script that runs istioctl kube-inject as enabling injection, so an undeclared namespace is injected", () => {
    const manifests = { "d.yaml": deployment("shop") };
    expect(modelWith(manifests, { "x.sh": "# istioctl kube-inject -f d.yaml\n" }).workloads[0]!.injected).toBe(false);
    const m = modelWith(manifests, {
      "scripts/install.sh": "set -e\nkubectl apply -f <(istioctl kube-inject -f d.yaml)\n",
    });
    expect(m.injectionShown).toEqual({ file: "scripts/install.sh", line: 2 });
    expect(m.workloads[0]!.injected).toBe(true);
  });

  it("labels the namespace a variable the script sets names, and nothing where the script does not say it", () => {
    const manifests = SHOP_AND_BATCH;
    const injected = (script: string) =>
      modelWith(manifests, { "setup.sh": script }).workloads.map((w) => [w.namespace, w.injected]);
    expect(
      injected('NS="shop"\nsetup() {\n  kubectl label namespace "$NS" istio-injection=enabled --overwrite\n}\n'),
    ).toEqual([
      ["shop", true],
      ["batch", false],
    ]);
    // A default the script gives, and an export.
    expect(injected("export TARGET=${TARGET_NS:-batch}\nkubectl label ns ${TARGET} istio-injection=enabled\n")).toEqual(
      [
        ["shop", false],
        ["batch", true],
      ],
    );
    // Set by whoever runs it, or by a command: the text does not say which namespace.
    for (const script of [
      'kubectl label namespace "$NS" istio-injection=enabled\n',
      'NS=$(kubectl config view --minify -o jsonpath="{..namespace}")\nkubectl label namespace "$NS" istio-injection=enabled\n',
    ])
      expect(injected(script)).toEqual([
        ["shop", false],
        ["batch", false],
      ]);
  });

  it("takes a namespace a script creates without an injection label as without a sidecar, as its object would be", () => {
    const manifests = { "a.yaml": deployment("app"), "b.yaml": deployment("shop") };
    const m = modelWith(manifests, {
      "setup.sh": "kubectl label namespace default istio-injection=enabled\n",
      "k8s/run.bat": "kubectl delete ns app\nkubectl create ns app\nkubectl apply -f a.yaml\n",
      "k8s/shop.sh":
        "kubectl create namespace shop --dry-run=client -o yaml | kubectl apply -f -\nkubectl label ns shop istio-injection=enabled\n",
    });
    expect(m.workloads.map((w) => [w.namespace, w.injected])).toEqual([
      ["app", false],
      ["shop", true],
    ]);
    expect(m.namespaces.find((n) => n.name === "app")?.loc).toEqual({ file: "k8s/run.bat", line: 2 });
  });
});
