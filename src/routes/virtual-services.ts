// VirtualServices as sidecars see them (§8): which apply, in which order, and the Envoy routes they turn into.
import type { EgressModel, HttpMatchRequest, HttpRoute } from "../model/types.js";
import { selectorMatches } from "../model/sidecar-scope.js";
import { resolveShortname } from "./hostnames.js";
import type { ProxyFacts } from "./proxy.js";
import { renderConfigRef, type VersionFlags } from "./versions.js";

export interface SimVs {
  key: string;
  namespace: string;
  name: string;
  /** Hosts with short names resolved in the VirtualService's namespace. */
  hosts: string[];
  http: HttpRoute[];
  /** Route destinations (http, tls, tcp), resolved like hosts. */
  destinations: { host: string; port?: number; sourceNamespaces: (string | undefined)[] }[];
  exportTo?: string[];
  order: number;
}

/** An Envoy route as far as istioctl's table can tell routes apart. */
export interface SimRoute {
  match: { prefix?: string; path?: string; regex?: string };
  /** `name.namespace` of the VirtualService (or `<unknown>`), empty for default routes. */
  virtualService: string;
  /** Routes to PassthroughCluster are hidden by istioctl. */
  passthrough: boolean;
}

/**
 * `lowercaseHosts` (1.27+): istiod lower-cases a VirtualService's hosts before it binds them to services
 * (httproute.go selectVirtualServices, route.go separateVSHostsAndServices) and names the vhosts of the others in
 * lower case too, so `service-A.v2` binds to and prints as `service-a.v2`.
 */
export function normalizeVirtualServices(model: EgressModel, lowercaseHosts = false): SimVs[] {
  const domain = model.mesh.clusterDomain;
  return model.virtualServices
    .filter((vs) => vs.hosts.length > 0 && (vs.gateways.length === 0 || vs.gateways.includes("mesh")))
    .map((vs) => {
      const resolve = (h: string) => resolveShortname(h, vs.namespace, domain);
      const httpDest = vs.http.flatMap((h) =>
        h.route.map((d) => ({
          host: resolve(d.host),
          ...(d.port === undefined ? {} : { port: d.port }),
          sourceNamespaces: h.match.length ? h.match.map((m) => m.sourceNamespace) : [undefined],
        })),
      );
      const otherDest = [...vs.tlsDestinations, ...vs.tcpDestinations].map((d) => ({
        host: resolve(d.host),
        ...(d.port === undefined ? {} : { port: d.port }),
        sourceNamespaces: [undefined],
      }));
      return {
        key: `${vs.namespace}/${vs.name}`,
        namespace: vs.namespace,
        name: vs.name,
        hosts: vs.hosts.map((h) => (lowercaseHosts ? resolve(h).toLowerCase() : resolve(h))),
        http: vs.http,
        destinations: [...httpDest, ...otherDest],
        ...(vs.exportTo ? { exportTo: vs.exportTo } : {}),
        order: vs.order,
      };
    })
    .sort((a, b) => a.order - b.order);
}

/** route.go IsCatchAllRoute: prefix `/` and no header or query matchers (methods, authority... are headers too). */
function isCatchAll(m: HttpMatchRequest | undefined): boolean {
  return matchOf(m).prefix === "/" && !m?.hasOtherConditions;
}

/** route.go sourceMatchHTTP: match-level gateways, else sourceLabels and sourceNamespace. */
function sourceMatches(m: HttpMatchRequest, proxy: ProxyFacts): boolean {
  if (m.gateways && m.gateways.length > 0) return m.gateways.includes("mesh");
  if (!selectorMatches(m.sourceLabels ?? {}, proxy.labels)) return false;
  return m.sourceNamespace === undefined || m.sourceNamespace === proxy.namespace;
}

function matchOf(m: HttpMatchRequest | undefined): SimRoute["match"] {
  const uri = m?.uri;
  if (uri?.exact !== undefined) return { path: uri.exact };
  if (uri?.prefix !== undefined) return { prefix: uri.prefix };
  if (uri?.regex !== undefined) return { regex: uri.regex };
  return { prefix: "/" };
}

/**
 * route.go BuildHTTPRoutesForVirtualService for a sidecar on `listenPort`: one route per surviving match, nothing
 * after a catch-all. A match for another port, or for other sources, is dropped.
 */
export function buildVsRoutes(vs: SimVs, listenPort: number, proxy: ProxyFacts, flags: VersionFlags): SimRoute[] {
  const out: SimRoute[] = [];
  const name = renderConfigRef(flags, vs);
  const translate = (m: HttpMatchRequest | undefined): SimRoute | undefined => {
    if (m && m.port !== undefined && m.port !== 0 && m.port !== listenPort) return undefined;
    if (m && !sourceMatches(m, proxy)) return undefined;
    return { match: matchOf(m), virtualService: name, passthrough: false };
  };
  for (const http of vs.http) {
    let catchAll = false;
    if (http.match.length === 0) {
      const r = translate(undefined);
      if (r) out.push(r);
      catchAll = true;
    } else {
      for (const m of http.match) {
        const r = translate(m);
        if (!r) continue;
        out.push(r);
        if (isCatchAll(m)) {
          catchAll = true;
          break;
        }
      }
    }
    if (catchAll) break;
  }
  return out;
}
