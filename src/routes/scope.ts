// The sidecar scope of a proxy (pilot/pkg/model/sidecar.go): per egress listener, the services and VirtualServices it
// imports; and every service the proxy gets clusters for.
import type { Protocol, SidecarEgressListener } from "../model/types.js";
import { egressImports, parseEgressHosts } from "../model/visibility.js";
import { exportClass, isVisibleTo, servicesExportedTo, type SimContext } from "./context.js";
import { hostsOverlap, isWildcarded, mostSpecificMatch } from "./hostnames.js";
import type { ProxyFacts } from "./proxy.js";
import type { MeshService } from "./services.js";
import type { SimVs } from "./virtual-services.js";

export interface EgressScope {
  port?: { number: number; protocol: Protocol; name?: string };
  bind?: string;
  captureMode?: string;
  services: MeshService[];
  virtualServices: SimVs[];
  /** Service hostname -> key of the VirtualService whose host matches it most specifically. */
  wildcardVsIndex: Map<string, string>;
}

export interface SidecarScope {
  egress: EgressScope[];
  /** Services that get outbound clusters: everything imported, plus VirtualService destinations. */
  clusterServices: MeshService[];
}

const DEFAULT_EGRESS: SidecarEgressListener = { hosts: ["*/*"] };

/** VirtualServices for the mesh gateway visible from `ns`: private, exported, then public, each oldest first. */
function visibleVirtualServices(ctx: SimContext, ns: string): SimVs[] {
  const priv: SimVs[] = [];
  const exported: SimVs[] = [];
  const pub: SimVs[] = [];
  for (const vs of ctx.virtualServices) {
    const c = exportClass(vs.exportTo, ctx.model.mesh.defaultVirtualServiceExportTo, vs.namespace);
    if (c.public) pub.push(vs);
    else if (c.private && vs.namespace === ns) priv.push(vs);
    else if (c.namespaces.has(ns)) exported.push(vs);
  }
  return [...priv, ...exported, ...pub];
}

/** sidecar.go SelectVirtualServices: a VS host overlaps a host imported for the VS's namespace (or `*`). */
function importsVirtualService(hosts: readonly string[], proxyNs: string, vs: SimVs): boolean {
  const entries = parseEgressHosts(hosts).filter((e) => !e.exclude);
  return entries.some((e) => {
    const ns = e.namespace === "." ? proxyNs : e.namespace;
    return (ns === "*" || ns === vs.namespace) && vs.hosts.some((h) => hostsOverlap(h, e.host));
  });
}

function trimToPort(s: MeshService, port: number): MeshService | undefined {
  const p = s.ports.find((x) => x.number === port);
  if (!p) return undefined;
  return s.ports.length === 1 ? s : { ...s, ports: [p] };
}

/**
 * One namespace per hostname (sidecar.go selectServices): the proxy's own wins; 1.24+ then prefers a Kubernetes
 * Service over ServiceEntries; otherwise the first seen. All services of that hostname in the chosen namespace stay.
 */
function oneNamespacePerHost(services: MeshService[], proxyNs: string, unified: boolean): MeshService[] {
  const chosen = new Map<string, { ns: string; kube: boolean }>();
  for (const s of services) {
    const np = { ns: s.namespace, kube: s.registry === "Kubernetes" };
    const ex = chosen.get(s.hostname);
    if (!ex || s.namespace === proxyNs) chosen.set(s.hostname, np);
    else if (unified && !ex.kube && np.kube && ex.ns !== proxyNs) chosen.set(s.hostname, np);
  }
  return services.filter((s) => chosen.get(s.hostname)?.ns === s.namespace);
}

/**
 * sidecar.go appendSidecarServices: first wins, a Kubernetes Service displaces other registries, and services of
 * one hostname in one namespace and registry merge their ports.
 */
function appendService(list: MeshService[], index: Map<string, number>, s: MeshService): void {
  const at = index.get(s.hostname);
  if (at === undefined) {
    index.set(s.hostname, list.length);
    list.push(s);
    return;
  }
  const ex = list[at]!;
  if (ex === s) return;
  if (ex.registry === "Kubernetes" && s.registry !== "Kubernetes") return;
  if (ex.registry !== "Kubernetes" && s.registry === "Kubernetes") {
    list[at] = s;
    return;
  }
  if (ex.namespace !== s.namespace || ex.resolution !== s.resolution || ex.registry !== s.registry) return;
  const missing = s.ports.filter((p) => !ex.ports.some((q) => q.number === p.number));
  if (missing.length) list[at] = { ...ex, ports: [...ex.ports, ...missing] };
}

function wildcardVsIndex(vss: SimVs[], services: MeshService[]): Map<string, string> {
  const exact = new Map<string, string>();
  const wild = new Map<string, string>();
  for (const vs of vss) {
    for (const h of vs.hosts) {
      const m = isWildcarded(h) ? wild : exact;
      if (!m.has(h)) m.set(h, vs.key);
    }
  }
  const out = new Map<string, string>();
  for (const s of services) {
    const hit = mostSpecificMatch(s.hostname, exact, wild);
    if (hit !== undefined) out.set(s.hostname, hit);
  }
  return out;
}

function egressScope(
  ctx: SimContext,
  proxy: ProxyFacts,
  l: SidecarEgressListener,
  candidates: MeshService[],
  vss: SimVs[],
): EgressScope {
  const ns = proxy.namespace;
  const matchPort = l.port !== undefined && l.port.number !== 0 && l.port.protocol !== "HTTP_PROXY";
  const imported: MeshService[] = [];
  for (const s of candidates) {
    if (!egressImports(l.hosts, ns, s.namespace, s.hostname)) continue;
    const trimmed = matchPort ? trimToPort(s, l.port!.number) : s;
    if (!trimmed) continue;
    // Aliases survive only when the listener imports their hostnames too (matchingAliasService).
    const aliases = trimmed.aliases.filter((a) => egressImports(l.hosts, ns, s.namespace, a.hostname));
    imported.push(aliases.length === trimmed.aliases.length ? trimmed : { ...trimmed, aliases });
  }
  let services: MeshService[];
  if (!ctx.flags.unifiedSidecarScope && !proxy.sidecar) {
    // Before 1.24 a namespace without Sidecar had its own scope builder, merging like appendSidecarServices.
    services = [];
    const index = new Map<string, number>();
    for (const s of imported) appendService(services, index, s);
  } else {
    services = oneNamespacePerHost(imported, ns, ctx.flags.unifiedSidecarScope);
  }
  const virtualServices = vss.filter((vs) => importsVirtualService(l.hosts, ns, vs));
  return {
    ...(l.port ? { port: l.port } : {}),
    ...(l.bind ? { bind: l.bind } : {}),
    ...(l.captureMode ? { captureMode: l.captureMode } : {}),
    services,
    virtualServices,
    wildcardVsIndex: wildcardVsIndex(virtualServices, services),
  };
}

/** sidecar.go collectImportedServices: VirtualService destinations add clusters (never vhosts). */
function addDestinations(
  ctx: SimContext,
  proxy: ProxyFacts,
  e: EgressScope,
  list: MeshService[],
  index: Map<string, number>,
): void {
  for (const vs of e.virtualServices) {
    const ports = new Map<string, Set<number>>();
    for (const d of vs.destinations) {
      if (!d.sourceNamespaces.some((n) => n === undefined || n === proxy.namespace)) continue;
      const set = ports.get(d.host) ?? new Set<number>();
      set.add(d.port ?? 0);
      ports.set(d.host, set);
    }
    for (const [host, wanted] of ports) {
      const all = ctx.byHostname.get(host) ?? [];
      let svc = all.find((s) => s.namespace === proxy.namespace);
      if (!svc) {
        const visible = all
          .filter((s) => isVisibleTo(ctx, s, proxy.namespace))
          .map((s) => s.namespace)
          .sort();
        svc = visible.length ? all.find((s) => s.namespace === visible[0]) : undefined;
      }
      if (!svc) continue;
      if (e.port && e.port.number !== 0 && e.port.protocol !== "HTTP_PROXY") {
        const t = trimToPort(svc, e.port.number);
        if (t) appendService(list, index, t);
        continue;
      }
      if (wanted.has(0)) {
        appendService(list, index, svc);
        continue;
      }
      const found = svc.ports.filter((p) => wanted.has(p.number));
      if (found.length) appendService(list, index, found.length === svc.ports.length ? svc : { ...svc, ports: found });
    }
  }
}

// The route table and the cluster table of a proxy both start from its scope: built once for the pair.
const scopes = new WeakMap<SimContext, WeakMap<ProxyFacts, SidecarScope>>();

export function sidecarScope(ctx: SimContext, proxy: ProxyFacts): SidecarScope {
  let byProxy = scopes.get(ctx);
  if (!byProxy) scopes.set(ctx, (byProxy = new WeakMap()));
  let scope = byProxy.get(proxy);
  if (!scope) byProxy.set(proxy, (scope = buildSidecarScope(ctx, proxy)));
  return scope;
}

function buildSidecarScope(ctx: SimContext, proxy: ProxyFacts): SidecarScope {
  const candidates = servicesExportedTo(ctx, proxy.namespace);
  const vss = visibleVirtualServices(ctx, proxy.namespace);
  const listeners = proxy.sidecar?.egress.length ? proxy.sidecar.egress : [DEFAULT_EGRESS];
  const egress = listeners.map((l) => egressScope(ctx, proxy, l, candidates, vss));
  const clusterServices: MeshService[] = [];
  const index = new Map<string, number>();
  for (const e of egress) {
    for (const s of e.services) appendService(clusterServices, index, s);
    addDestinations(ctx, proxy, e, clusterServices, index);
  }
  return { egress, clusterServices };
}
