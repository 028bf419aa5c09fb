// Rows a change adds to or removes from one proxy's table. Rows are compared as whole lines and counted, so a
// route config that gains a second identical row (PERMISSIVE inbound chains) shows one added row; rows keep their
// table order, which groups them by route config.
import type { ClusterRow, ClusterTable, RouteRow, RouteTable, TableDiff } from "./types.js";

function diffRows<R extends object>(base: readonly R[], head: readonly R[]): { added: R[]; removed: R[] } {
  const key = (r: R) => JSON.stringify(Object.values(r));
  const count = (rows: readonly R[]) => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
    return m;
  };
  const only = (rows: readonly R[], other: Map<string, number>) => {
    const left = new Map(other);
    return rows.filter((r) => {
      const n = left.get(key(r)) ?? 0;
      if (n > 0) {
        left.set(key(r), n - 1);
        return false;
      }
      return true;
    });
  };
  return { added: only(head, count(base)), removed: only(base, count(head)) };
}

function diffTables<R extends object>(base: { proxy: string; rows: R[] } | undefined, head: { proxy: string; rows: R[] } | undefined): TableDiff<R> {
  return { proxy: head?.proxy ?? base?.proxy ?? "", ...diffRows(base?.rows ?? [], head?.rows ?? []) };
}

export function diffRouteTables(base: RouteTable | undefined, head: RouteTable | undefined): TableDiff<RouteRow> {
  return diffTables(base, head);
}

export function diffClusterTables(base: ClusterTable | undefined, head: ClusterTable | undefined): TableDiff<ClusterRow> {
  return diffTables(base, head);
}
