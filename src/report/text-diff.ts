// The route- and cluster-table diff in the terminal report: the markdown's diff groups, indented instead of fenced.
import {
  CLUSTER_HEADER,
  clusterCells,
  diffCounts,
  groupDiffs,
  proxyList,
  ROUTE_HEADER,
  routeCells,
  type DiffGroup,
} from "./diff-render.js";
import type { Report } from "./types.js";

function groupsText(title: string, groups: readonly DiffGroup[]): string[] {
  if (groups.length === 0) return [];
  const workloads = new Set(groups.flatMap((g) => g.proxies)).size;
  const out = [`${title} against the base (${workloads} workload${workloads === 1 ? "" : "s"}):`];
  for (const g of groups) {
    out.push(`  ${proxyList(g.proxies)}: ${diffCounts(g)}`);
    if (g.proxies.length > 3) out.push(`    workloads: ${g.proxies.join(", ")}`);
    out.push(...g.lines.map((l) => `    ${l}`));
  }
  return [...out, ""];
}

/** Nothing without a base; with one, each changed table's rows, or a line saying none changed. */
export function tableDiffText(report: Report): string[] {
  if (report.routeDiff === undefined && report.clusterDiff === undefined) return [];
  const routes = groupDiffs(report.routeDiff ?? [], ROUTE_HEADER, routeCells);
  const clusters = groupDiffs(report.clusterDiff ?? [], CLUSTER_HEADER, clusterCells);
  if (routes.length === 0 && clusters.length === 0)
    return ["Route and cluster tables: no changes against the base", ""];
  return [...groupsText("Route table changes", routes), ...groupsText("Cluster table changes", clusters)];
}
