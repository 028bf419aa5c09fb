// Reviewed knowledge tables are data: each must validate against its JSON Schema, and name each entry once.
import { Ajv } from "ajv";
import { expect } from "vitest";

/** Fails with Ajv's messages when `table` does not validate against `schema` (strict: the schema itself is checked). */
export function expectValidTable(schema: object, table: unknown, strict = false): void {
  const ajv = new Ajv({ strict, allErrors: true });
  const validate = ajv.compile(schema);
  expect(validate(table), ajv.errorsText(validate.errors)).toBe(true);
}

/** Fails when a key appears twice. */
export function expectUnique(keys: readonly string[]): void {
  const seen = new Set<string>();
  const twice = keys.filter((k) => seen.has(k) || !seen.add(k));
  expect(twice).toEqual([]);
}
