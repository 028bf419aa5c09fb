// Which Sidecar resource applies to a workload, and the outbound policy it leaves in force (istio sidecar.go).
import { scenarioOf } from "./collection-items.js";
import type { MeshPolicy, OutboundMode, SidecarResource } from "./types.js";

/** The Sidecar API's own enum is narrower than the mesh's: it has no ALLOW_ANY_DYNAMIC_DNS. */
const SIDECAR_MODES: readonly OutboundMode[] = ["ALLOW_ANY", "REGISTRY_ONLY"];

export function selectorMatches(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

/** The workloads of the namespace whose pods a Service's selector picks; none for a missing or empty selector. */
export function workloadsSelected<W extends { namespace: string; podLabels: Record<string, string> }>(
  workloads: readonly W[],
  namespace: string,
  selector: Record<string, string> | undefined,
): W[] {
  if (!selector || Object.keys(selector).length === 0) return [];
  return workloads.filter((w) => w.namespace === namespace && selectorMatches(selector, w.podLabels));
}

/**
 * Selector Sidecars in the namespace first, then the namespace-wide one, then the root namespace's; oldest wins. With
 * the workload's file, a Sidecar written in one numbered part or example of a collection holds only the workloads
 * written in the same one (`scenarioOf`).
 */
export function sidecarFor(
  sidecars: readonly SidecarResource[],
  namespace: string,
  podLabels: Record<string, string>,
  rootNamespace: string,
  workloadFile?: string,
): SidecarResource | undefined {
  const scenario = workloadFile === undefined ? undefined : scenarioOf(workloadFile);
  const applies = (s: SidecarResource) => {
    if (workloadFile === undefined) return true;
    const own = scenarioOf(s.loc.file);
    return own === undefined || own === scenario;
  };
  const byAge = sidecars.filter(applies).sort((a, b) => a.order - b.order);
  const inNs = byAge.filter((s) => s.namespace === namespace);
  return (
    inNs.find((s) => s.workloadSelector !== undefined && selectorMatches(s.workloadSelector, podLabels)) ??
    inNs.find((s) => s.workloadSelector === undefined) ??
    byAge.find((s) => s.namespace === rootNamespace && s.workloadSelector === undefined)
  );
}

/**
 * The Sidecar's policy overrides the mesh's. Its `mode` is a proto enum whose zero value is REGISTRY_ONLY, so a
 * policy written without a mode means REGISTRY_ONLY; an unknown mode is rejected and the mesh's stays in force.
 */
export function effectiveMode(
  sidecar: SidecarResource | undefined,
  mesh: MeshPolicy,
): { mode: OutboundMode; source: "sidecar" | "mesh" } {
  const policy = sidecar?.outboundTrafficPolicy;
  if (!policy) return { mode: mesh.mode, source: "mesh" };
  if (policy.mode === undefined) return { mode: "REGISTRY_ONLY", source: "sidecar" };
  if (SIDECAR_MODES.includes(policy.mode as OutboundMode))
    return { mode: policy.mode as OutboundMode, source: "sidecar" };
  return { mode: mesh.mode, source: "mesh" };
}
