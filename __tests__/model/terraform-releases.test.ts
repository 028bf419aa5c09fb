import { describe, expect, it } from "vitest";
import type { EgressModel } from "../../src/model/types.js";
import { modelWithSetup } from "../helpers/model.js";

/** A model from Terraform files and the YAML files they may name, the way the pipeline builds it. */
function modelWith(terraform: Record<string, string>, yaml: Record<string, string> = {}): EgressModel {
  return modelWithSetup(terraform, { yaml });
}

describe("mesh policy from Terraform helm_release resources", () => {
  it("reads a set block of the istiod release, at the line of its value", () => {
    const tf = [
      'resource "helm_release" "istiod" {',
      '  name       = "istiod"',
      '  repository = "https://istio-release.storage.googleapis.com/charts"',
      '  chart      = "istiod"',
      "  set {",
      '    name = "meshConfig.outboundTrafficPolicy.mode"',
      '    # value = "ALLOW_ANY"',
      '    value = "REGISTRY_ONLY"',
      "  }",
      "}",
    ].join("\n");
    expect(modelWith({ "infra/istio.tf": tf }).mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "helm",
      source: { file: "infra/istio.tf", line: 8 },
    });
  });

  it("reads the provider's list form, a values heredoc and a values file, sets winning", () => {
    const tf = [
      'resource "helm_release" "mesh" {',
      '  chart = "istio/istiod"',
      "  values = [",
      '    file("${path.module}/istiod-values.yaml"),',
      "    <<-EOT",
      "    meshConfig:",
      "      accessLogFile: /dev/stdout",
      "    EOT",
      "  ]",
      "  set = [",
      '    { name = "pilot.autoscaleEnabled", value = "false" },',
      '    { name = "meshConfig.outboundTrafficPolicy.mode", value = "REGISTRY_ONLY" },',
      "  ]",
      "}",
    ].join("\n");
    const values = "meshConfig:\n  outboundTrafficPolicy:\n    mode: ALLOW_ANY\n";
    const m = modelWith({ "tf/istio.tf": tf }, { "tf/istiod-values.yaml": values });
    expect(m.mesh).toMatchObject({ mode: "REGISTRY_ONLY", source: { file: "tf/istio.tf", line: 12 } });
    expect(m.mesh.otherSources).toEqual([
      { kind: "HelmValues", mode: "ALLOW_ANY", file: "tf/istiod-values.yaml", line: 3 },
    ]);
    // Without the sets, the values file decides; a heredoc is read where it is written.
    const noSets = tf.replace(/ {2}set = \[[\s\S]*?\n {2}\]\n/, "");
    expect(modelWith({ "tf/istio.tf": noSets }, { "tf/istiod-values.yaml": values }).mesh).toMatchObject({
      mode: "ALLOW_ANY",
      source: { file: "tf/istiod-values.yaml", line: 3 },
    });
    const heredoc = noSets.replace("accessLogFile: /dev/stdout", "outboundTrafficPolicy: {mode: REGISTRY_ONLY}");
    expect(modelWith({ "tf/istio.tf": heredoc }).mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      source: { file: "tf/istio.tf", line: 7 },
    });
  });

  it("reads values written as an object literal for yamlencode, leaving out what Terraform works out", () => {
    const tf = (mode: string) =>
      [
        'resource "helm_release" "istiod" {',
        '  chart = "istiod"',
        "  values = [yamlencode({",
        '    pilot = { resources = { requests = { cpu = var.cpu, memory = "2Gi" } } }',
        "    meshConfig = {",
        '      accessLogFile = "/dev/stdout" # JSON is also possible',
        "      outboundTrafficPolicy = {",
        `        mode = ${mode} # | ALLOW_ANY`,
        "      }",
        "    }",
        "  })]",
        "}",
      ].join("\n");
    expect(modelWith({ "infra/istio.tf": tf('"REGISTRY_ONLY"') }).mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "HelmValues",
      source: { file: "infra/istio.tf", line: 8 },
    });
    expect(modelWith({ "infra/istio.tf": tf("var.outbound_mode") }).mesh.mode).toBe("ALLOW_ANY");
    expect(modelWith({ "infra/istio.tf": tf('var.strict ? "REGISTRY_ONLY" : "ALLOW_ANY"') }).mesh.mode).toBe(
      "ALLOW_ANY",
    );
  });

  it("reads an istiod entry of a module's map of releases, and not its other entries", () => {
    const tf = [
      'module "addons" {',
      '  source = "aws-ia/eks-blueprints-addons/aws"',
      "  helm_releases = {",
      "    istio-base = {",
      '      chart = "base"',
      '      set   = [{ name = "meshConfig.outboundTrafficPolicy.mode", value = "ALLOW_ANY" }]',
      "    }",
      "    istiod = {",
      '      chart      = "istiod"',
      "      repository = local.istio_chart_url",
      "      set = [",
      "        {",
      '          name  = "meshConfig.outboundTrafficPolicy.mode"',
      '          value = "REGISTRY_ONLY"',
      "        }",
      "      ]",
      "    }",
      "  }",
      "}",
    ].join("\n");
    expect(modelWith({ "main.tf": tf }).mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      source: { file: "main.tf", line: 14 },
      otherSources: [],
    });
  });

  it("reads an IstioOperator a kubernetes_manifest resource applies", () => {
    const tf = (mode: string) =>
      [
        'resource "kubernetes_manifest" "istio" {',
        "  manifest = {",
        '    apiVersion = "install.istio.io/v1alpha1"',
        '    kind       = "IstioOperator"',
        '    metadata   = { name = "control-plane", namespace = "istio-system" }',
        "    spec = {",
        '      profile = "default"',
        "      meshConfig = {",
        `        outboundTrafficPolicy = { mode = ${mode} }`,
        "      }",
        "    }",
        "  }",
        "}",
      ].join("\n");
    expect(modelWith({ "istio/operator.tf": tf('"REGISTRY_ONLY"') }).mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "IstioOperator",
      source: { file: "istio/operator.tf", line: 9 },
    });
    expect(modelWith({ "istio/operator.tf": tf("var.mode") }).mesh.mode).toBe("ALLOW_ANY");
  });

  // How long it takes is timed by `npm run bench:hostile`.
  it("reads a generated file of thousands of nested releases and applied objects", () => {
    const release = '{ chart = "istiod"\n  set = [{ name = "meshConfig.accessLogFile", value = "x" }]\n';
    const applied = 'manifest = { kind = "IstioOperator", spec = { meshConfig = { a = {\n';
    const tf = `resource "helm_release" "a" ${release.repeat(5_000)}\n${applied.repeat(5_000)}"unclosed`;
    expect(modelWith({ "gen.tf": tf }).mesh.mode).toBe("ALLOW_ANY");
  });

  it("reads the release's own attributes past strings and heredocs that hold unbalanced brackets", () => {
    const tf = [
      'resource "helm_release" "istiod" {',
      '  chart       = "istiod"',
      '  description = "istiod {control plane"',
      "  values = [<<-EOT",
      "    pilot:",
      "      env: {PILOT_NOTE: '['}",
      "    EOT",
      "  ]",
      "  set {",
      '    name  = "meshConfig.outboundTrafficPolicy.mode"',
      '    value = "REGISTRY_ONLY"',
      "  }",
      "}",
    ].join("\n");
    expect(modelWith({ "infra/istio.tf": tf }).mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      source: { file: "infra/istio.tf", line: 11 },
    });
  });

  it("reads an attribute where the block writes it, not where a string mentions its name", () => {
    const values = "meshConfig:\n  outboundTrafficPolicy:\n    mode: REGISTRY_ONLY\n";
    const tf = [
      'resource "helm_release" "istiod" {',
      '  description = "istiod, chart = base, values = [file(\\"old.yaml\\")]"',
      '  chart       = "istiod"',
      '  values      = [file("${path.module}/istiod.yaml")]',
      "}",
    ].join("\n");
    expect(modelWith({ "infra/istio.tf": tf }, { "infra/istiod.yaml": values }).mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      source: { file: "infra/istiod.yaml", line: 3 },
    });
    // A heredoc that shows a set block sets nothing.
    const note = [
      'resource "helm_release" "istiod" {',
      '  chart = "istiod"',
      "  description = <<-EOT",
      '    set { name = "meshConfig.outboundTrafficPolicy.mode" value = "REGISTRY_ONLY" }',
      "  EOT",
      "}",
    ].join("\n");
    expect(modelWith({ "infra/istio.tf": note }).mesh.mode).toBe("ALLOW_ANY");
  });

  it("skips other charts, values Terraform works out, and commented-out releases", () => {
    const release = (chart: string, value: string) =>
      `resource "helm_release" "x" {\n  chart = "${chart}"\n  set {\n    name  = "meshConfig.outboundTrafficPolicy.mode"\n    value = ${value}\n  }\n}\n`;
    expect(modelWith({ "a.tf": release("base", '"REGISTRY_ONLY"') }).mesh.mode).toBe("ALLOW_ANY");
    expect(modelWith({ "a.tf": release("istiod", "var.mode") }).mesh.mode).toBe("ALLOW_ANY");
    expect(modelWith({ "a.tf": release("istiod", '"${local.mode}"') }).mesh.mode).toBe("ALLOW_ANY");
    const commented = release("istiod", '"REGISTRY_ONLY"')
      .split("\n")
      .map((l) => `# ${l}`)
      .join("\n");
    expect(modelWith({ "a.tf": commented }).mesh.mode).toBe("ALLOW_ANY");
  });
});
