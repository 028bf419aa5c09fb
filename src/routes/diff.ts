// Rows a change adds to or removes from one proxy's table. Rows are compared as whole lines and counted, so a
// route config that gains a second identical row (PERMISSIVE inbound chains) shows one added row; rows keep their
// table order, which groups them by route config.
import type { ClusterRow, ClusterTable, RouteRow, RouteTable, TableDiff } from "./types.js";

function diffRows<R extends object>(base: readonly R[], head: readonly R[]): { added: R[]; removed: R[] } {
  const baseKeys = base.map((r) => JSON.stringify(Object.values(r)));
  const headKeys = head.map((r) => JSON.stringify(Object.values(r)));
  const count = (keys: readonly string[]) => {
    const m = new Map<string, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const only = (rows: readonly R[], keys: readonly string[], left: Map<string, number>) =>
    rows.filter((_, i) => {
      const n = left.get(keys[i]!) ?? 0;
      if (n > 0) left.set(keys[i]!, n - 1);
      return n === 0;
    });
  return { added: only(head, headKeys, count(baseKeys)), removed: only(base, baseKeys, count(headKeys)) };
}

function diffTables<R extends object>(
  base: { proxy: string; rows: R[] } | undefined,
  head: { proxy: string; rows: R[] } | undefined,
): TableDiff<R> {
  return { proxy: head?.proxy ?? base?.proxy ?? "", ...diffRows(base?.rows ?? [], head?.rows ?? []) };
}

export function diffRouteTables(base: RouteTable | undefined, head: RouteTable | undefined): TableDiff<RouteRow> {
  return diffTables(base, head);
}

export function diffClusterTables(
  base: ClusterTable | undefined,
  head: ClusterTable | undefined,
): TableDiff<ClusterRow> {
  return diffTables(base, head);
}
