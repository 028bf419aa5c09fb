// A report written piece by piece reads back as the text it was, whatever falls on a piece's edge.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeReportFile } from "../../src/write-report.js";
import { removeDir, tempDir } from "../github/git-fixture.js";

const dir = tempDir("egress-lint-write-report-");
afterAll(() => removeDir(dir));

describe("writeReportFile", () => {
  it.each([
    ["an empty text", ""],
    ["a text shorter than a piece", '{"host": "api.example.io"}\n'],
    ["an emoji across the first piece's edge", `${"a".repeat((1 << 20) - 1)}\u{1F600}b\n`],
    ["accented text over several pieces", `${"é—ü".repeat(900_000)}\n`],
    ["a piece of three-byte characters only", `${"€".repeat((1 << 20) + 7)}\n`],
  ])("writes %s as UTF-8, byte for byte", (_, text) => {
    const file = path.join(dir, "report.json");
    writeReportFile(file, text);
    expect(readFileSync(file).equals(Buffer.from(text, "utf8"))).toBe(true);
  });

  it("replaces what the file held", () => {
    const file = path.join(dir, "again.json");
    writeReportFile(file, "x".repeat(100));
    writeReportFile(file, "short\n");
    expect(readFileSync(file, "utf8")).toBe("short\n");
  });
});
