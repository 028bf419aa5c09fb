// Public API of the route simulator: what `istioctl proxy-config route|cluster` would print for a sidecar.
export type { ClusterRow, ClusterTable, ProxyView, RouteOptions, RouteRow, RouteTable, TableDiff } from "./types.js";
export { buildRouteTable } from "./route-table.js";
export { buildClusterTable } from "./cluster-table.js";
export { renderClusterTable, renderRouteTable } from "./render.js";
export { diffClusterTables, diffRouteTables } from "./diff.js";
export { findWorkload, proxyViews } from "./views.js";
export { routesCommand } from "./command.js";
export { DEFAULT_ISTIO_VERSION, SUPPORTED_ISTIO_VERSIONS } from "./versions.js";
