// The allowlist comes from pull requests like everything else in the repository: braces that expand to thousands of
// globs are refused before minimatch expands them for every file, and errors stay one line whatever the file says.
import { describe, expect, it } from "vitest";
import { braceAlternatives } from "../../src/allowlist/globs.js";
import { loadAllowlist } from "../../src/allowlist/load.js";

describe("brace expansion in allowlist globs", () => {
  it("counts alternatives and ranges without expanding them", () => {
    expect(braceAlternatives("**/*.py")).toBe(1);
    expect(braceAlternatives("**/*.{yaml,yml}")).toBe(2);
    expect(braceAlternatives("{a,b}/{c,d,e}/x")).toBe(6);
    expect(braceAlternatives("v{1..12}/**")).toBe(12);
    expect(braceAlternatives("{a..z}")).toBe(26);
    expect(braceAlternatives("\\{a,b\\}")).toBe(1);
    expect(braceAlternatives("{a,b}".repeat(40))).toBeGreaterThan(64);
    expect(braceAlternatives("{1..9999999999999999}")).toBeGreaterThan(64);
  });

  it("refuses a glob that expands too far, naming the field and its line", () => {
    const bomb = "{a,b}".repeat(20);
    expect(
      loadAllowlist({ path: "a.yaml", text: `version: 1\nignore:\n  paths:\n    - "**/x/**"\n    - "${bomb}"\n` }),
    ).toEqual({
      error: {
        file: "a.yaml",
        line: 5,
        field: "ignore.paths[1]",
        message: "its braces expand to more than 64 globs; list the paths instead",
      },
    });
    const workloads = loadAllowlist({
      path: "a.yaml",
      text: `version: 1\nworkloads:\n  - paths: ["{1..100000}"]\n    namespace: ns\n    workload: w\n`,
    });
    expect(workloads).toMatchObject({ error: { line: 3, field: "workloads[0].paths[0]" } });
  });

  it("accepts the braces people write", () => {
    expect(
      loadAllowlist({
        path: "a.yaml",
        text: 'version: 1\nignore:\n  paths: ["**/*.{yaml,yml,json}", "{docs,examples}/**"]\n',
      }),
    ).toHaveProperty("allowlist");
  });
});

describe("allowlist errors about hostile names", () => {
  it("quote names and keys, so the error stays one line", () => {
    const rule = loadAllowlist({ path: "a.yaml", text: 'version: 1\nignore:\n  rules: ["x\\n::error::forged"]\n' });
    expect(rule).toMatchObject({ error: { line: 3, message: 'unknown rule "x\\n::error::forged"' } });
    const key = loadAllowlist({ path: "a.yaml", text: 'version: 1\n"a\\n::error::forged\\u001b[31m": 1\n' });
    expect(key).toMatchObject({
      error: { line: 2, field: '["a\\n::error::forged\\u001b[31m"]', message: "unknown field" },
    });
  });
});
