import { describe, expect, it } from "vitest";
import { safeJson } from "../../src/report/json.js";

describe("JSON output", () => {
  it("never prints a line a workflow runner would read as a command, and means the same to a JSON reader", () => {
    const value = { file: "x/##[error]forged.yaml", host: "a##[group]b" };
    const text = safeJson(value);
    expect(text).not.toContain("##[");
    expect(JSON.parse(text)).toEqual(value);
  });
});
