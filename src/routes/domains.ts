// Vhost domains of a registry service (httproute.go generateVirtualHostDomains, GenerateAltVirtualHosts).
import { allAddressesForProxy, type SimContext } from "./context.js";
import { ipv6Compliant, isIP, joinHostPort } from "./hostnames.js";
import type { ProxyFacts } from "./proxy.js";
import { UNSPECIFIED_IP, type MeshService } from "./services.js";

/** Port 0 means "no :port variants" (sidecars ignore the port in host matching on numbered routes). */
function appendDomainPort(domains: string[], domain: string, port: number): void {
  domains.push(ipv6Compliant(domain));
  if (port !== 0) domains.push(joinHostPort(domain, port));
}

/**
 * Short names a Kubernetes-style hostname `name.ns.svc.<suffix>` is reachable by from a proxy whose DNS domain is
 * `proxyNs.svc.<suffix>`: `name`, `name.ns.svc`, `name.ns` in its own namespace, `name.ns`, `name.ns.svc` elsewhere.
 */
function kubernetesAltHosts(hostname: string, port: number, proxyDomain: string): string[] {
  const proxyNs = proxyDomain.slice(0, proxyDomain.indexOf(".svc."));
  const ih = hostname.indexOf(".svc.");
  if (ih <= 0) return [];
  const ns = hostname.indexOf(".");
  if (ns + 1 >= hostname.length || ns + 1 > ih) return [];
  const names =
    hostname.slice(ns + 1, ih) === proxyNs
      ? [hostname.slice(0, ns), `${hostname.slice(0, ih)}.svc`, hostname.slice(0, ih)]
      : [hostname.slice(0, ih), `${hostname.slice(0, ih)}.svc`];
  const out: string[] = [];
  for (const n of names) appendDomainPort(out, n, port);
  return out;
}

/** Alternate names of a hostname; 1.27+ starts them with the absolute `hostname.` form. */
export function altVirtualHosts(ctx: SimContext, hostname: string, port: number, proxyDomain: string): string[] {
  const out: string[] = [];
  if (ctx.flags.absoluteFqdnDomains) {
    if (!isIP(hostname)) out.push(`${hostname}.`);
    if (port !== 0) out.push(joinHostPort(`${hostname}.`, port));
  }
  const svcAt = proxyDomain.indexOf(".svc.");
  // Only hostnames sharing the proxy's `.svc.<cluster domain>` suffix are expanded; anything else (every ServiceEntry
  // host such as httpbin.org) could collide with short names of other services.
  if (svcAt > 0 && hostname.endsWith(proxyDomain.slice(svcAt)))
    out.push(...kubernetesAltHosts(hostname, port, proxyDomain));
  return out;
}

/** Domains of a service's vhost, and the subset that are expanded names (for de-duplication). */
export function virtualHostDomains(
  ctx: SimContext,
  svc: MeshService,
  port: number,
  proxy: ProxyFacts,
): { domains: string[]; altHosts: string[] } {
  const domains: string[] = [];
  const altHosts: string[] = [];
  for (const name of [svc.hostname, ...svc.aliases.map((a) => a.hostname)]) {
    const alt = altVirtualHosts(ctx, name, port, proxy.dnsDomain);
    appendDomainPort(domains, name, port);
    domains.push(...alt);
    altHosts.push(...alt);
  }
  if (svc.resolution === "Passthrough" && svc.registry === "Kubernetes") {
    for (const d of [...domains]) domains.push(`*.${d}`);
  }
  for (const a of allAddressesForProxy(ctx, svc, proxy))
    if (a !== "" && a !== UNSPECIFIED_IP) appendDomainPort(domains, a, port);
  return { domains, altHosts };
}
