// Distinct sidecar views: injected workloads whose route and cluster tables are identical share one entry.
import { cmp } from "../findings.js";
import type { EgressModel, Workload } from "../model/types.js";
import { buildClusterTable } from "./cluster-table.js";
import { buildRouteTable } from "./route-table.js";
import type { ProxyView, RouteOptions } from "./types.js";

const id = (w: Workload) => `${w.namespace}/${w.name}`;

export function proxyViews(model: EgressModel, options?: RouteOptions): ProxyView[] {
  const workloads = model.workloads.filter((w) => w.injected).sort((a, b) => cmp(id(a), id(b)));
  const views = new Map<string, ProxyView>();
  for (const w of workloads) {
    const routes = buildRouteTable(model, w, options);
    const clusters = buildClusterTable(model, w, options);
    const key = JSON.stringify([routes.rows, clusters.rows]);
    const seen = views.get(key);
    // Duplicated names (the same workload written twice) are one proxy.
    if (seen) {
      if (!seen.proxies.includes(routes.proxy)) seen.proxies.push(routes.proxy);
    } else {
      views.set(key, { proxy: routes.proxy, proxies: [routes.proxy], routes, clusters });
    }
  }
  return [...views.values()];
}

/** The workload named `namespace/name`, or an error that lists the workloads there are. */
export function findWorkload(model: EgressModel, proxy: string): Workload | { error: string } {
  const hit = model.workloads.find((w) => id(w) === proxy);
  if (hit) return hit;
  const names = [...new Set(model.workloads.map(id))].sort(cmp);
  const list = names.length ? names.join(", ") : "none";
  return { error: `no workload ${proxy}; workloads found: ${list}` };
}
