// Which hosts are egress: everything except the cluster's own names, loopback and the names reserved for examples.
import type { EgressModel } from "../model/types.js";
import { isIPv4, normalizeHost, hasRealPublicSuffix } from "./host-syntax.js";
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

// RFC 2606 / RFC 6761 names that never resolve to a real service.
const RESERVED_SUFFIXES = [".test", ".example", ".invalid", ".localhost"];
const RESERVED_DOMAINS = ["example.com", "example.net", "example.org", "localhost"];

/**
 * `host` is taken as written (any case, brackets, trailing dot). Rules, in order: syntax; loopback, unspecified and
 * documentation IPs and RFC 2606/6761 names are reserved; other IPs (private ranges too: an SE may list them in
 * `addresses`) are external; single labels, `.local`, `.svc`, `.svc.<clusterDomain>`, the model's Service forms and
 * `name.<namespace>` are in-cluster; a two-label name whose suffix is no public suffix is the `service.namespace`
 * short form of a Service defined elsewhere, so in-cluster too; everything else (including `.internal`) is external.
 */
export function classifyHost(host: string, inCluster: InClusterNames = NO_IN_CLUSTER_NAMES): HostClass {
  const normal = normalizeHost(host);
  if (!normal) return "invalid";
  const h = normal.host;
  if (normal.kind === "ipv4") return isReservedIPv4(h) ? "reserved" : "external";
  if (normal.kind === "ipv6") return isReservedIPv6(h) ? "reserved" : "external";
  if (RESERVED_DOMAINS.some((d) => h === d || h.endsWith(`.${d}`))) return "reserved";
  if (RESERVED_SUFFIXES.some((s) => h.endsWith(s))) return "reserved";
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

function isReservedIPv4(ip: string): boolean {
  if (!isIPv4(ip)) return false;
  const [a, b, c] = ip.split(".").map(Number);
  if (a === 127 || a === 0) return true;
  // RFC 5737 documentation networks, the IP counterpart of example.com.
  return (
    (a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)
  );
}

function isReservedIPv6(ip: string): boolean {
  if (ip === "::1" || ip === "::" || /^0*:0*:0*:0*:0*:0*:0*:0*1?$/.test(ip)) return true;
  if (ip.startsWith("::ffff:") && isIPv4(ip.slice(7))) return isReservedIPv4(ip.slice(7));
  // RFC 3849 documentation prefix 2001:db8::/32.
  return /^2001:0?db8:/.test(ip);
}
