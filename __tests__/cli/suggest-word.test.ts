import { describe, expect, it } from "vitest";
import { closestWord, editDistance } from "../../src/cli/suggest-word.js";

describe("editDistance", () => {
  it.each([
    ["check", "check", 0],
    ["chek", "check", 1],
    ["chekc", "check", 1],
    ["alowlist", "allowlist", 1],
    ["", "abc", 3],
    ["routes", "suggest", 5],
  ])("%s -> %s is %d", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe("closestWord", () => {
  const commands = ["check", "routes", "suggest", "baseline"];

  it("suggests the command a typo is one or two edits from", () => {
    expect(closestWord("chek", commands)).toBe("check");
    expect(closestWord("route", commands)).toBe("routes");
    expect(closestWord("sugest", commands)).toBe("suggest");
    expect(closestWord("baseilne", commands)).toBe("baseline");
    expect(closestWord("CHECK", commands)).toBe("check");
  });

  it("suggests nothing for a word far from every candidate", () => {
    expect(closestWord("gitops", commands)).toBeUndefined();
    expect(closestWord("ab", commands)).toBeUndefined();
    expect(closestWord("cxxxk", commands)).toBeUndefined();
  });

  it("prefers the nearer candidate, then the one listed first", () => {
    expect(closestWord("outpt", ["output", "outputs"])).toBe("output");
    expect(closestWord("bc", ["ab", "ac"])).toBe("ac");
    expect(closestWord("xbcde", ["abcde", "ybcde"])).toBe("abcde");
  });
});
