// The baseline file: YAML text -> a checked Baseline, or one error that names the file, line and field.
import type { ErrorObject } from "ajv";
import { isRuleName } from "../rules/catalog.js";
import type { Baseline, BaselineEntry } from "./types.js";
import { readConfigDocument, unknownRuleMessage } from "../manifests/config-document.js";
import { baseline } from "../manifests/config-validators.generated.js";
import { describeSchemaError, type ConfigFileError } from "../manifests/schema-errors.js";
import type { FindingIdentity } from "../gate/identity.js";

/** What makes the file unusable, with the line and field. */
export type BaselineError = ConfigFileError;

export type BaselineResult = { baseline: Baseline } | { error: BaselineError };

/** An entry as written: a finding's identity, how many times it may occur, and why it was accepted. */
interface RawEntry extends FindingIdentity {
  count?: number;
  reason?: string;
}

/** Pure: the caller reads the file. A malformed baseline is a configuration error, never silently ignored. */
export function loadBaseline(file: { path: string; text: string }): BaselineResult {
  const read = readConfigDocument(file, {
    // Checked against the JSON Schema meta-schema by a test; compiled ahead of time (scripts/validators.mjs).
    validate: baseline,
    describe,
    whenEmpty: "the file is empty; it needs `version: 1` and `findings:`",
  });
  if ("error" in read) return read;
  const { at, fail } = read;
  const raw = (read.value as { findings: RawEntry[] }).findings;
  const entries: BaselineEntry[] = [];
  for (const [i, e] of raw.entries()) {
    if (!isRuleName(e.rule)) return fail(["findings", i, "rule"], unknownRuleMessage(e.rule));
    entries.push({
      rule: e.rule,
      file: e.file,
      ...(e.host !== undefined ? { host: e.host.toLowerCase() } : {}),
      ...(e.port !== undefined ? { port: e.port } : {}),
      ...(e.namespace !== undefined ? { namespace: e.namespace } : {}),
      ...(e.workload !== undefined ? { workload: e.workload } : {}),
      ...(e.resource !== undefined ? { resource: e.resource } : {}),
      count: e.count ?? 1,
      ...(e.reason !== undefined ? { reason: e.reason } : {}),
      line: at(["findings", i]),
    });
  }
  return { baseline: { file: file.path, entries } };
}

/** The baseline's own wording for patterns and counts; the rest is common to every schema. */
function describe(e: ErrorObject): string {
  return describeSchemaError(e, (err) => {
    if (err.keyword === "pattern")
      return err.instancePath.endsWith("/rule")
        ? "must be a rule name such as unregistered-host"
        : "must be a path relative to the linted directory";
    if (err.keyword === "minimum") return `must be at least ${(err.params as { limit: number }).limit}`;
    return undefined;
  });
}
