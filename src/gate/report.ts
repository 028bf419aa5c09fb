// The Report with its findings judged: statuses, what was fixed, the baseline's unused entries, the gating counts.
import type { Baseline } from "../baseline/types.js";
import type { Finding, Severity } from "../findings.js";
import type { Report } from "../report/types.js";
import { judgeFindings, type JudgeOptions } from "./judge.js";

export interface JudgedReport {
  report: Report;
  /** The findings that count toward fail-on. */
  gating: Finding[];
}

function bySeverity(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return { errors: n("error"), warnings: n("warning"), infos: n("info") };
}

/** `summary.errors/warnings/infos` keep counting every finding in the head; `summary.gating` counts what gates. */
export function judgeReport(report: Report, options: JudgeOptions & { baseline?: Baseline }): JudgedReport {
  const j = judgeFindings(report.findings, options);
  const count = (status: Finding["status"]) => j.findings.filter((f) => f.status === status).length;
  const judged: Report = {
    ...report,
    summary: { ...report.summary, gating: bySeverity(j.gating) },
    findings: j.findings,
    gate: {
      mode: j.mode,
      compared: options.base !== undefined,
      new: count("new"),
      existing: count("existing"),
      accepted: count("accepted"),
      fixed: j.fixed?.length ?? 0,
    },
    ...(j.fixed ? { fixed: j.fixed } : {}),
    ...(options.baseline
      ? { baseline: { file: options.baseline.file, accepted: count("accepted"), stale: j.stale ?? [] } }
      : {}),
  };
  return { report: judged, gating: j.gating };
}
