// Findings are the one currency every stage pays in: input problems and rule results alike.
import type { SourceLocation } from "./model/types.js";

export type Severity = "error" | "warning" | "info";

/**
 * Set when findings were compared with a base or a baseline: `new` in the head, `existing` in the base too, or
 * `accepted` by the baseline file. Only what the gate counts fails the check (src/gate/).
 */
export type FindingStatus = "new" | "existing" | "accepted";

export interface Finding {
  rule: string;
  code: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column?: number;
  host?: string;
  port?: number;
  namespace?: string;
  workload?: string;
  /** `Kind namespace/name` of the resource a finding without a host is about: part of its identity across commits. */
  resource?: string;
  status?: FindingStatus;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function severityRank(s: Severity): number {
  return SEVERITY_RANK[s];
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    cmp(a.rule, b.rule) ||
    cmp(a.file, b.file) ||
    a.line - b.line ||
    (a.column ?? 0) - (b.column ?? 0) ||
    cmp(a.host ?? "", b.host ?? "") ||
    (a.port ?? 0) - (b.port ?? 0) ||
    cmp(a.namespace ?? "", b.namespace ?? "") ||
    cmp(a.workload ?? "", b.workload ?? "") ||
    cmp(a.message, b.message)
  );
}

/** Byte-wise comparison, independent of the machine's locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Places in file order: by file, then line. */
export function cmpLocation(
  a: Pick<SourceLocation, "file" | "line">,
  b: Pick<SourceLocation, "file" | "line">,
): number {
  return cmp(a.file, b.file) || a.line - b.line;
}

/** Sorted by (severity, rule, file, line) and deduplicated, as the report contract requires. */
export function normalizeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of [...findings].sort(compareFindings)) {
    const key = JSON.stringify([f.rule, f.file, f.line, f.column, f.host, f.port, f.namespace, f.workload, f.message]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

export function at(loc: SourceLocation): Pick<Finding, "file" | "line" | "column"> {
  return loc.column === undefined
    ? { file: loc.file, line: loc.line }
    : { file: loc.file, line: loc.line, column: loc.column };
}
