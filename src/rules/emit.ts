// Building findings the same way in every rule: catalog code, policy-dependent severity, annotation suppression.
import type { Finding, Severity } from "../findings.js";
import type { OutboundMode } from "../model/types.js";
import { ruleMeta, type RuleName } from "./catalog.js";

export type FindingFields = Omit<Finding, "rule" | "code" | "severity"> & { severity?: Severity };

export function finding(rule: RuleName, fields: FindingFields): Finding {
  const meta = ruleMeta(rule);
  const { severity, ...rest } = fields;
  const out: Finding = { rule: meta.name, code: meta.code, severity: severity ?? meta.severity, ...rest };
  // Absent and undefined must serialise alike, so that deduplication and JSON output do not depend on how a rule built it.
  for (const key of Object.keys(out) as (keyof Finding)[]) if (out[key] === undefined) delete out[key];
  return out;
}

/** Blocked traffic is an error where the caller runs REGISTRY_ONLY; elsewhere it is what would break on the switch. */
export function severityForMode(mode: OutboundMode): Severity {
  return mode === "REGISTRY_ONLY" ? "error" : "warning";
}

/** An `egress-lint/ignore` annotation or an inline `egress-lint-ignore` comment that names the rule, or `*`. */
export function ignores(ignoredRules: readonly string[] | undefined, rule: RuleName): boolean {
  return (ignoredRules ?? []).some((r) => r === "*" || r === rule);
}

export function seName(se: { namespace: string; name: string }): string {
  return `${se.namespace}/${se.name}`;
}
