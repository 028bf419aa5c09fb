// `egress-lint routes`: one proxy's simulated `istioctl pc route` (or, with clusters, `istioctl pc cluster`).
import type { EgressModel } from "../model/types.js";
import { buildClusterTable } from "./cluster-table.js";
import { renderClusterTable, renderRouteTable } from "./render.js";
import { buildRouteTable } from "./route-table.js";
import type { RouteOptions } from "./types.js";
import { normalizeIstioVersion, versionError } from "./versions.js";
import { findWorkload } from "./views.js";

export interface RoutesCommandArgs {
  proxy: string;
  clusters: boolean;
  istioVersion?: string;
  /** The istioctl that would print the table, when it differs from the control plane. */
  istioctlVersion?: string;
  format: "text" | "json";
}

export function routesCommand(model: EgressModel, args: RoutesCommandArgs): { output: string } | { error: string } {
  const options: RouteOptions = {};
  for (const key of ["istioVersion", "istioctlVersion"] as const) {
    const v = args[key];
    if (v === undefined) continue;
    const normalized = normalizeIstioVersion(v);
    if (!normalized) return { error: versionError(v) };
    options[key] = normalized;
  }
  const w = findWorkload(model, args.proxy);
  if ("error" in w) return w;
  if (args.clusters) {
    const table = buildClusterTable(model, w, options);
    return { output: args.format === "json" ? `${JSON.stringify(table, null, 2)}\n` : renderClusterTable(table) };
  }
  const table = buildRouteTable(model, w, options);
  return { output: args.format === "json" ? `${JSON.stringify(table, null, 2)}\n` : renderRouteTable(table) };
}
