// The reachability verdicts behind the report's findings: a suggestion fixes what was reported, nothing suppressed.
import { cmpLocation, type Finding, type FindingStatus } from "../findings.js";
import type { ReachVerdict } from "../model/reachability.js";
import { evaluateReferences, verdictFields, type ReferenceVerdict } from "../rules/reference-checks.js";
import type { RuleContext } from "../rules/types.js";
import type { SuggestionReference } from "./types.js";

export type FixedRule = "unregistered-host" | "wildcard-apex" | "not-exported" | "hidden-by-sidecar";

const RULE_OF: Partial<Record<ReachVerdict, FixedRule>> = {
  unregistered: "unregistered-host",
  "wildcard-apex": "wildcard-apex",
  "not-exported": "not-exported",
  "hidden-by-sidecar": "hidden-by-sidecar",
};

export interface ReportedVerdict extends ReferenceVerdict {
  rule: FixedRule;
  /** The status of the finding the verdict produced. */
  status?: FindingStatus;
}

function findingKey(
  rule: string,
  f: Pick<Finding, "file" | "line" | "column" | "host" | "port" | "namespace" | "workload">,
): string {
  return JSON.stringify([
    rule,
    f.file,
    f.line,
    f.column ?? null,
    f.host ?? null,
    f.port ?? null,
    f.namespace ?? null,
    f.workload ?? null,
  ]);
}

/** Verdicts whose finding is in the report; inline comments, annotations and the allowlist's ignore have had their say. */
export function reportedVerdicts(ctx: RuleContext, findings: readonly Finding[]): ReportedVerdict[] {
  const reported = new Map<string, FindingStatus | undefined>();
  for (const f of findings) reported.set(findingKey(f.rule, f), f.status);
  const out: ReportedVerdict[] = [];
  for (const v of evaluateReferences(ctx)) {
    const rule = RULE_OF[v.reach.verdict];
    if (!rule) continue;
    const key = findingKey(rule, verdictFields(v));
    if (!reported.has(key)) continue;
    const status = reported.get(key);
    out.push({ ...v, rule, ...(status ? { status } : {}) });
  }
  return out;
}

/** `new` if any finding is new; unset if any has no status (nothing was compared); else `existing`, else `accepted`. */
export function strongestStatus(verdicts: readonly ReportedVerdict[]): FindingStatus | undefined {
  if (verdicts.some((v) => v.status === "new")) return "new";
  if (verdicts.some((v) => v.status === undefined)) return undefined;
  return verdicts.some((v) => v.status === "existing") ? "existing" : "accepted";
}

/** Where the verdicts' calls are written, each place once, in file order. */
export function referencesOf(verdicts: readonly ReportedVerdict[]): SuggestionReference[] {
  const seen = new Map<string, SuggestionReference>();
  for (const v of verdicts) seen.set(`${v.ref.file}\n${v.ref.line}`, { file: v.ref.file, line: v.ref.line });
  return [...seen.values()].sort(cmpLocation);
}
