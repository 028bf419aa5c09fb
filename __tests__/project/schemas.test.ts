// Every schema the tool compiles is valid JSON Schema: checked here once, so runs can skip the meta-schema.
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import allowlist from "../../src/allowlist/allowlist.schema.json" with { type: "json" };
import baseline from "../../src/baseline/baseline.schema.json" with { type: "json" };
import { ISTIO_SPEC_SCHEMAS } from "../../src/manifests/istio-schemas.js";
import report from "../../src/report/report.schema.json" with { type: "json" };

const schemas: [string, object][] = [
  ["allowlist", allowlist],
  ["baseline", baseline],
  ["report", report],
  ...Object.entries(ISTIO_SPEC_SCHEMAS),
];

describe("the schemas", () => {
  it.each(schemas)("%s is valid against the JSON Schema meta-schema", (_, schema) => {
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema(schema), ajv.errorsText(ajv.errors)).toBe(true);
  });

  it("rejects what the meta-schema rejects, so the check above can fail", () => {
    expect(new Ajv({ strict: false }).validateSchema({ type: "object", required: "host" })).toBe(false);
  });
});
