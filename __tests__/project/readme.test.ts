import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rules/catalog.js";

describe("the README", () => {
  const readme = readFileSync("README.md", "utf8");

  it("has its rules table generated from the catalog, linking a page for every rule", async () => {
    // @ts-expect-error -- a plain .mjs script without types
    const { withRulesTable } = await import("../../scripts/action-docs.mjs");
    expect(withRulesTable(readme, RULES)).toBe(readme);
    for (const r of RULES) {
      expect(readme).toContain(`(docs/rules/${r.name}.md)`);
      expect(existsSync(`docs/rules/${r.name}.md`), r.name).toBe(true);
    }
  });

  it("gives the two commands a new user runs", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toContain("npm ci && npm test");
  });
});
