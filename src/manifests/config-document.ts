// A configuration file the user writes (the allowlist, a baseline): one YAML document, no key written twice, checked
// against its JSON Schema. Problems come back as one ConfigFileError with the file, line and field.
import type { ErrorObject, ValidateFunction } from "ajv";
import { RULES } from "../rules/catalog.js";
import { nearMiss } from "../rules/near-miss.js";
import { DEFAULT_YAML_LIMITS, lineOf, parseYamlFile } from "./parse-yaml.js";
import { fieldName, errorPath, type ConfigFileError, type FieldPath } from "./schema-errors.js";

export interface ConfigDocument {
  /** The document, valid against the schema. */
  value: unknown;
  /** The line of a field, for errors and locations found after the schema. */
  at: (path: FieldPath) => number;
  /** An error at a field of this file. */
  fail: (path: FieldPath, message: string) => { error: ConfigFileError };
}

export interface ConfigSchema {
  validate: ValidateFunction;
  /** The schema error in this file's words. */
  describe: (e: ErrorObject) => string;
  /** What an empty file lacks, reported at `version`. */
  whenEmpty: string;
}

export function readConfigDocument(
  file: { path: string; text: string },
  schema: ConfigSchema,
): ConfigDocument | { error: ConfigFileError } {
  const failAt = (line: number, path: FieldPath, message: string) => ({
    error: { file: file.path, line, field: fieldName(path), message },
  });
  // The manifest parser keeps the last of two equal keys, as kubectl does; here that would drop what the user wrote.
  const parsed = parseYamlFile(file.text, { ...DEFAULT_YAML_LIMITS, uniqueKeys: true });
  const problem = parsed.problems[0];
  if (problem) return failAt(problem.line, [], `not valid YAML: ${problem.message}`);
  if (parsed.documents.length > 1)
    return failAt(parsed.documents[1]!.line, [], "expected one YAML document, found several");
  const doc = parsed.documents[0];
  if (!doc) return failAt(1, ["version"], schema.whenEmpty);
  const at = (path: FieldPath) => lineOf(doc.lines, path, doc.line);
  const { validate } = schema;
  if (!validate(doc.value)) {
    const err = validate.errors![0]!;
    const path = errorPath(err, { withMissingProperty: true });
    return failAt(at(path), path, schema.describe(err));
  }
  return { value: doc.value, at, fail: (path, message) => failAt(at(path), path, message) };
}

/** For a rule name no rule has: what is wrong, and the nearest name when there is one. */
export function unknownRuleMessage(name: string): string {
  const guess = nearMiss(
    name,
    RULES.map((r) => r.name),
  );
  return `unknown rule ${JSON.stringify(name)}${guess ? ` (did you mean "${guess}"?)` : ""}`;
}
