// The egress picture: a Mermaid flowchart of callers -> external hosts, the calls the sidecar blocks drawn in red.
import { cmp } from "../findings.js";
import type { EgressEdge } from "./types.js";

/** Mermaid parses labels itself; keeping to the characters names and hosts use leaves nothing for it to interpret. */
function label(s: string): string {
  return `"${s.replace(/[^A-Za-z0-9 ._:/*-]/g, "_")}"`;
}

function callerName(from: string): string {
  if (from === "") return "unmapped code";
  return from.includes("/") ? from : `namespace ${from}`;
}

function target(e: EgressEdge): string {
  return e.port === 0 ? e.host : `${e.host}:${e.port}`;
}

export interface EgressGraph {
  /** The flowchart's lines, without the fence; empty when there is no edge. */
  lines: string[];
  shown: number;
  total: number;
}

/** At most `maxEdges` edges: the refused calls first, since those are what a reviewer must see. */
export function egressGraph(edges: readonly EgressEdge[], maxEdges = Number.POSITIVE_INFINITY): EgressGraph {
  const refusedFirst = [...edges].sort((a, b) => Number(a.status === "allowed") - Number(b.status === "allowed"));
  const shown = refusedFirst
    .slice(0, maxEdges)
    .sort((a, b) => cmp(a.from, b.from) || cmp(a.host, b.host) || a.port - b.port);
  if (shown.length === 0) return { lines: [], shown: 0, total: edges.length };

  const callers = [...new Set(shown.map((e) => e.from))].sort(cmp);
  const hosts = [...new Set(shown.map(target))].sort(cmp);
  const callerId = new Map(callers.map((c, i) => [c, `c${i}`]));
  const hostId = new Map(hosts.map((h, i) => [h, `h${i}`]));
  const lines = ["flowchart LR"];
  for (const c of callers) lines.push(`  ${callerId.get(c)}[${label(callerName(c))}]`);
  for (const h of hosts) lines.push(`  ${hostId.get(h)}([${label(h)}])`);
  const red: number[] = [];
  const amber: number[] = [];
  shown.forEach((e, i) => {
    const arrow = e.status === "allowed" ? "-->" : e.status === "blocked" ? "-->|blocked|" : "-.->|would be blocked|";
    lines.push(`  ${callerId.get(e.from)} ${arrow} ${hostId.get(target(e))}`);
    if (e.status === "blocked") red.push(i);
    if (e.status === "would-block") amber.push(i);
  });
  const blockedHosts = hosts.filter((h) => shown.some((e) => e.status === "blocked" && target(e) === h));
  if (red.length) lines.push(`  linkStyle ${red.join(",")} stroke:#cf222e,stroke-width:2px`);
  if (amber.length) lines.push(`  linkStyle ${amber.join(",")} stroke:#bf8700`);
  if (blockedHosts.length) {
    lines.push("  classDef blocked fill:#ffebe9,stroke:#cf222e,color:#82071e");
    lines.push(`  class ${blockedHosts.map((h) => hostId.get(h)).join(",")} blocked`);
  }
  return { lines, shown: shown.length, total: edges.length };
}
