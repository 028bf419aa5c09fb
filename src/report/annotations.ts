// Report -> the annotations the action writes to the log. GitHub shows at most 10 error, 10 warning and 10 notice
// annotations of a step and drops the rest unseen, so the step spends them on what matters most: the gate's verdict
// first, then the run's own warnings, then the findings the gate counts, most severe first; the rest are left to the
// job summary, and one notice says how many.
import { type Finding, severityRank } from "../findings.js";
import { repoPath, type ReportLinks } from "./links.js";
import { plural } from "./plural.js";
import type { Report } from "./types.js";

export type AnnotationLevel = "error" | "warning" | "notice";

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  /** Where it points, for a finding; the verdict and the run's warnings point nowhere. */
  properties?: { title: string; file: string; startLine: number; startColumn?: number };
}

export interface AnnotationPlan {
  /** In the order to emit them. */
  annotations: Annotation[];
  /** Findings left out; when there are any, the last annotation is a notice that says so. */
  omitted: number;
}

/** GitHub's limit per level and step. */
export const ANNOTATIONS_PER_LEVEL = 10;

/** The line that fails the step: what the gate counted, against which threshold. */
export function gateVerdict(report: Report, failOn: string): string {
  const g = report.summary.gating ?? report.summary;
  const which = report.gate?.mode === "new" && report.gate.compared ? "new " : "";
  return `egress-lint: ${plural(g.errors, `${which}error`)}, ${plural(g.warnings, `${which}warning`)} at fail-on ${failOn}`;
}

/** Findings the gate does not count (already there under `gate: new`, or accepted by the baseline) are notices. */
function isQuiet(report: Report, f: Finding): boolean {
  return f.status === "accepted" || (f.status === "existing" && report.gate?.mode === "new");
}

function findingAnnotation(report: Report, links: ReportLinks, f: Finding): Annotation {
  const quiet = isQuiet(report, f);
  const why =
    f.status === "existing" ? " (already there)" : f.status === "accepted" ? " (accepted by the baseline)" : "";
  return {
    level: quiet || f.severity === "info" ? "notice" : f.severity,
    message: f.message,
    properties: {
      title: `${f.code} ${f.rule}${why}`,
      file: repoPath(links, f.file),
      startLine: Math.max(1, f.line),
      ...(f.column ? { startColumn: f.column } : {}),
    },
  };
}

function overflowNotice(left: readonly Finding[]): Annotation {
  const by = (s: Finding["severity"]) => left.filter((f) => f.severity === s).length;
  const counts = [plural(by("error"), "error"), plural(by("warning"), "warning"), `${by("info")} info`];
  return {
    level: "notice",
    message: `egress-lint: not annotated, as GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations of each level per step: ${plural(left.length, "more finding")} (${counts.join(", ")}); see the job summary, or the JSON report (the report-file output).`,
  };
}

/**
 * `verdict`: the gate's verdict when it fails the step, an error annotation; `warnings`: the run's own warnings
 * (an unreadable base, a comment that could not be posted), which say why part of the output is missing.
 */
export function planAnnotations(
  report: Report,
  links: ReportLinks,
  run: { verdict?: string; warnings?: readonly string[] } = {},
): AnnotationPlan {
  const head: Annotation[] = [
    ...(run.verdict ? [{ level: "error" as const, message: run.verdict }] : []),
    ...(run.warnings ?? []).map((message) => ({ level: "warning" as const, message })),
  ];
  // Counted findings before the rest, then by severity; the report's own order breaks ties (the sort is stable).
  const ranked = [...report.findings].sort(
    (a, b) =>
      Number(isQuiet(report, a)) - Number(isQuiet(report, b)) || severityRank(a.severity) - severityRank(b.severity),
  );
  const pick = (noticeRoom: number) => {
    const room: Record<AnnotationLevel, number> = {
      error: ANNOTATIONS_PER_LEVEL,
      warning: ANNOTATIONS_PER_LEVEL,
      notice: noticeRoom,
    };
    for (const a of head) room[a.level]--;
    const kept: Annotation[] = [];
    const left: Finding[] = [];
    for (const f of ranked) {
      const a = findingAnnotation(report, links, f);
      if (room[a.level] > 0) {
        room[a.level]--;
        kept.push(a);
      } else left.push(f);
    }
    return { kept, left };
  };
  let { kept, left } = pick(ANNOTATIONS_PER_LEVEL);
  // The notice that tells of the rest takes a notice's place, which may leave one more finding out.
  if (left.length) ({ kept, left } = pick(ANNOTATIONS_PER_LEVEL - 1));
  return {
    annotations: [...head, ...kept, ...(left.length ? [overflowNotice(left)] : [])],
    omitted: left.length,
  };
}
