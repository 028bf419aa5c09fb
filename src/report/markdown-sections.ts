// The parts of the markdown report, each as a Section that can shrink to fit a character budget.
import type { Finding, Severity } from "../findings.js";
import type { Block, Section } from "./budget.js";
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
import { codeCell, fencedBlock, htmlText, mdCode, mdText, tableCell } from "./escape.js";
import { fileUrl, repoPath, ruleDocsUrl, type ReportLinks } from "./links.js";
import { egressGraph } from "./mermaid.js";
import { plural } from "./plural.js";
import type { Report } from "./types.js";

const SEVERITY_LABEL: Record<Severity, string> = { error: "❌ error", warning: "⚠️ warning", info: "ℹ️ info" };

export const FINDINGS_HEADER = "| Severity | Rule | Where | What to do |\n| --- | --- | --- | --- |\n";

/** One table row; `linked: false` for a path that may not exist at the head (a fixed finding's). */
export function findingRow(f: Finding, links: ReportLinks, linked = true): string {
  const rule = `[${mdCode(f.code)} ${mdText(f.rule)}](${ruleDocsUrl(links, f.rule)})`;
  // Named as the repository names it, like the files in the pull request's diff.
  const at = `${repoPath(links, f.file)}:${f.line}`;
  const url = linked ? fileUrl(links, f.file, f.line) : undefined;
  const where = url ? `[${codeCell(at)}](${url})` : codeCell(at);
  return `| ${SEVERITY_LABEL[f.severity]} | ${tableCell(rule)} | ${where} | ${tableCell(mdText(f.message))} |\n`;
}

/**
 * The table's rows, one per finding, except that findings which differ only in their host (one ServiceEntry's hosts
 * under one DestinationRule) share a row that names every other host; `more` counts the findings of dropped rows.
 */
export function findingRows(
  findings: readonly Finding[],
  links: ReportLinks,
  elsewhere: string,
  linked = true,
): Pick<Block, "lines" | "more"> {
  const lines: string[] = [];
  const counts: number[] = [];
  for (let i = 0; i < findings.length; ) {
    const f = findings[i]!;
    let j = i + 1;
    while (j < findings.length && differsOnlyInHost(f, findings[j]!)) j++;
    const others = [...new Set(findings.slice(i + 1, j).map((o) => o.host!))];
    const row = others.length
      ? { ...f, message: `${f.message} The same for ${plural(others.length, "more host")}: ${others.join(", ")}.` }
      : f;
    lines.push(findingRow(row, links, linked));
    counts.push(j - i);
    i = j;
  }
  return {
    lines,
    more: (n) => {
      const dropped = counts.slice(counts.length - n).reduce((a, b) => a + b, 0);
      return `\n_${plural(dropped, "more finding")} not shown: ${elsewhere}._\n`;
    },
  };
}

function differsOnlyInHost(a: Finding, b: Finding): boolean {
  if (!a.host || !b.host || a.host === b.host) return false;
  const same = (k: keyof Finding) => a[k] === b[k];
  return (
    same("rule") &&
    same("severity") &&
    same("file") &&
    same("line") &&
    same("status") &&
    a.message.split(a.host).join("\u0000") === b.message.split(b.host).join("\u0000")
  );
}

/** `elsewhere` says, in markdown, where what a truncated section left out can be read. */
export function findingsSection(report: Report, links: ReportLinks, elsewhere: string): Section {
  if (report.findings.length === 0) return { head: "No findings.\n\n", blocks: [] };
  return {
    head: "",
    blocks: [{ open: FINDINGS_HEADER, close: "\n", ...findingRows(report.findings, links, elsewhere) }],
  };
}

function diffSection(kind: "Route" | "Cluster", groups: DiffGroup[], elsewhere: string, head = ""): Section {
  return {
    head,
    blocks: groups.map((g) => {
      const fence = fencedBlock("diff", g.lines);
      const counts = diffCounts(g);
      const all = g.proxies.length > 3 ? `Workloads: ${g.proxies.map(mdCode).join(", ")}\n\n` : "";
      return {
        open: `<details><summary>${kind} table of ${htmlText(proxyList(g.proxies))}: ${counts}</summary>\n\n${all}${fence.open}`,
        lines: fence.lines,
        close: `${fence.close}\n</details>\n\n`,
        more: (n) => `… ${plural(n, "more row")}\n`,
      };
    }),
    omitted: (n) => `_${plural(n, "more group")} of ${kind.toLowerCase()}-table changes not shown: ${elsewhere}._\n\n`,
  };
}

export function routeDiffSection(report: Report, elsewhere: string): Section {
  return diffSection("Route", groupDiffs(report.routeDiff ?? [], ROUTE_HEADER, routeCells), elsewhere);
}

export function clusterDiffSection(report: Report, elsewhere: string): Section {
  const groups = groupDiffs(report.clusterDiff ?? [], CLUSTER_HEADER, clusterCells);
  // HTTPS, TLS and TCP egress gets a cluster but no route row: without this part such a change would be invisible.
  const head = groups.length
    ? "Clusters (`istioctl proxy-config cluster`) show every change, including HTTPS, TLS and TCP egress that has no route row:\n\n"
    : "";
  return diffSection("Cluster", groups, elsewhere, head);
}

/** A graph of more calls than this starts closed: it would push everything after it off the screen. */
const OPEN_GRAPH_EDGES = 20;

/** `comment`: the pull-request comment, where a graph with nothing refused is left out. */
export function egressSection(report: Report, maxEdges?: number, comment = false): Section {
  const edges = report.egress ?? [];
  const graph = egressGraph(edges, maxEdges);
  if (graph.shown === 0) return { head: "", blocks: [] };
  const blocked = new Set(edges.filter((e) => e.status === "blocked").map((e) => `${e.host}:${e.port}`)).size;
  if (comment && blocked === 0) return { head: "", blocks: [] };
  const partial = graph.shown < graph.total ? ` (${graph.shown} of ${graph.total} calls, the refused ones first)` : "";
  const fence = fencedBlock("mermaid", graph.lines);
  const open = graph.shown <= OPEN_GRAPH_EDGES ? " open" : "";
  return {
    head: "",
    blocks: [
      {
        open: `<details${open}><summary>Egress: ${plural(blocked, "blocked host")}${partial}</summary>\n\n${fence.open}`,
        lines: fence.lines,
        close: `${fence.close}\n</details>\n\n`,
        atomic: true,
      },
    ],
    omitted: () => "_The egress graph is too large for this comment._\n\n",
  };
}

export function hostsSection(report: Report, links: ReportLinks): Section {
  if (report.hosts.length === 0) return { head: "", blocks: [] };
  const rows = report.hosts.map((h) => {
    const first = h.references[0];
    const url = first && fileUrl(links, first.file, first.line);
    const at = first ? `${repoPath(links, first.file)}:${first.line}` : "";
    const where = first ? (url ? `[${codeCell(at)}](${url})` : codeCell(at)) : "";
    const more = h.references.length > 1 ? ` (+${h.references.length - 1} more)` : "";
    const entries = h.serviceEntries.map(codeCell).join(", ") || "—";
    return `| ${codeCell(h.port ? `${h.host}:${h.port}` : h.host)} | ${h.registered ? "✅ registered" : "❌ not registered"} | ${entries} | ${where}${more} |\n`;
  });
  return {
    head: "#### Hosts the code calls\n\n",
    blocks: [
      { open: "| Host | Status | ServiceEntries | Where |\n| --- | --- | --- | --- |\n", lines: rows, close: "\n" },
    ],
  };
}
