import { describe, expect, it } from "vitest";
import { docs, findingsOf, lineWith, meshMode, rowsOf } from "./helpers.js";

const sidecar = (name: string, policy: string) => `apiVersion: networking.istio.io/v1
kind: Sidecar
metadata: {name: ${name}, namespace: shop}
spec:
  workloadSelector: {labels: {app: ${name}}}
  outboundTrafficPolicy:
${policy}`;

describe("invalid-outbound-policy", () => {
  it("reports a misspelt mesh mode at its line and suggests the right one", () => {
    const text = meshMode("REGISTER_ONLY");
    const [f] = findingsOf("invalid-outbound-policy", { manifests: text });
    expect([f!.file, f!.line, f!.severity]).toEqual([
      "k8s/manifests.yaml",
      lineWith(text, "mode: REGISTER_ONLY"),
      "error",
    ]);
    expect(f!.message).toContain("Did you mean REGISTRY_ONLY?");
    expect(findingsOf("invalid-outbound-policy", { manifests: meshMode("Registry_Only") })[0]!.message).toContain(
      "Did you mean REGISTRY_ONLY?",
    );
    expect(findingsOf("invalid-outbound-policy", { manifests: meshMode("BLOCK") })[0]!.message).not.toContain(
      "Did you mean",
    );
  });

  it("accepts the three mesh modes", () => {
    for (const mode of ["REGISTRY_ONLY", "ALLOW_ANY", "ALLOW_ANY_DYNAMIC_DNS"])
      expect(rowsOf("invalid-outbound-policy", { manifests: meshMode(mode) })).toEqual([]);
  });

  it("reports a Sidecar policy without a mode (it means REGISTRY_ONLY) and one with an unknown mode", () => {
    const text = docs(
      sidecar("nomode", "    egressProxy: {host: proxy.corp, port: {number: 3128}}"),
      sidecar("typo", "    mode: ALLOW-ANY"),
      sidecar("dynamic", "    mode: ALLOW_ANY_DYNAMIC_DNS"),
      sidecar("fine", "    mode: ALLOW_ANY"),
    );
    const rows = rowsOf("invalid-outbound-policy", { manifests: text });
    expect(rows.map((r) => [r.line, r.severity, r.namespace])).toEqual([
      [lineWith(text, "mode: ALLOW-ANY"), "error", "shop"],
      [lineWith(text, "mode: ALLOW_ANY_DYNAMIC_DNS"), "error", "shop"],
      [lineWith(text, "outboundTrafficPolicy:"), "warning", "shop"],
    ]);
    const messages = findingsOf("invalid-outbound-policy", { manifests: text }).map((f) => f.message);
    expect(messages.some((m) => m.includes("Did you mean ALLOW_ANY?"))).toBe(true);
    expect(messages.some((m) => m.includes("REGISTRY_ONLY") && m.includes("without a mode"))).toBe(true);
  });

  it("a policy without a mode is only informational where the mesh is REGISTRY_ONLY anyway", () => {
    const text = docs(meshMode("REGISTRY_ONLY"), sidecar("nomode", "    egressProxy: {host: proxy.corp}"));
    expect(rowsOf("invalid-outbound-policy", { manifests: text }).map((r) => r.severity)).toEqual(["info"]);
  });
});
