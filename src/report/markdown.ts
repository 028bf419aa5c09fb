// Report -> markdown: the pull-request comment (held under GitHub's size limit) and the job summary (everything).
import { fitSections, type Section } from "./budget.js";
import { mdCode, mdText } from "./escape.js";
import type { ReportLinks } from "./links.js";
import {
  clusterDiffSection,
  egressSection,
  findingsSection,
  hostsSection,
  routeDiffSection,
} from "./markdown-sections.js";
import { plural } from "./plural.js";
import {
  countedFindings,
  isJudged,
  judgedCounts,
  judgedFindingsSections,
  suggestionsSection,
} from "./markdown-judged.js";
import { notJudgedSection } from "./markdown-not-judged.js";
import { storyLines } from "./markdown-story.js";
import type { Report } from "./types.js";

/** GitHub refuses comment bodies over 65,536 characters; the rest is room for the marker the publisher adds. */
export const COMMENT_BUDGET = 65_000;
/** A step's job summary may hold 1 MiB; characters outside ASCII take more than one byte. */
export const SUMMARY_BUDGET = 500_000;
/** More edges than this make an unreadable graph in a comment; the summary draws all of them. */
const COMMENT_GRAPH_EDGES = 60;
/** The comment lists the first of the references it did not judge; the summary lists them all. */
const COMMENT_NOT_JUDGED_ROWS = 20;

/** The one-line verdict a reviewer reads first. */
export function verdictLine(report: Report): string {
  const s = report.summary;
  const plain = {
    icon: s.errors ? "❌" : s.warnings ? "⚠️" : "✅",
    counts: `**${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}${s.infos ? `, ${s.infos} info` : ""}**`,
  };
  // Judged against a base or a baseline, the verdict is what the gate counts.
  const { icon, counts } = isJudged(report) ? judgedCounts(report) : plain;
  const blocked = new Set((report.egress ?? []).filter((e) => e.status === "blocked").map((e) => `${e.host}:${e.port}`))
    .size;
  const calls = blocked ? ` · the sidecar would refuse calls to ${plural(blocked, "host")}` : "";
  const scope =
    report.scan.scope === "changed" ? ` · sources: only the ${plural(report.scan.files, "changed file")}` : "";
  return `${icon} ${counts}${calls} · ${tableChanges(report)}${scope}`;
}

function tableChanges(report: Report): string {
  if (report.routeDiff === undefined && report.clusterDiff === undefined)
    return "route tables not compared (no base commit)";
  const routes = report.routeDiff?.length ?? 0;
  const clusters = report.clusterDiff?.length ?? 0;
  if (routes === 0 && clusters === 0) return "no route or cluster table changes";
  const parts = [
    routes ? `route tables of ${plural(routes, "workload")}` : "",
    clusters ? `cluster tables of ${plural(clusters, "workload")}` : "",
  ];
  return `${parts.filter(Boolean).join(" and ")} change`;
}

/** The route and cluster diffs, under a heading of their own, before the suggestions: what the change does. */
function tableChangeSections(report: Report, elsewhere: string): Section[] {
  const routes = routeDiffSection(report, elsewhere);
  const clusters = clusterDiffSection(report, elsewhere);
  if (routes.blocks.length === 0 && clusters.blocks.length === 0) return [];
  return [{ ...routes, head: `#### Route and cluster table changes\n\n${routes.head}` }, clusters];
}

function findingsSections(report: Report, links: ReportLinks, elsewhere: string): Section[] {
  return isJudged(report)
    ? judgedFindingsSections(report, links, elsewhere)
    : [findingsSection(report, links, elsewhere)];
}

/**
 * True when a reviewer has something to look at: a finding or a changed table. Once judged, only findings the gate
 * counts and fixed ones are news: debt the change did not touch must not bring a comment to every pull request.
 */
export function hasNews(report: Report): boolean {
  const findings = isJudged(report) ? countedFindings(report) + (report.fixed?.length ?? 0) : report.findings.length;
  return findings > 0 || Boolean(report.routeDiff?.length) || Boolean(report.clusterDiff?.length);
}

function footer(report: Report, links: ReportLinks): string {
  const head = links.headSha ? ` · head ${mdCode(links.headSha.slice(0, 7))}` : "";
  const full = links.fullReportUrl ? ` · [full report](${links.fullReportUrl})` : "";
  return `<sub>egress-lint ${mdText(report.version)}${head}${full}</sub>\n`;
}

function assemble(fixedHead: string, sections: Section[], fixedTail: string, budget: number): string {
  const fitted = fitSections(sections, budget - fixedHead.length - fixedTail.length);
  return fixedHead + fitted.join("") + fixedTail;
}

/** The sticky comment's body (without its marker), at most `budget` characters. */
export function renderComment(report: Report, links: ReportLinks, budget = COMMENT_BUDGET): string {
  const elsewhere = links.fullReportUrl
    ? `the full report is in the job summary of [this run](${links.fullReportUrl})`
    : "the full report is in the job summary";
  const sections = [
    ...findingsSections(report, links, elsewhere),
    ...tableChangeSections(report, elsewhere),
    suggestionsSection(report, "introduced"),
    egressSection(report, COMMENT_GRAPH_EDGES, true),
    notJudgedSection(report, links, COMMENT_NOT_JUDGED_ROWS),
  ];
  const head = `### egress-lint\n\n${verdictLine(report)}\n\n${storyLines(report, links)}`;
  return assemble(head, sections, footer(report, links), budget);
}

/** The job summary (and `--format markdown`): the comment's parts without the graph's cap, plus the hosts. */
export function renderSummary(report: Report, links: ReportLinks, budget = SUMMARY_BUDGET): string {
  const elsewhere = "the JSON report (the `report-file` output, or `--format json`) has everything";
  const mesh = report.meshPolicy;
  const where = mesh.source
    ? ` (${mdText(mesh.sourceKind)} at ${mdCode(`${mesh.source.file}:${mesh.source.line}`)})`
    : " (Istio's default)";
  const others = (mesh.otherSources ?? [])
    .map((o) => `${mdText(o.mode)} by ${mdText(o.kind)} at ${mdCode(`${o.file}:${o.line}`)}`)
    .join(", ");
  const also = others ? ` It wins because ${mdText(mesh.why ?? "")}; also set: ${others}.` : "";
  const head = `## egress-lint\n\n${verdictLine(report)}\n\n${storyLines(report, links)}Mesh outbound policy: **${mdText(mesh.mode)}**${where}${also ? `.${also}` : ""}\n\n`;
  const sections = [
    ...findingsSections(report, links, elsewhere),
    ...tableChangeSections(report, elsewhere),
    suggestionsSection(report, "all"),
    egressSection(report),
    hostsSection(report, links),
    notJudgedSection(report, links),
  ];
  return assemble(head, sections, footer(report, links), budget);
}
