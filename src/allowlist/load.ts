// The allowlist file: YAML text -> a checked Allowlist, or one error that names the file, line and field.
import { Ajv, type ErrorObject } from "ajv";
import { parseAllDocuments } from "yaml";
import { lineOf, parseYamlFile } from "../manifests/parse-yaml.js";
import { isRuleName, RULES } from "../rules/catalog.js";
import { nearMiss } from "../rules/near-miss.js";
import { braceAlternatives, MAX_BRACE_ALTERNATIVES } from "./globs.js";
import schema from "./allowlist.schema.json" with { type: "json" };
import type { Allowlist, AllowlistHost, WorkloadMapping } from "./types.js";
import { describeSchemaError, errorPath, fieldName, onFirstUse, type ConfigFileError, type FieldPath } from "../manifests/schema-errors.js";

/** What makes the file unusable, with the line and field. */
export type AllowlistError = ConfigFileError;

export type AllowlistResult = { allowlist: Allowlist } | { error: AllowlistError };

// Checked against the JSON Schema meta-schema by a test, not on every run.
const validator = onFirstUse(() => new Ajv({ allErrors: false, strict: true, validateSchema: false }).compile(schema));

/** Pure: the caller reads the file; a malformed allowlist is a configuration error, never silently ignored. */
export function loadAllowlist(file: { path: string; text: string }): AllowlistResult {
  const fail = (line: number, field: FieldPath, message: string): AllowlistResult => ({ error: { file: file.path, line, field: fieldName(field), message } });
  const parsed = parseYamlFile(file.text);
  const problem = parsed.problems[0];
  if (problem) return fail(problem.line, [], `not valid YAML: ${problem.message}`);
  const duplicate = firstDuplicateKey(file.text);
  if (duplicate) return fail(duplicate.line, [], duplicate.message);
  if (parsed.documents.length > 1) return fail(parsed.documents[1]!.line, [], "expected one YAML document, found several");
  const doc = parsed.documents[0];
  if (!doc) return fail(1, ["version"], "the file is empty; it needs at least `version: 1`");
  const at = (path: FieldPath) => lineOf(doc.lines, path, doc.line);
  const validate = validator();
  if (!validate(doc.value)) {
    const err = validate.errors![0]!;
    const path = errorPath(err, { withMissingProperty: true });
    return fail(at(path), path, describe(err));
  }
  const raw = doc.value as unknown as RawAllowlist;
  const rules = raw.ignore?.rules ?? [];
  for (const [i, name] of rules.entries()) {
    if (isRuleName(name)) continue;
    const guess = nearMiss(name, RULES.map((r) => r.name));
    return fail(at(["ignore", "rules", i]), ["ignore", "rules", i], `unknown rule ${JSON.stringify(name)}${guess ? ` (did you mean "${guess}"?)` : ""}`);
  }
  const globs: [FieldPath, string][] = [
    ...(raw.ignore?.paths ?? []).map((g, i): [FieldPath, string] => [["ignore", "paths", i], g]),
    ...(raw.workloads ?? []).flatMap((w, i) => w.paths.map((g, j): [FieldPath, string] => [["workloads", i, "paths", j], g])),
  ];
  for (const [path, glob] of globs) {
    if (braceAlternatives(glob) > MAX_BRACE_ALTERNATIVES) return fail(at(path), path, `its braces expand to more than ${MAX_BRACE_ALTERNATIVES} globs; list the paths instead`);
  }
  const hosts: AllowlistHost[] = (raw.hosts ?? []).map((h, i) => ({
    host: h.host.toLowerCase(),
    ...(h.ports ? { ports: h.ports } : {}),
    ...(h.namespaces ? { namespaces: h.namespaces } : {}),
    ...(h.reason !== undefined ? { reason: h.reason } : {}),
    ...(h.owner !== undefined ? { owner: h.owner } : {}),
    loc: { file: file.path, line: at(["hosts", i]) },
  }));
  const workloads: WorkloadMapping[] = (raw.workloads ?? []).map((w, i) => ({ ...w, loc: { file: file.path, line: at(["workloads", i]) } }));
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

/** The manifest parser keeps the last of two equal keys, as kubectl does; in the allowlist that would drop approvals. */
function firstDuplicateKey(text: string): { line: number; message: string } | undefined {
  const docs = parseAllDocuments(text, { uniqueKeys: true, prettyErrors: false });
  for (const doc of Array.isArray(docs) ? docs : []) {
    const err = doc.errors.find((e) => e.code === "DUPLICATE_KEY");
    if (err) return { line: lineAtOffset(text, err.pos[0]), message: err.message.split("\n")[0]!.trim() };
  }
  return undefined;
}

function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === "\n") line++;
  return line;
}

/** The allowlist's own wording for patterns and port limits; the rest is common to every schema. */
function describe(e: ErrorObject): string {
  return describeSchemaError(e, (err) => {
    if (err.keyword === "pattern") return err.schemaPath.includes("hostPattern") ? "must be an exact host name or *.suffix" : "must be a Kubernetes namespace name";
    if (err.keyword === "minimum" || err.keyword === "maximum") return "must be a port number between 1 and 65535";
    return undefined;
  });
}
