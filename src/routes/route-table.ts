// `istioctl proxy-config route <pod>` for a workload: outbound route configs in the canonical order (§3.2), then
// the static block, one row per (route config, vhost, route).
import { cmp } from "../findings.js";
import type { EgressModel, Workload } from "../model/types.js";
import { simContext, type SimContext } from "./context.js";
import { describeMatch, describeRouteDomains } from "./istioctl-describe.js";
import { outboundRouteNames, type OutboundRouteName } from "./listeners.js";
import { proxyFacts, type ProxyFacts } from "./proxy.js";
import { sidecarScope } from "./scope.js";
import { staticRouteConfigs, type SimRouteConfig } from "./static-rows.js";
import type { RouteOptions, RouteRow, RouteTable } from "./types.js";
import { outboundVirtualHosts, type VhostCache } from "./virtual-hosts.js";

const NUMERIC = /^[0-9]+$/;

/**
 * Envoy's order of route configs is hash order fed to a non-transitive sort: not derivable. Numeric names ascending,
 * then the other outbound names byte-wise, is the order istioctl shows when it has few configs and no sniffed ones.
 */
function canonicalOrder(a: OutboundRouteName, b: OutboundRouteName): number {
  const an = NUMERIC.test(a.name);
  const bn = NUMERIC.test(b.name);
  if (an && bn) return Number(a.name) - Number(b.name);
  if (an !== bn) return an ? -1 : 1;
  return cmp(a.name, b.name);
}

export function routeConfigs(ctx: SimContext, proxy: ProxyFacts): SimRouteConfig[] {
  const scope = sidecarScope(ctx, proxy);
  const names = outboundRouteNames(ctx, proxy, scope).sort(canonicalOrder);
  const cache: VhostCache = new Map();
  const outbound = names.map((rn) => ({ name: rn.name, vhosts: outboundVirtualHosts(ctx, proxy, scope, rn, cache) }));
  return [...outbound, ...staticRouteConfigs(ctx, proxy)];
}

/** PrintRouteSummary: routes to PassthroughCluster are hidden; a vhost without routes prints a 404 row. */
export function rowsOf(configs: SimRouteConfig[]): RouteRow[] {
  const rows: RouteRow[] = [];
  for (const rc of configs) {
    for (const vh of rc.vhosts) {
      const domains = describeRouteDomains(vh.domains);
      for (const r of vh.routes) {
        if (r.passthrough) continue;
        rows.push({
          name: rc.name,
          vhost: vh.name,
          domains,
          match: describeMatch(r.match),
          virtualService: r.virtualService,
        });
      }
      if (vh.routes.length === 0)
        rows.push({ name: rc.name, vhost: vh.name, domains, match: "/*", virtualService: "404" });
    }
  }
  return rows;
}

export function buildRouteTable(model: EgressModel, workload: Workload, options?: RouteOptions): RouteTable {
  return routeTableOf(simContext(model, options), proxyFacts(model, workload));
}

export function routeTableOf(ctx: SimContext, proxy: ProxyFacts): RouteTable {
  return { proxy: proxy.id, rows: rowsOf(routeConfigs(ctx, proxy)) };
}
