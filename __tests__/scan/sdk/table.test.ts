// The knowledge table is reviewed data: it validates against its schema, every entry says where the default is
// stated, and the lookups built from it are what the detector and the integrator rely on.
import { expectValidTable } from "../../helpers/knowledge.js";
import { describe, expect, it } from "vitest";
import schema from "../../../src/knowledge/sdk-defaults.schema.json" with { type: "json" };
import table from "../../../src/knowledge/sdk-defaults.json" with { type: "json" };
import { sdkEnvOverrides, SDK_TABLE } from "../../../src/scan/sdk/index.js";
import { mayImportAnySdk } from "../../../src/scan/sdk/table.js";

describe("the SDK knowledge table", () => {
  it("is valid JSON Schema, and the table validates against it", () => {
    expectValidTable(schema, table, true);
  });

  it("has unique ids, a source for every entry, and a host or a way to find one for each", () => {
    const ids = SDK_TABLE.sdks.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(25);
    for (const e of SDK_TABLE.sdks) {
      expect(e.source.trim(), e.id).not.toBe("");
      expect(e.hosts.length > 0 || e.service !== undefined || e.endpoint !== undefined, e.id).toBe(true);
    }
  });

  it("covers Python, JavaScript, Go, Java and C#", () => {
    expect(new Set(SDK_TABLE.sdks.map((e) => e.language))).toEqual(
      new Set(["python", "javascript", "go", "jvm", "csharp"]),
    );
  });

  it("lists the environment variables SDKs read for their endpoint, with the SDKs that read them", () => {
    const env = sdkEnvOverrides();
    expect(env.get("OPENAI_BASE_URL")).toEqual(["openai-python", "openai-node", "openai-go", "openai-java"]);
    expect(env.get("ANTHROPIC_BASE_URL")).toEqual([
      "anthropic-python",
      "anthropic-node",
      "anthropic-go",
      "anthropic-dotnet",
      "anthropic-java",
    ]);
    expect(env.get("AWS_ENDPOINT_URL")).toContain("boto3");
    expect([...env.keys()]).toEqual([...env.keys()].sort());
  });

  it("skips a file that names no SDK package in one check", () => {
    expect(mayImportAnySdk("import requests\nrequests.get(url)\n", "python")).toBe(false);
    expect(mayImportAnySdk("from google.cloud import storage\n", "python")).toBe(true);
    expect(mayImportAnySdk('import { S3Client } from "@aws-sdk/client-s3";\n', "javascript")).toBe(true);
    // Each language is searched for its own SDKs only.
    expect(mayImportAnySdk('import { S3Client } from "@aws-sdk/client-s3";\n', "go")).toBe(false);
    expect(mayImportAnySdk('import "github.com/stripe/stripe-go/v76"\n', "go")).toBe(true);
  });
});
