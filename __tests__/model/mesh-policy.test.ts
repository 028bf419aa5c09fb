import { describe, expect, it } from "vitest";
import { modelOf } from "../helpers/model.js";

const configMap = (mode: string, name = "istio") => `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
  namespace: istio-system
data:
  mesh: |-
    accessLogFile: /dev/stdout
    outboundTrafficPolicy:
      mode: ${mode}
    defaultServiceExportTo: ["."]
`;

const istioOperator = (mode: string) => `apiVersion: install.istio.io/v1alpha1
kind: IstioOperator
metadata:
  name: control-plane
  namespace: istio-system
spec:
  meshConfig:
    rootNamespace: mesh-root
    outboundTrafficPolicy:
      mode: ${mode}
`;

const helmValues = (mode: string) => `# values for the istiod chart
pilot:
  autoscaleEnabled: false
meshConfig:
  outboundTrafficPolicy:
    mode: ${mode}
`;

describe("mesh outbound policy", () => {
  it("defaults to ALLOW_ANY with no source", () => {
    const m = modelOf({ "a.yaml": "apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n" });
    expect(m.mesh).toMatchObject({
      mode: "ALLOW_ANY",
      sourceKind: "default",
      rootNamespace: "istio-system",
      defaultServiceExportTo: ["*"],
    });
    expect(m.mesh.source).toBeUndefined();
  });

  it("reads the istio ConfigMap's data.mesh, pointing at the mode's line in the file", () => {
    const m = modelOf({ "mesh.yaml": configMap("REGISTRY_ONLY") });
    expect(m.mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "ConfigMap",
      source: { file: "mesh.yaml", line: 10 },
    });
    expect(m.mesh.defaultServiceExportTo).toEqual(["."]);
  });

  it("reads revisioned ConfigMaps (istio-<rev>) but not the injector's", () => {
    expect(modelOf({ "m.yaml": configMap("REGISTRY_ONLY", "istio-1-25") }).mesh.mode).toBe("REGISTRY_ONLY");
    expect(modelOf({ "m.yaml": configMap("REGISTRY_ONLY", "istio-sidecar-injector") }).mesh.mode).toBe("ALLOW_ANY");
  });

  it("reads IstioOperator.spec.meshConfig, including rootNamespace", () => {
    const m = modelOf({ "iop.yaml": istioOperator("REGISTRY_ONLY") });
    expect(m.mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "IstioOperator",
      source: { file: "iop.yaml", line: 10 },
      rootNamespace: "mesh-root",
    });
  });

  it("reads Helm values for the istiod chart (meshConfig at the top)", () => {
    const m = modelOf({ "charts/istiod-values.yaml": helmValues("REGISTRY_ONLY") });
    expect(m.mesh).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "HelmValues",
      source: { file: "charts/istiod-values.yaml", line: 6 },
    });
  });

  it("lets a --mesh-config file override the repository", () => {
    const m = modelOf(
      { "mesh.yaml": configMap("REGISTRY_ONLY") },
      { path: "override.yaml", text: "outboundTrafficPolicy:\n  mode: ALLOW_ANY\n" },
    );
    expect(m.mesh).toMatchObject({
      mode: "ALLOW_ANY",
      sourceKind: "MeshConfigFile",
      source: { file: "override.yaml", line: 2 },
    });
  });

  it("prefers the ConfigMap istiod reads over an IstioOperator", () => {
    const m = modelOf({ "a.yaml": istioOperator("ALLOW_ANY"), "b.yaml": configMap("REGISTRY_ONLY") });
    expect(m.mesh).toMatchObject({ mode: "REGISTRY_ONLY", sourceKind: "ConfigMap" });
  });

  it("keeps Istio's default in force for a mode Istio rejects, and records what was written", () => {
    const m = modelOf({ "mesh.yaml": configMap("REGISTER_ONLY") });
    expect(m.mesh).toMatchObject({
      mode: "ALLOW_ANY",
      invalidMode: "REGISTER_ONLY",
      source: { file: "mesh.yaml", line: 10 },
    });
  });
});
