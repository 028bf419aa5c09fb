// `egress-lint routes --base-ref/--base-dir`: how one proxy's route (or cluster) table changed against the base.
import type { EgressModel } from "../model/types.js";
import {
  CLUSTER_HEADER,
  clusterCells,
  diffCounts,
  groupDiffs,
  ROUTE_HEADER,
  routeCells,
} from "../report/diff-render.js";
import { plainLine } from "../report/plain.js";
import {
  buildClusterTable,
  buildRouteTable,
  diffClusterTables,
  diffRouteTables,
  findWorkload,
  type RouteOptions,
  type TableDiff,
} from "../routes/index.js";

export interface RoutesDiffArgs {
  proxy: string;
  clusters: boolean;
  format: "text" | "json";
  options: RouteOptions;
}

function text<R>(diff: TableDiff<R>, header: readonly string[], cells: (r: R) => string[], what: string): string {
  const [group] = groupDiffs([diff], header, cells);
  if (!group) return `${what} of ${diff.proxy}: no changes against the base\n`;
  // Names come from the repository: each line stays one line a terminal cannot act on.
  return `${[`${what} of ${diff.proxy} against the base: ${diffCounts(group)}`, ...group.lines].map(plainLine).join("\n")}\n`;
}

/** A proxy the base does not have is all new: every row of its table is added. */
export function routesDiff(
  base: EgressModel,
  head: EgressModel,
  args: RoutesDiffArgs,
): { output: string } | { error: string } {
  const h = findWorkload(head, args.proxy);
  if ("error" in h) return h;
  const b = findWorkload(base, args.proxy);
  const inBase = "error" in b ? undefined : b;
  if (args.clusters) {
    const diff = diffClusterTables(
      inBase && buildClusterTable(base, inBase, args.options),
      buildClusterTable(head, h, args.options),
    );
    return {
      output:
        args.format === "json"
          ? `${JSON.stringify(diff, null, 2)}\n`
          : text(diff, CLUSTER_HEADER, clusterCells, "Cluster table"),
    };
  }
  const diff = diffRouteTables(
    inBase && buildRouteTable(base, inBase, args.options),
    buildRouteTable(head, h, args.options),
  );
  return {
    output:
      args.format === "json"
        ? `${JSON.stringify(diff, null, 2)}\n`
        : text(diff, ROUTE_HEADER, routeCells, "Route table"),
  };
}
