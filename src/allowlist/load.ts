// The allowlist file: YAML text -> a checked Allowlist, or one error that names the file, line and field.
import type { ErrorObject } from "ajv";
import { braceAlternatives, MAX_BRACE_ALTERNATIVES } from "./globs.js";
import type { Allowlist, AllowlistHost, WorkloadMapping } from "./types.js";
import { isRuleName } from "../rules/catalog.js";
import { readConfigDocument, unknownRuleMessage } from "../manifests/config-document.js";
import { allowlist } from "../manifests/config-validators.generated.js";
import { describeSchemaError, type ConfigFileError, type FieldPath } from "../manifests/schema-errors.js";

/** What makes the file unusable, with the line and field. */
export type AllowlistError = ConfigFileError;

export type AllowlistResult = { allowlist: Allowlist } | { error: AllowlistError };

/** Pure: the caller reads the file; a malformed allowlist is a configuration error, never silently ignored. */
export function loadAllowlist(file: { path: string; text: string }): AllowlistResult {
  const read = readConfigDocument(file, {
    // Checked against the JSON Schema meta-schema by a test; compiled ahead of time (scripts/validators.mjs).
    validate: allowlist,
    describe,
    whenEmpty: "the file is empty; it needs at least `version: 1`",
  });
  if ("error" in read) return read;
  const { at, fail } = read;
  const raw = read.value as RawAllowlist;
  const rules = raw.ignore?.rules ?? [];
  for (const [i, name] of rules.entries()) {
    if (!isRuleName(name)) return fail(["ignore", "rules", i], unknownRuleMessage(name));
  }
  const globs: [FieldPath, string][] = [
    ...(raw.ignore?.paths ?? []).map((g, i): [FieldPath, string] => [["ignore", "paths", i], g]),
    ...(raw.workloads ?? []).flatMap((w, i) =>
      w.paths.map((g, j): [FieldPath, string] => [["workloads", i, "paths", j], g]),
    ),
  ];
  for (const [path, glob] of globs) {
    if (braceAlternatives(glob) > MAX_BRACE_ALTERNATIVES)
      return fail(path, `its braces expand to more than ${MAX_BRACE_ALTERNATIVES} globs; list the paths instead`);
  }
  const hosts: AllowlistHost[] = (raw.hosts ?? []).map((h, i) => ({
    host: h.host.toLowerCase(),
    ...(h.ports ? { ports: h.ports } : {}),
    ...(h.namespaces ? { namespaces: h.namespaces } : {}),
    ...(h.reason !== undefined ? { reason: h.reason } : {}),
    ...(h.owner !== undefined ? { owner: h.owner } : {}),
    loc: { file: file.path, line: at(["hosts", i]) },
  }));
  const workloads: WorkloadMapping[] = (raw.workloads ?? []).map((w, i) => ({
    ...w,
    loc: { file: file.path, line: at(["workloads", i]) },
  }));
  return {
    allowlist: {
      file: file.path,
      version: 1,
      hosts,
      ignore: { hosts: (raw.ignore?.hosts ?? []).map((h) => h.toLowerCase()), paths: raw.ignore?.paths ?? [], rules },
      workloads,
    },
  };
}

interface RawAllowlist {
  version: 1;
  hosts?: { host: string; ports?: number[]; namespaces?: string[]; reason?: string; owner?: string }[];
  ignore?: { hosts?: string[]; paths?: string[]; rules?: string[] };
  workloads?: { paths: string[]; namespace: string; workload: string }[];
}

/** The allowlist's own wording for patterns and port limits; the rest is common to every schema. */
function describe(e: ErrorObject): string {
  return describeSchemaError(e, (err) => {
    if (err.keyword === "pattern")
      return err.schemaPath.includes("hostPattern")
        ? "must be an exact host name or *.suffix"
        : "must be a Kubernetes namespace name";
    if (err.keyword === "minimum" || err.keyword === "maximum") return "must be a port number between 1 and 65535";
    return undefined;
  });
}
