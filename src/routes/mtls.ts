// The inbound mTLS mode of a workload (PeerAuthentication composition: mesh < namespace < workload < port).
import { selectorMatches } from "../model/sidecar-scope.js";
import type { EgressModel, MtlsMode, PeerAuthentication } from "../model/types.js";

export type EffectiveMtls = "STRICT" | "PERMISSIVE" | "DISABLE";

export interface WorkloadMtls {
  mode: EffectiveMtls;
  /** Container ports with their own mode (portLevelMtls of the workload's selector policy). */
  ports: Map<number, EffectiveMtls>;
}

function oldest(list: PeerAuthentication[]): PeerAuthentication | undefined {
  return list.reduce<PeerAuthentication | undefined>(
    (a, b) => (a === undefined || b.order < a.order ? b : a),
    undefined,
  );
}

function apply(base: EffectiveMtls, mode: MtlsMode | undefined): EffectiveMtls {
  return mode === undefined || mode === "UNSET" ? base : mode;
}

export function workloadMtls(model: EgressModel, namespace: string, labels: Record<string, string>): WorkloadMtls {
  const all = model.peerAuthentications ?? [];
  const root = model.mesh.rootNamespace;
  const hasSelector = (p: PeerAuthentication) => p.selector !== undefined && Object.keys(p.selector).length > 0;
  const mesh = oldest(all.filter((p) => p.namespace === root && !hasSelector(p)));
  const ns = namespace === root ? undefined : oldest(all.filter((p) => p.namespace === namespace && !hasSelector(p)));
  // Selector policies in the root namespace are ignored.
  const wl =
    namespace === root
      ? undefined
      : oldest(all.filter((p) => p.namespace === namespace && hasSelector(p) && selectorMatches(p.selector!, labels)));
  const mode = apply(apply(apply("PERMISSIVE", mesh?.mode), ns?.mode), wl?.mode);
  const ports = new Map<number, EffectiveMtls>();
  for (const p of wl?.portLevelMtls ?? []) ports.set(p.port, apply(mode, p.mode));
  return { mode, ports };
}

/** HTTP filter chains (each with its own inline route config) per inbound port: plaintext and mTLS when PERMISSIVE. */
export function httpChainCount(mode: EffectiveMtls): number {
  return mode === "PERMISSIVE" ? 2 : 1;
}
