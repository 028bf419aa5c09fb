// The findings part of the terminal report: one list, or, once compared with a base or a baseline, grouped by status.
import { plural } from "./plural.js";
import type { StaleBaselineEntry } from "../baseline/types.js";
import type { Finding } from "../findings.js";
import { columns, where } from "./text-layout.js";
import type { Report } from "./types.js";

function rows(findings: readonly Finding[]): string[] {
  return columns(findings.map((f) => [f.severity, f.code, f.rule, where(f), f.message]));
}

/** True when the findings carry statuses: the report then separates new, existing, accepted and fixed ones. */
export function isJudged(report: Report): boolean {
  return Boolean(report.gate?.compared || report.baseline);
}

export function staleEntryText(e: StaleBaselineEntry): string {
  const target = e.host ? ` ${e.host}${e.port !== undefined ? `:${e.port}` : ""}` : e.resource ? ` ${e.resource}` : "";
  const who = e.namespace ? ` (${e.namespace}${e.workload ? `/${e.workload}` : ""})` : "";
  const unused = e.matched === 0 ? "matches nothing" : `matches ${e.matched} of ${e.count}`;
  return `${e.rule}${target}${who} in ${e.file}: ${unused}`;
}

export function findingsText(report: Report): string[] {
  const s = report.summary;
  const counts = `${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${s.infos} info`;
  if (!isJudged(report)) return [`Findings: ${counts}`, ...rows(report.findings)];
  const g = s.gating ?? { errors: 0, warnings: 0, infos: 0 };
  const mode = report.gate?.mode ?? "all";
  const out = [
    `Findings: ${counts}; the gate (${mode}) counts ${plural(g.errors, "error")}, ${plural(g.warnings, "warning")}`,
  ];
  const group = (title: string, list: readonly Finding[]) => {
    if (list.length) out.push(`${title} (${list.length}):`, ...rows(list).map((l) => `  ${l}`));
  };
  const by = (status: Finding["status"]) => report.findings.filter((f) => f.status === status);
  if (report.gate?.compared) {
    group("Introduced by this change", by("new"));
    group(`Already there${mode === "new" ? ", not counted" : ""}`, by("existing"));
  } else group("Findings", by(undefined));
  if (report.baseline) group(`Accepted by the baseline ${report.baseline.file}, not counted`, by("accepted"));
  if (report.fixed?.length) group("Fixed by this change", report.fixed);
  const stale = report.baseline?.stale ?? [];
  if (stale.length)
    out.push(
      `Baseline entries to remove from ${report.baseline!.file} (${stale.length}):`,
      ...stale.map((e) => `    ${report.baseline!.file}:${e.line}  ${staleEntryText(e)}`),
    );
  return out;
}

/** A pointer to `egress-lint suggest` when there is something to suggest. */
export function suggestionsText(report: Report): string[] {
  const list = report.suggestions ?? [];
  if (list.length === 0) return [];
  const entries = list.filter((x) => x.kind === "ServiceEntry").length;
  const changes = list.length - entries;
  const parts = [
    entries ? `${entries} ServiceEntr${entries === 1 ? "y" : "ies"} to add` : "",
    changes ? `${plural(changes, "change")} to existing resources` : "",
  ].filter(Boolean);
  return ["", `Suggested fixes: ${parts.join(" and ")}; print them with \`egress-lint suggest\`.`];
}
