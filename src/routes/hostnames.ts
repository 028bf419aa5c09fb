// Hostname helpers with Istio's semantics (pkg/config/host Name.Matches / SubsetOf, net.JoinHostPort, IPv6Compliant).

export function isWildcarded(h: string): boolean {
  return h.startsWith("*");
}

/** Both names could be the same host: exact, or one wildcard covers the other (in either direction). */
export function hostsOverlap(a: string, b: string): boolean {
  const aw = isWildcarded(a);
  const bw = isWildcarded(b);
  if (aw && bw) return a.length < b.length ? b.slice(1).endsWith(a.slice(1)) : a.slice(1).endsWith(b.slice(1));
  if (aw) return b.endsWith(a.slice(1));
  if (bw) return a.endsWith(b.slice(1));
  return a === b;
}

/** Every host `a` stands for is also covered by `b`. */
export function hostSubsetOf(a: string, b: string): boolean {
  if (isWildcarded(a)) return isWildcarded(b) && a.slice(1).endsWith(b.slice(1));
  if (isWildcarded(b)) return a.endsWith(b.slice(1));
  return a === b;
}

const IPV4 = /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$/;

export function isIPv4(s: string): boolean {
  return IPV4.test(s);
}

export function isIPv6(s: string): boolean {
  return s.includes(":") && /^[0-9a-fA-F:.]+$/.test(s);
}

export function isIP(s: string): boolean {
  return isIPv4(s) || isIPv6(s);
}

/** IPv6 literals are bracketed when used as a domain or a host:port. */
export function ipv6Compliant(host: string): string {
  return isIPv6(host) ? `[${host}]` : host;
}

export function joinHostPort(host: string, port: number): string {
  return `${ipv6Compliant(host)}:${port}`;
}

/**
 * Reference to a config object, resolving short names the way istiod does (ResolveShortnameToFQDN): a name without
 * any dot is `<name>.<namespace>.svc.<domain>`; dotted names, IPs and `*` are kept as written.
 */
export function resolveShortname(host: string, namespace: string, clusterDomain: string): string {
  if (host === "" || host === "*" || isIP(host) || host.includes(".")) return host;
  return `${host}.${namespace}.svc.${clusterDomain}`;
}

/**
 * The most specific key of `index` covering `needle`: an exact key first, else the longest matching wildcard.
 * Ties keep the earlier insertion (the index is filled in precedence order).
 */
export function mostSpecificMatch<V>(
  needle: string,
  exact: ReadonlyMap<string, V>,
  wildcards: ReadonlyMap<string, V>,
): V | undefined {
  if (isWildcarded(needle)) {
    const hit = wildcards.get(needle);
    if (hit !== undefined) return hit;
  } else {
    const hit = exact.get(needle);
    if (hit !== undefined) return hit;
  }
  const bare = isWildcarded(needle) ? needle.slice(1) : needle;
  let best: { key: string; value: V } | undefined;
  for (const [key, value] of wildcards) {
    if (!bare.endsWith(key.slice(1))) continue;
    if (!best || key.length > best.key.length) best = { key, value };
  }
  return best?.value;
}
