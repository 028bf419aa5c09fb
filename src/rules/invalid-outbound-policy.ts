// EGR010: a mode Istio cannot parse leaves the old mode in force; a Sidecar policy without a mode means REGISTRY_ONLY (failure mode 14).
import type { Finding } from "../findings.js";
import { OUTBOUND_MODES } from "../model/types.js";
import { finding, ignores, seName } from "./emit.js";
import { nearMiss } from "./near-miss.js";
import type { Rule } from "./types.js";

/** The Sidecar's own enum: ALLOW_ANY_DYNAMIC_DNS (1.30) exists only in the mesh config. */
const SIDECAR_MODES = ["REGISTRY_ONLY", "ALLOW_ANY"];

function suggestion(value: string, known: readonly string[]): string {
  const guess = nearMiss(value, known);
  return guess ? ` Did you mean ${guess}?` : "";
}

export const invalidOutboundPolicy: Rule = {
  name: "invalid-outbound-policy",
  check({ model }) {
    const out: Finding[] = [];
    const mesh = model.mesh;
    if (mesh.invalidMode !== undefined && mesh.source) {
      out.push(
        finding("invalid-outbound-policy", {
          message: `outboundTrafficPolicy.mode "${mesh.invalidMode}" is not a mode Istio accepts (${OUTBOUND_MODES.join(", ")}); istiod cannot read this mesh config and keeps its default or last good one, so the mesh runs ${mesh.mode} and blocks nothing.${suggestion(mesh.invalidMode, OUTBOUND_MODES)}`,
          file: mesh.source.file,
          line: mesh.source.line,
        }),
      );
    }
    for (const sc of model.sidecars) {
      const policy = sc.outboundTrafficPolicy;
      if (!policy || ignores(sc.ignoredRules, "invalid-outbound-policy")) continue;
      const at = {
        file: policy.loc.file,
        line: policy.loc.line,
        namespace: sc.namespace,
        resource: `Sidecar ${seName(sc)}`,
      };
      if (policy.mode === undefined) {
        // Harmless where the mesh is REGISTRY_ONLY anyway, a surprise everywhere else.
        out.push(
          finding("invalid-outbound-policy", {
            ...at,
            severity: mesh.mode === "REGISTRY_ONLY" ? "info" : "warning",
            message: `Sidecar ${seName(sc)} sets outboundTrafficPolicy without a mode; the mode's zero value is REGISTRY_ONLY, so its workloads run REGISTRY_ONLY whatever the mesh says (${mesh.mode}). Write the mode explicitly.`,
          }),
        );
      } else if (!SIDECAR_MODES.includes(policy.mode)) {
        out.push(
          finding("invalid-outbound-policy", {
            ...at,
            message: `Sidecar ${seName(sc)} sets outboundTrafficPolicy.mode "${policy.mode}", which a Sidecar does not accept (${SIDECAR_MODES.join(", ")}); the resource is rejected and the mesh's ${mesh.mode} applies.${suggestion(policy.mode, SIDECAR_MODES)}`,
          }),
        );
      }
    }
    return out;
  },
};
