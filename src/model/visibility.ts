// exportTo and Sidecar egress hosts: which namespaces can see a config object, and what a proxy imports.
import type { SidecarResource } from "./types.js";

/**
 * Whether an object in `ownerNs` with this exportTo (or the mesh default when unset) is visible from `clientNs`.
 * `*` is everyone, `.` the owner's namespace, `~` nobody, anything else a namespace name.
 */
export function isExportedTo(
  exportTo: readonly string[] | undefined,
  meshDefault: readonly string[],
  ownerNs: string,
  clientNs: string,
): boolean {
  const list = exportTo && exportTo.length > 0 ? exportTo : meshDefault;
  if (list.includes("~")) return false;
  return list.some((e) => e === "*" || (e === "." ? ownerNs === clientNs : e === clientNs));
}

/** Does a DNS pattern (exact, `*`, or `*.suffix`) match a hostname? Wildcard hosts match when one covers the other. */
export function hostMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase();
  const h = host.toLowerCase();
  if (p === "*" || p === h) return true;
  if (p.startsWith("*.")) {
    const suffix = p.slice(1);
    if (h.startsWith("*.")) return h.slice(1).endsWith(suffix);
    return h.endsWith(suffix);
  }
  return false;
}

export interface ParsedEgressHost {
  namespace: string;
  host: string;
  exclude: boolean;
}

/** `ns/host` entries of a Sidecar egress listener; entries without exactly one `/` are ignored, as istiod does. */
/** Egress host lists are asked about once per service and proxy: parse each list once. */
const parsedLists = new WeakMap<readonly string[], ParsedEgressHost[]>();

export function parseEgressHosts(hosts: readonly string[]): ParsedEgressHost[] {
  let parsed = parsedLists.get(hosts);
  if (!parsed) parsedLists.set(hosts, (parsed = parseHostList(hosts)));
  return parsed;
}

function parseHostList(hosts: readonly string[]): ParsedEgressHost[] {
  return hosts.flatMap((h) => {
    const parts = h.split("/");
    if (parts.length !== 2) return [];
    let ns = parts[0]!;
    const exclude = ns.startsWith("~");
    if (exclude) ns = ns.slice(1);
    return [{ namespace: ns, host: parts[1]!, exclude }];
  });
}

/** Whether an egress host list imports a service `host` defined in `ownerNs`, for a proxy in `proxyNs`. */
export function egressImports(hosts: readonly string[], proxyNs: string, ownerNs: string, host: string): boolean {
  const parsed = parseEgressHosts(hosts);
  const nsMatches = (ns: string) => ns === "*" || (ns === "." ? ownerNs === proxyNs : ns === ownerNs);
  if (parsed.some((e) => e.exclude && nsMatches(e.namespace) && hostMatches(e.host, host))) return false;
  return parsed.some((e) => !e.exclude && nsMatches(e.namespace) && hostMatches(e.host, host));
}

/** The hosts a proxy's Sidecar imports across all its egress listeners; no Sidecar imports everything. */
export function sidecarImports(
  sidecar: SidecarResource | undefined,
  proxyNs: string,
  ownerNs: string,
  host: string,
  port?: number,
): boolean {
  if (!sidecar || sidecar.egress.length === 0) return true;
  return sidecar.egress.some(
    (l) =>
      (port === undefined || l.port === undefined || l.port.number === port) &&
      egressImports(l.hosts, proxyNs, ownerNs, host),
  );
}
