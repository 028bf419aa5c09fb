import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rules/catalog.js";
import { ALL_RULES } from "../../src/rules/registry.js";

describe("rule catalog", () => {
  it("names and codes are unique and well formed", () => {
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
    expect(new Set(RULES.map((r) => r.code)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.code).toMatch(/^EGR\d{3}$/);
      expect(r.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.description.length).toBeGreaterThan(20);
    }
  });

  it("registers every checked rule exactly once, and no loader rule", () => {
    const registered = ALL_RULES.map((r) => r.name);
    expect(new Set(registered).size).toBe(registered.length);
    expect([...registered].sort()).toEqual(
      RULES.filter((r) => r.source === "rules")
        .map((r) => r.name)
        .sort(),
    );
  });

  it("keeps codes in ascending order, so a new rule goes at the end of its block", () => {
    const codes = RULES.map((r) => Number(r.code.slice(3)));
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
  });
});
