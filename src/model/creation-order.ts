// The order istiod gives configs where the first one wins (VirtualServices, Sidecars, DestinationRules, Gateways,
// PeerAuthentications) and services (model/config.go sortConfigByCreationTime, push_context.go
// SortServicesByCreationTime): by creation time, then by name, then by namespace, since creation times have
// one-second resolution and a GitOps sync creates many objects in the same second.
import { cmp } from "../findings.js";
import { asString, get, type Resource } from "../manifests/resource.js";

/**
 * Each resource's rank in that order. A repository rarely holds creation times: `metadata.creationTimestamp` is
 * used where a manifest gives one; an object without one is taken as created after every object that has one (it
 * is created when the repository is applied), and objects created together are ordered by name and namespace.
 * The position in the files breaks the last ties (the same object rendered twice).
 */
export function creationRanks(resources: readonly Resource[]): number[] {
  const created = resources.map((r) => creationTime(r));
  const indices = resources.map((_, i) => i);
  indices.sort((a, b) => {
    const ta = created[a];
    const tb = created[b];
    if (ta !== tb) {
      if (ta === undefined) return 1;
      if (tb === undefined) return -1;
      return ta - tb;
    }
    const ra = resources[a]!;
    const rb = resources[b]!;
    return cmp(ra.name, rb.name) || cmp(ra.namespace, rb.namespace) || a - b;
  });
  const ranks = new Array<number>(resources.length);
  indices.forEach((index, rank) => {
    ranks[index] = rank;
  });
  return ranks;
}

/** `metadata.creationTimestamp` as written, when the manifest gives one (rarely: objects exported from a cluster). */
export function creationTimestamp(r: Resource): string | undefined {
  return asString(get(r.body, "metadata", "creationTimestamp"));
}

/** Seconds since the epoch, as the API server keeps it; undefined when absent or unreadable. */
function creationTime(r: Resource): number | undefined {
  const raw = creationTimestamp(r);
  if (raw === undefined) return undefined;
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}
