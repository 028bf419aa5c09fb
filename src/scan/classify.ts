// Which hosts are egress: everything except the cluster's own names, loopback and the names reserved for examples.
import type { EgressModel } from "../model/types.js";
import { hasRealPublicSuffix, normalizeHost } from "./host-syntax.js";
import { specialUseOf } from "./special-use.js";
import type { HostClass, InClusterNames } from "./types.js";

export const NO_IN_CLUSTER_NAMES: InClusterNames = {
  names: new Set(),
  namespaces: new Set(),
  clusterDomain: "cluster.local",
};

/** Every form a pod can use to reach each Service of the model, plus the namespaces (for `name.ns` short forms). */
export function inClusterNames(model: EgressModel): InClusterNames {
  const clusterDomain = model.mesh.clusterDomain.toLowerCase() || "cluster.local";
  const names = new Set<string>();
  const namespaces = new Set<string>(model.namespaces.map((n) => n.name.toLowerCase()));
  for (const svc of model.services) {
    const name = svc.name.toLowerCase();
    const ns = svc.namespace.toLowerCase();
    namespaces.add(ns);
    for (const form of [name, `${name}.${ns}`, `${name}.${ns}.svc`, `${name}.${ns}.svc.${clusterDomain}`])
      names.add(form);
  }
  for (const w of model.workloads) namespaces.add(w.namespace.toLowerCase());
  return { names, namespaces, clusterDomain };
}

/**
 * `host` is taken as written (any case, brackets, trailing dot). Rules, in order: syntax; loopback, documentation and
 * special-use names and addresses, local-development names and placeholders are reserved (`specialUseOf`); other
 * IPs (private ranges too: an SE may list them in `addresses`) are external; single labels, `.local`, `.svc`,
 * `.svc.<clusterDomain>`, the model's Service forms and `name.<namespace>` are in-cluster; a two-label name whose
 * suffix is no public suffix is the `service.namespace` short form of a Service defined elsewhere, so in-cluster too;
 * everything else (including `.internal`) is external.
 */
export function classifyHost(host: string, inCluster: InClusterNames = NO_IN_CLUSTER_NAMES): HostClass {
  const normal = normalizeHost(host);
  if (!normal) return "invalid";
  const h = normal.host;
  if (specialUseOf(h, normal.kind)) return "reserved";
  if (normal.kind !== "name") return "external";
  const dot = h.indexOf(".");
  if (dot === -1) return "in-cluster";
  if (inCluster.names.has(h)) return "in-cluster";
  if (h.endsWith(".local") || h.endsWith(".svc") || h.endsWith(`.svc.${inCluster.clusterDomain}`)) return "in-cluster";
  const rest = h.slice(dot + 1);
  if (inCluster.namespaces.has(rest) || (rest.endsWith(".svc") && inCluster.namespaces.has(rest.slice(0, -4))))
    return "in-cluster";
  if (rest.indexOf(".") === -1 && !hasRealPublicSuffix(h)) return "in-cluster";
  return "external";
}
