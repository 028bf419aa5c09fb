// Route- and cluster-table diffs in istioctl's own layout, one diff per group of workloads whose diffs are identical.
import { cmp } from "../findings.js";
import type { ClusterRow, RouteRow, TableDiff } from "../routes/index.js";

export const ROUTE_HEADER = ["NAME", "VHOST NAME", "DOMAINS", "MATCH", "VIRTUAL SERVICE"] as const;
export const CLUSTER_HEADER = ["SERVICE FQDN", "PORT", "SUBSET", "DIRECTION", "TYPE", "DESTINATION RULE"] as const;

export function routeCells(r: RouteRow): string[] {
  return [r.name, r.vhost, r.domains, r.match, r.virtualService];
}

export function clusterCells(c: ClusterRow): string[] {
  return [c.fqdn, c.port, c.subset, c.direction, c.type, c.destinationRule];
}

/**
 * istioctl prints with Go's tabwriter (padding 5): every column but the last is as wide as its widest cell plus
 * five spaces. Trailing spaces are dropped: they carry nothing and would make diffs noisy.
 */
export function tabulate(rows: readonly (readonly string[])[], padding = 5): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]! + padding)))
      .join("")
      .trimEnd(),
  );
}

export interface DiffGroup {
  /** Sorted; every workload whose table changed exactly like this. */
  proxies: string[];
  /** The header as a context line, then `-` rows (only in the base) and `+` rows (only in the head). */
  lines: string[];
  added: number;
  removed: number;
}

export function groupDiffs<R>(
  diffs: readonly TableDiff<R>[],
  header: readonly string[],
  cells: (row: R) => string[],
): DiffGroup[] {
  type Group = { proxies: string[]; removed: string[][]; added: string[][] };
  const groups = new Map<string, Group>();
  for (const d of diffs) {
    if (d.added.length === 0 && d.removed.length === 0) continue;
    const removed = d.removed.map(cells);
    const added = d.added.map(cells);
    const key = JSON.stringify([removed, added]);
    const group: Group = groups.get(key) ?? { proxies: [], removed, added };
    group.proxies.push(d.proxy);
    groups.set(key, group);
  }
  const out = [...groups.values()].map((g) => {
    const [head, ...rows] = tabulate([header, ...g.removed, ...g.added]);
    const lines = [`  ${head}`, ...rows.map((row, i) => `${i < g.removed.length ? "-" : "+"} ${row}`)];
    return { proxies: [...g.proxies].sort(cmp), lines, added: g.added.length, removed: g.removed.length };
  });
  return out.sort((a, b) => cmp(a.proxies[0]!, b.proxies[0]!));
}

/** "2 added, 1 removed", leaving out a zero. */
export function diffCounts(g: Pick<DiffGroup, "added" | "removed">): string {
  return [g.added ? `${g.added} added` : "", g.removed ? `${g.removed} removed` : ""].filter(Boolean).join(", ");
}

/** "default/curl", "default/curl and default/httpbin", "default/curl, default/httpbin and 2 more". */
export function proxyList(proxies: readonly string[], shown = 2): string {
  if (proxies.length <= shown + 1) {
    return proxies.length <= 1
      ? (proxies[0] ?? "")
      : `${proxies.slice(0, -1).join(", ")} and ${proxies[proxies.length - 1]}`;
  }
  return `${proxies.slice(0, shown).join(", ")} and ${proxies.length - shown} more`;
}
