// How istioctl turns Envoy config into table cells (istioctl/pkg/writer/envoy/configdump/route.go
// describeRouteDomains/unexpandDomains, listener.go describeMatch).
import { displayDomain } from "./services.js";
import type { SimRoute } from "./virtual-services.js";

/** Drops a name whose `.svc.cluster.local` or `.svc` suffix only expands another listed name; order is kept. */
function unexpandDomains(domains: string[]): string[] {
  const unique = new Set(domains);
  const drop = new Set<string>();
  for (const h of domains) {
    // The cluster domain is hard-coded in istioctl.
    const full = h.endsWith(".svc.cluster.local") ? h.slice(0, -".svc.cluster.local".length) : h;
    if (full !== h && unique.has(full)) drop.add(h);
    const partial = h.endsWith(".svc") ? h.slice(0, -".svc".length) : h;
    if (partial !== h && unique.has(partial)) drop.add(h);
  }
  return domains.filter((h) => !drop.has(h));
}

export function describeRouteDomains(raw: readonly string[]): string {
  const domains = raw.map(displayDomain);
  if (domains.length === 0) return "";
  if (domains.length === 1) return domains[0]!;
  // host:port forms are skipped; a bare bracketed IPv6 literal is not a host:port.
  const withoutPort = unexpandDomains(
    domains.filter((d) => !d.includes(":") || ((d.match(/:/g)?.length ?? 0) > 2 && d.endsWith("]"))),
  );
  if (withoutPort.length > 2) return `${withoutPort.slice(0, 2).join(", ")} + ${withoutPort.length - 2} more...`;
  return withoutPort.join(", ");
}

export function describeMatch(m: SimRoute["match"]): string {
  const conds: string[] = [];
  if (m.prefix) conds.push(`${m.prefix}*`);
  if (m.path) conds.push(m.path);
  if (m.regex !== undefined) conds.push(`regex ${m.regex}`);
  return conds.join(" ");
}
