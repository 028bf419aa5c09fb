// Virtual hosts of one outbound route config (httproute.go BuildSidecarOutboundVirtualHosts,
// buildSidecarOutboundHTTPRouteConfig; route.go BuildSidecarVirtualHostWrapper).
import { cmp } from "../findings.js";
import { isHttpOrSniffed } from "../model/protocol.js";
import type { SimContext } from "./context.js";
import { virtualHostDomains } from "./domains.js";
import { hostsOverlap, ipv6Compliant, isWildcarded, joinHostPort } from "./hostnames.js";
import type { OutboundRouteName } from "./listeners.js";
import { outboundMode, type ProxyFacts } from "./proxy.js";
import type { OutboundMode } from "../model/types.js";
import type { EgressScope, SidecarScope } from "./scope.js";
import type { MeshService } from "./services.js";
import { buildVsRoutes, type SimRoute, type SimVs } from "./virtual-services.js";

export interface SimVhost {
  name: string;
  domains: string[];
  routes: SimRoute[];
}

interface Wrapper {
  port: number;
  services: MeshService[];
  vsHosts: string[];
  routes: SimRoute[];
}

const DEFAULT_ROUTE: SimRoute = { match: { prefix: "/" }, virtualService: "", passthrough: false };

/** sidecar.go GetEgressListenerForRDS: the listener with this port, else the catch-all. */
function egressListenerFor(scope: SidecarScope, port: number, routeName: string): EgressScope | undefined {
  for (const e of scope.egress) {
    if (!e.port) return e;
    if (e.port.number !== port) continue;
    if (port === 0 && e.bind !== routeName) continue;
    return e;
  }
  return undefined;
}

/** httproute.go selectVirtualServices: off port 80, a VirtualService counts only if a host matches a service here. */
function selectVirtualServices(vss: SimVs[], byName: Map<string, MeshService>): SimVs[] {
  const wildcardHosts = [...byName.keys()].filter(isWildcarded);
  return vss.filter((vs) =>
    vs.hosts.some((h) => {
      if (byName.has(h)) return true;
      if (isWildcarded(h)) return [...byName.keys()].some((s) => hostsOverlap(h, s));
      return wildcardHosts.some((s) => hostsOverlap(h, s));
    }),
  );
}

/** route.go separateVSHostsAndServices: VS hosts that are services here, and the rest (which get bare vhosts). */
function separateHosts(
  vs: SimVs,
  byName: Map<string, MeshService>,
  index: Map<string, string>,
): { hosts: string[]; services: MeshService[] } {
  const hosts: string[] = [];
  const services: MeshService[] = [];
  const wild: string[] = [];
  for (const h of vs.hosts) {
    if (isWildcarded(h)) wild.push(h);
    else if (byName.has(h)) services.push(byName.get(h)!);
    else hosts.push(h);
  }
  const sortedNames = [...byName.keys()].sort(cmp);
  for (const h of wild) {
    let found = false;
    for (const name of sortedNames) {
      if (!hostsOverlap(name, h)) continue;
      found = true;
      // Each service belongs to the VirtualService whose host matches it most specifically.
      if (index.get(name) === vs.key) services.push(byName.get(name)!);
    }
    if (!found) hosts.push(h);
  }
  return { hosts, services };
}

function wrappersFor(
  ctx: SimContext,
  proxy: ProxyFacts,
  e: EgressScope,
  vss: SimVs[],
  byName: Map<string, MeshService>,
  listenerPort: number,
): Wrapper[] {
  const out: Wrapper[] = [];
  for (const vs of vss) {
    const routes = buildVsRoutes(vs, listenerPort, proxy, ctx.flags);
    if (routes.length === 0) continue;
    const { hosts, services } = separateHosts(vs, byName, e.wildcardVsIndex);
    const byPort = new Map<number, MeshService[]>();
    for (const s of services) {
      for (const p of s.ports) {
        if (!isHttpOrSniffed(p.protocol)) continue;
        const list = byPort.get(p.number) ?? [];
        list.push(s);
        byPort.set(p.number, list);
      }
    }
    // "Gross hack" kept by istiod: on port 80 a VirtualService matching no service still yields its hosts.
    if (byPort.size === 0 && listenerPort === 80) byPort.set(80, []);
    for (const port of [...byPort.keys()].sort((a, b) => a - b))
      out.push({ port, services: byPort.get(port)!, vsHosts: hosts, routes });
  }
  const claimed = new Set(out.flatMap((w) => w.services.map((s) => s.hostname)));
  // Plain services come from a Go map in istiod (order unspecified); hostname order keeps the output stable.
  for (const name of [...byName.keys()].sort(cmp)) {
    const svc = byName.get(name)!;
    if (claimed.has(name) || svc.resolution === "Alias") continue;
    for (const p of svc.ports)
      if (isHttpOrSniffed(p.protocol))
        out.push({ port: p.number, services: [svc], vsHosts: [], routes: [DEFAULT_ROUTE] });
  }
  return out;
}

/** httproute.go dedupeDomains: a domain claimed by an earlier vhost is dropped, and so is an expanded name that is some service's real hostname. */
function dedupe(domains: string[], claimed: Set<string>, altHosts: string[], knownFqdns: Set<string>): string[] {
  const out: string[] = [];
  for (const d of domains) {
    if (claimed.has(d.toLowerCase())) continue;
    if (altHosts.includes(d) && knownFqdns.has(d)) continue;
    out.push(d);
    claimed.add(d.toLowerCase());
  }
  return out;
}

function catchAll(proxy: ProxyFacts, mode: OutboundMode): SimVhost {
  const match = { prefix: "/" };
  // httproute.go buildCatchAllVirtualHost: the dynamic forward proxy's route is not PassthroughCluster, so istioctl prints it.
  if (mode === "ALLOW_ANY_DYNAMIC_DNS")
    return {
      name: "allow_any_dynamic_dns",
      domains: ["*"],
      routes: [{ match, virtualService: "", passthrough: false }],
    };
  if (mode === "REGISTRY_ONLY")
    return { name: "block_all", domains: ["*"], routes: [{ match, virtualService: "", passthrough: false }] };
  // With an egress proxy the route targets that proxy's cluster, which istioctl does not hide.
  return {
    name: "allow_any",
    domains: ["*"],
    routes: [{ match, virtualService: "", passthrough: proxy.egressProxy === undefined }],
  };
}

/** Vhosts per egress listener and port, shared by the bare-port and the sniffed route configs of that port. */
export type VhostCache = Map<EgressScope, Map<number, SimVhost[]>>;

function portVirtualHosts(ctx: SimContext, proxy: ProxyFacts, e: EgressScope, listenerPort: number): SimVhost[] {
  const byName = new Map<string, MeshService>();
  for (const svc of e.services) {
    if (listenerPort === 0) {
      byName.set(svc.hostname, svc);
      continue;
    }
    const p = svc.ports.find((x) => x.number === listenerPort);
    if (p) byName.set(svc.hostname, { ...svc, ports: [p] });
  }
  const vss = listenerPort === 80 ? e.virtualServices : selectVirtualServices(e.virtualServices, byName);
  const wrappers = wrappersFor(ctx, proxy, e, vss, byName, listenerPort);
  const knownFqdns = new Set(
    wrappers.flatMap((w) => w.services.flatMap((s) => [joinHostPort(s.hostname, w.port), s.hostname])),
  );
  const names = new Set<string>();
  const claimed = new Set<string>();
  const byPort = new Map<number, SimVhost[]>();
  const build = (hostname: string, w: Wrapper, svc: MeshService | undefined) => {
    const name = joinHostPort(hostname, w.port);
    if (names.has(name)) return;
    names.add(name);
    // Sidecars ignore the port in host matching, so only port-0 (HTTP_PROXY, unix socket) routes carry host:port.
    const domainPort = listenerPort !== 0 ? 0 : w.port;
    const { domains, altHosts } = svc
      ? virtualHostDomains(ctx, svc, domainPort, proxy)
      : { domains: [ipv6Compliant(hostname)], altHosts: [] };
    const kept = dedupe(domains, claimed, altHosts, knownFqdns);
    if (!kept.length) return;
    const list = byPort.get(w.port) ?? [];
    list.push({ name, domains: kept, routes: w.routes });
    byPort.set(w.port, list);
  };
  for (const w of wrappers) {
    if (w.routes.length === 0) continue;
    for (const h of w.vsHosts) build(h, w, undefined);
    for (const s of w.services) build(s.hostname, w, s);
  }
  if (listenerPort !== 0) return byPort.get(listenerPort) ?? [];
  // httproute.go mergeAllVirtualHosts: off port 80 only host:port domains are kept.
  return [...byPort.entries()]
    .sort((a, b) => a[0] - b[0])
    .flatMap(([port, list]) =>
      port === 80
        ? list
        : list
            .map((v) => ({ ...v, domains: v.domains.filter((d) => d.includes(":")) }))
            .filter((v) => v.domains.length > 0),
    );
}

export function outboundVirtualHosts(
  ctx: SimContext,
  proxy: ProxyFacts,
  scope: SidecarScope,
  rn: OutboundRouteName,
  cache: VhostCache = new Map(),
): SimVhost[] {
  const e = egressListenerFor(scope, rn.port, rn.name);
  if (!e) return [];
  const listenerPort = e.port?.protocol === "HTTP_PROXY" ? 0 : rn.port;
  const perListener = cache.get(e) ?? new Map<number, SimVhost[]>();
  cache.set(e, perListener);
  let all = perListener.get(listenerPort);
  if (!all) perListener.set(listenerPort, (all = portVirtualHosts(ctx, proxy, e, listenerPort)));
  const vhosts = (rn.sniffed ? sniffedOnly(all, rn.name) : [...all]).sort((a, b) => cmp(a.name, b.name));
  if (!rn.sniffed) vhosts.push(catchAll(proxy, outboundMode(proxy, ctx.flags)));
  return vhosts;
}

/** httproute.go getVirtualHostsForSniffedServicePort: keep the service's own vhost, reachable under any Host. */
function sniffedOnly(vhosts: SimVhost[], routeName: string): SimVhost[] {
  const host = routeName.slice(0, routeName.lastIndexOf(":"));
  const hits = vhosts.filter((v) => v.domains.some((d) => d === routeName || d === host));
  if (hits.length === 1) return [{ ...hits[0]!, domains: ["*"] }];
  return hits;
}
