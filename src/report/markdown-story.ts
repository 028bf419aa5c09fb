// The first lines of the comment, in words: which hosts the sidecar would refuse (where the code calls them), which
// route and cluster rows the change adds or removes, and what to do. A reviewer reads these and nothing else.
import { cmp, type Finding } from "../findings.js";
import { REFUSED_CALL_RULES } from "../rules/catalog.js";
import { codeCell, mdCode } from "./escape.js";
import { repoPath, type ReportLinks } from "./links.js";
import { plural } from "./plural.js";
import type { Report } from "./types.js";

/** Enough to name a typical change on the first screen; the findings table has the rest. */
const MAX_CALLERS = 4;
const MAX_HOSTS = 20;
const MAX_ROWS = 4;

export function storyLines(report: Report, links: ReportLinks): string {
  const lines = [
    ...comparedLine(report, links),
    ...blockedLines(report, links),
    ...tableLines(report),
    ...todoLines(report),
  ];
  return lines.length ? `${lines.join("\n")}\n\n` : "";
}

function comparedLine(report: Report, links: ReportLinks): string[] {
  if (!links.baseSha || !links.headSha || report.routeDiff === undefined) return [];
  return [`- Compares head ${mdCode(links.headSha.slice(0, 7))} with base ${mdCode(links.baseSha.slice(0, 7))}`];
}

/**
 * Findings the gate counts (new ones, when compared with a base) that make the sidecar refuse a call: one line per
 * calling workload, each host with where the code calls it.
 */
function blockedLines(report: Report, links: ReportLinks): string[] {
  const compared = report.gate?.compared === true && report.gate.mode === "new";
  const counted = (f: Finding) => f.status !== "accepted" && (!compared || f.status !== "existing");
  const byCaller = new Map<string, Map<string, Finding>>();
  for (const f of report.findings) {
    if (!REFUSED_CALL_RULES.has(f.rule) || f.severity === "info" || !counted(f) || f.host === undefined) continue;
    const caller = `${f.severity}\u0000${f.workload !== undefined ? `${f.namespace}/${f.workload}` : ""}`;
    let hosts = byCaller.get(caller);
    if (!hosts) byCaller.set(caller, (hosts = new Map()));
    const target = f.port === undefined ? f.host : `${f.host}:${f.port}`;
    if (!hosts.has(target)) hosts.set(target, f);
  }
  // A few callers get a line each; more put every host on one line, so the first screen still names them all.
  if (byCaller.size > MAX_CALLERS) return [oneLine(byCaller, links)];
  return [...byCaller].map(([caller, hosts]) => {
    const [severity, who] = caller.split("\u0000") as [string, string];
    const shown = [...hosts]
      .slice(0, MAX_HOSTS)
      .map(([target, f]) => `${codeCell(target)} (${codeCell(`${repoPath(links, f.file)}:${f.line}`)})`);
    const more = hosts.size - shown.length;
    return `- ${verbFor(severity)}${who ? ` for ${mdCode(who)}` : ""}: ${shown.join(", ")}${more > 0 ? `, and ${plural(more, "more host")}` : ""}`;
  });
}

function verbFor(severity: string): string {
  return severity === "error" ? "Refused" : "Would be refused under REGISTRY_ONLY";
}

/** Every refused host once, with its first caller and where it is called. */
function oneLine(byCaller: ReadonlyMap<string, ReadonlyMap<string, Finding>>, links: ReportLinks): string {
  const hosts = new Map<string, Finding>();
  for (const calls of byCaller.values()) for (const [target, f] of calls) if (!hosts.has(target)) hosts.set(target, f);
  const shown = [...hosts].slice(0, MAX_HOSTS).map(([target, f]) => {
    const who = f.workload !== undefined ? `${f.namespace}/${f.workload}, ` : "";
    return `${codeCell(target)} (${codeCell(`${who}${repoPath(links, f.file)}:${f.line}`)})`;
  });
  const more = hosts.size - shown.length;
  const severities = new Set([...byCaller.keys()].map((k) => k.split("\u0000")[0]));
  const verb = severities.size > 1 ? "Refused, or would be under REGISTRY_ONLY" : verbFor([...severities][0] ?? "");
  return `- ${verb}: ${shown.join(", ")}${more > 0 ? `, and ${plural(more, "more host")}` : ""}`;
}

function tableLines(report: Report): string[] {
  const routes = rowChanges(report.routeDiff ?? [], (r) => r.vhost);
  const clusters = rowChanges(report.clusterDiff ?? [], (c) => (c.port === "-" ? c.fqdn : `${c.fqdn}:${c.port}`));
  const out: string[] = [];
  if (routes.length) out.push(`- Route rows: ${describe(routes)}`);
  if (clusters.length) out.push(`- Cluster rows: ${describe(clusters)}`);
  return out;
}

/** `+ httpbin.org:80` and the number of workloads whose table gains (or loses) that row, most widespread first. */
function rowChanges<R>(
  diffs: readonly { proxy: string; added: R[]; removed: R[] }[],
  name: (row: R) => string,
): { change: string; workloads: number }[] {
  const count = new Map<string, Set<string>>();
  const add = (change: string, proxy: string) => {
    let set = count.get(change);
    if (!set) count.set(change, (set = new Set()));
    set.add(proxy);
  };
  for (const d of diffs) {
    for (const r of d.added) add(`+ ${name(r)}`, d.proxy);
    for (const r of d.removed) add(`- ${name(r)}`, d.proxy);
  }
  return [...count]
    .map(([change, set]) => ({ change, workloads: set.size }))
    .sort((a, b) => b.workloads - a.workloads || cmp(a.change, b.change));
}

function describe(changes: readonly { change: string; workloads: number }[]): string {
  const shown = changes.slice(0, MAX_ROWS).map((c) => `${mdCode(c.change)} on ${plural(c.workloads, "workload")}`);
  const more = changes.length - shown.length;
  return `${shown.join(", ")}${more > 0 ? `, and ${plural(more, "more row")}` : ""}`;
}

function todoLines(report: Report): string[] {
  const suggestions = report.suggestions ?? [];
  if (suggestions.length === 0) return [];
  const entries = suggestions.filter((s) => s.kind === "ServiceEntry").length;
  const other = suggestions.length - entries;
  const parts = [
    entries ? `add ${plural(entries, "ServiceEntry", "ServiceEntries")}` : "",
    other ? `change ${plural(other, "resource")}` : "",
  ].filter(Boolean);
  return [`- To fix: ${parts.join(" and ")} (suggested fixes below)`];
}
