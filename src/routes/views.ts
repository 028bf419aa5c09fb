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
 * sees: tables are simulated once per distinct input (`viewInputs`) and then grouped by what they hold, row by row.
 */
export function proxyViews(model: EgressModel, options?: RouteOptions): ProxyView[] {
  const ctx = simContext(model, options);
  const workloads = model.workloads.filter((w) => w.injected).sort((a, b) => cmp(id(a), id(b)));
  const byInputs = new Map<string, { routes: RouteTable; clusters: ClusterTable; view?: ProxyView }>();
  // Views by a digest of their tables; tables with the same digest are compared row by row.
  const byDigest = new Map<string, ProxyView[]>();
  const views: ProxyView[] = [];
  for (const w of workloads) {
    const proxy = proxyFacts(model, w);
    const inputs = viewInputs(ctx, proxy);
    let tables = byInputs.get(inputs);
    if (!tables) {
      tables = { routes: routeTableOf(ctx, proxy), clusters: clusterTableOf(ctx, proxy) };
      byInputs.set(inputs, tables);
    }
    if (!tables.view) {
      const digest = tablesDigest(tables.routes, tables.clusters);
      let alike = byDigest.get(digest);
      if (!alike) byDigest.set(digest, (alike = []));
      const { routes, clusters } = tables;
      tables.view = alike.find((v) => sameRows(v.routes.rows, routes.rows) && sameRows(v.clusters.rows, clusters.rows));
      if (!tables.view) {
        tables.view = {
          proxy: proxy.id,
          proxies: [],
          routes: { ...routes, proxy: proxy.id },
          clusters: { ...clusters, proxy: proxy.id },
        };
        views.push(tables.view);
        alike.push(tables.view);
      }
    }
    // Duplicated names (the same workload written twice) are one proxy.
    if (!tables.view.proxies.includes(proxy.id)) tables.view.proxies.push(proxy.id);
  }
  return views;
}

/**
 * A short digest of what two tables hold, to find tables that may be equal without comparing every pair: the row
 * counts and the characters of the fields that tell most rows apart. Equal tables have equal digests.
 */
function tablesDigest(routes: RouteTable, clusters: ClusterTable): string {
  let hash = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) hash = Math.imul(hash ^ s.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x0a, 0x01000193);
  };
  for (const r of routes.rows) {
    mix(r.name);
    mix(r.domains);
  }
  for (const c of clusters.rows) mix(c.fqdn);
  return `${routes.rows.length}/${clusters.rows.length}/${hash >>> 0}`;
}

/** Whether two tables have the same rows, field by field, in the same order: what would print the same. */
function sameRows(a: readonly object[], b: readonly object[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Record<string, unknown>;
    const y = b[i] as Record<string, unknown>;
    const keys = Object.keys(x);
    if (keys.length !== Object.keys(y).length) return false;
    for (const k of keys) if (x[k] !== y[k]) return false;
  }
  return true;
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
