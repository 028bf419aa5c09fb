// The report's egress[]: who calls which external host:port, and whether the caller's sidecar lets the call out.
import type { Allowlist } from "../allowlist/types.js";
import { cmp } from "../findings.js";
import type { EgressModel } from "../model/types.js";
import { evaluateReferences } from "../rules/reference-checks.js";
import { keptReferences } from "../rules/suppression.js";
import type { HostReference } from "../scan/types.js";
import type { EgressEdge } from "./types.js";

/** The same verdicts the reachability rules give (sidecar-injected callers only), without the hosts the allowlist ignores. */
export function summarizeEgress(
  model: EgressModel,
  references: readonly HostReference[],
  allowlist?: Allowlist,
): EgressEdge[] {
  const edges = new Map<string, EgressEdge>();
  for (const { ref, caller, reach } of evaluateReferences({
    model,
    references: keptReferences(allowlist, references),
    ...(allowlist ? { allowlist } : {}),
  })) {
    const from = caller.meshWide
      ? ""
      : caller.workload === undefined
        ? caller.namespace
        : `${caller.namespace}/${caller.workload}`;
    const status: EgressEdge["status"] =
      reach.verdict === "registered" ? "allowed" : reach.mode === "REGISTRY_ONLY" ? "blocked" : "would-block";
    const key = `${from}\u0000${ref.host}\u0000${ref.port}`;
    const seen = edges.get(key);
    // One reference that is refused makes the edge refused, whatever the others say.
    if (!seen || rank(status) > rank(seen.status)) edges.set(key, { from, host: ref.host, port: ref.port, status });
  }
  return [...edges.values()].sort((a, b) => cmp(a.from, b.from) || cmp(a.host, b.host) || a.port - b.port);
}

function rank(s: EgressEdge["status"]): number {
  return s === "blocked" ? 2 : s === "would-block" ? 1 : 0;
}
