// istioctl's text output: Go text/tabwriter (minwidth 0, tabwidth 8, padding 5, pad with spaces, no flags). Every
// cell but the last is padded to the widest cell of its column plus 5, so rows with an empty last cell keep
// trailing spaces.
import type { ClusterTable, RouteTable } from "./types.js";

const PADDING = 5;

export function tabwrite(lines: string[][]): string {
  const widths: number[] = [];
  for (const cells of lines) {
    cells.slice(0, -1).forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, [...c].length);
    });
  }
  return lines
    .map(
      (cells) =>
        `${cells.map((c, i) => (i === cells.length - 1 ? c : c + " ".repeat(widths[i]! + PADDING - [...c].length))).join("")}\n`,
    )
    .join("");
}

export function renderRouteTable(t: RouteTable): string {
  return tabwrite([
    ["NAME", "VHOST NAME", "DOMAINS", "MATCH", "VIRTUAL SERVICE"],
    ...t.rows.map((r) => [r.name, r.vhost, r.domains, r.match, r.virtualService]),
  ]);
}

export function renderClusterTable(t: ClusterTable): string {
  return tabwrite([
    ["SERVICE FQDN", "PORT", "SUBSET", "DIRECTION", "TYPE", "DESTINATION RULE"],
    ...t.rows.map((r) => [r.fqdn, r.port, r.subset, r.direction, r.type, r.destinationRule]),
  ]);
}
