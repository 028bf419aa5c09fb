// ajv errors -> the field they are about, as a path for line look-ups and as a name users recognise.
import type { ErrorObject } from "ajv";

export type FieldPath = (string | number)[];

/**
 * The instance path of an error, plus the offending key for an unknown field and, when asked, the missing key for
 * a required one (files where a missing key has no line of its own point at its parent either way).
 */
export function errorPath(e: ErrorObject, options: { withMissingProperty?: boolean } = {}): FieldPath {
  const parts: FieldPath = e.instancePath
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (e.keyword === "additionalProperties")
    parts.push(String((e.params as { additionalProperty: string }).additionalProperty));
  if (options.withMissingProperty && e.keyword === "required")
    parts.push(String((e.params as { missingProperty: string }).missingProperty));
  return parts;
}

/** `spec.ports[0].protocol`; a key that is not a plain word is quoted, so a hostile key cannot break the line. */
export function fieldName(path: FieldPath): string {
  return path
    .map((p, i) =>
      typeof p === "number" ? `[${p}]` : !/^[A-Za-z0-9_-]+$/.test(p) ? `[${JSON.stringify(p)}]` : i === 0 ? p : `.${p}`,
    )
    .join("");
}

/** What is wrong, in words: `specific` answers for the keywords whose meaning depends on the file, else the common one. */
export function describeSchemaError(
  e: ErrorObject,
  specific: (e: ErrorObject) => string | undefined = () => undefined,
): string {
  const own = specific(e);
  if (own !== undefined) return own;
  switch (e.keyword) {
    case "additionalProperties":
      return "unknown field";
    case "required":
      return "is required";
    case "const":
      return `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
    case "type":
      return `must be ${(e.params as { type: string }).type}`;
    case "minItems":
    case "minLength":
      return "must not be empty";
    case "uniqueItems":
      return "must not repeat an item";
    default:
      return e.message ?? "is invalid";
  }
}

/** A configuration file the user wrote (allowlist, baseline) that cannot be used: exit 2 with this one line. */
export interface ConfigFileError {
  file: string;
  line: number;
  /** The offending field as `hosts[0].ports[1]`; "" when the file as a whole is wrong. */
  field: string;
  message: string;
}

export function formatConfigError(e: ConfigFileError): string {
  return `${e.file}:${e.line}: ${e.field ? `${e.field}: ` : ""}${e.message}`;
}
