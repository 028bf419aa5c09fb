// Distinct sidecar views: injected workloads whose route and cluster tables are identical share one entry.
import { cmp } from "../findings.js";
import { selectorMatches } from "../model/sidecar-scope.js";
import type { EgressModel, Workload } from "../model/types.js";
import { clusterTableOf } from "./cluster-table.js";
import { simContext, type SimContext } from "./context.js";
import { inboundPorts } from "./inbound.js";
import { proxyFacts, type ProxyFacts } from "./proxy.js";
import { routeTableOf } from "./route-table.js";
import type { ClusterTable, ProxyView, RouteOptions, RouteTable } from "./types.js";

const id = (w: Workload) => `${w.namespace}/${w.name}`;

/**
 * A monorepo has hundreds of workloads but few distinct views, and one table costs as much as the services the proxy
 * sees: tables are simulated once per distinct input (`viewInputs`) and then grouped by what they print.
 */
export function proxyViews(model: EgressModel, options?: RouteOptions): ProxyView[] {
  const ctx = simContext(model, options);
  const workloads = model.workloads.filter((w) => w.injected).sort((a, b) => cmp(id(a), id(b)));
  const byInputs = new Map<string, { routes: RouteTable; clusters: ClusterTable; printed: string }>();
  const views = new Map<string, ProxyView>();
  for (const w of workloads) {
    const proxy = proxyFacts(model, w);
    const inputs = viewInputs(ctx, proxy);
    let tables = byInputs.get(inputs);
    if (!tables) {
      const routes = routeTableOf(ctx, proxy);
      const clusters = clusterTableOf(ctx, proxy);
      tables = { routes, clusters, printed: JSON.stringify([routes.rows, clusters.rows]) };
      byInputs.set(inputs, tables);
    }
    const seen = views.get(tables.printed);
    // Duplicated names (the same workload written twice) are one proxy.
    if (seen) {
      if (!seen.proxies.includes(proxy.id)) seen.proxies.push(proxy.id);
    } else {
      views.set(tables.printed, {
        proxy: proxy.id,
        proxies: [proxy.id],
        routes: { ...tables.routes, proxy: proxy.id },
        clusters: { ...tables.clusters, proxy: proxy.id },
      });
    }
  }
  return [...views.values()];
}

/**
 * Everything of a proxy its tables are built from, except its name. Labels and container ports matter only through
 * what they select: the Sidecar, the inbound ports, and the label selectors of DestinationRules, PeerAuthentications
 * and VirtualService source matches. A new use of `ProxyFacts.labels` or `.workload` in the simulator belongs here.
 */
export function viewInputs(ctx: SimContext, proxy: ProxyFacts): string {
  const { model } = ctx;
  const selected = labelSelectors(ctx)
    .map((s) => (selectorMatches(s, proxy.labels) ? 1 : 0))
    .join("");
  return JSON.stringify([
    proxy.namespace,
    proxy.sidecar ? model.sidecars.indexOf(proxy.sidecar) : -1,
    proxy.mode,
    proxy.egressProxy ?? null,
    proxy.dnsCapture,
    proxy.dnsAutoAllocate,
    proxy.interceptionNone,
    inboundPorts(ctx, proxy),
    selected,
  ]);
}

const SELECTORS = new WeakMap<SimContext, Record<string, string>[]>();

function labelSelectors(ctx: SimContext): Record<string, string>[] {
  let hit = SELECTORS.get(ctx);
  if (hit) return hit;
  const { model } = ctx;
  hit = [
    ...model.destinationRules.flatMap((dr) => (dr.workloadSelector ? [dr.workloadSelector] : [])),
    ...(model.peerAuthentications ?? []).flatMap((p) => (p.selector ? [p.selector] : [])),
    ...ctx.virtualServices.flatMap((vs) =>
      vs.http.flatMap((r) => r.match.flatMap((m) => (m.sourceLabels ? [m.sourceLabels] : []))),
    ),
  ];
  SELECTORS.set(ctx, hit);
  return hit;
}

/** The workload named `namespace/name`, or an error that lists the workloads there are. */
export function findWorkload(model: EgressModel, proxy: string): Workload | { error: string } {
  const hit = model.workloads.find((w) => id(w) === proxy);
  if (hit) return hit;
  const names = [...new Set(model.workloads.map(id))].sort(cmp);
  const list = names.length ? names.join(", ") : "none";
  return { error: `no workload ${proxy}; workloads found: ${list}` };
}
