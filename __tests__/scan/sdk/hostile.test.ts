// SDK detection on hostile text stays bounded: at most 256 clients a file, each read over a bounded span. (How long
// it takes is measured by `npm run bench:hostile`, never here.)
import { describe, expect, it } from "vitest";
import { detectSdkUsage } from "../../../src/scan/sdk/index.js";

describe("SDK detection on hostile text", () => {
  it("reports at most 256 clients of a file whose constructors never close", () => {
    const text = `from openai import OpenAI\n${"OpenAI(".repeat(5_000)}\n`;
    expect(detectSdkUsage({ path: "a.py", text }).references.length).toBe(256);
  });

  it("still reads a well-formed client after a run of repeated options", () => {
    const text = `import boto3\n${"x = 1\n".repeat(10)}boto3.client("s3", region_name="eu-west-1")\n`;
    expect(detectSdkUsage({ path: "a.py", text }).references.map((r) => r.host)).toEqual([
      "s3.eu-west-1.amazonaws.com",
    ]);
  });
});
