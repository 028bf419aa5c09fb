// The literal filter turns away a dotted literal whose last label no reported host can end in. That holds only while
// every top-level label tldts has a rule under is a suffix label here: checked against tldts's own table, read from
// the installed package, so that a new list with a label like `za` (rules under it, none of its own) fails here.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { hasRealPublicSuffix } from "../../src/scan/host-syntax.js";
import { isSuffixLabel, mayEndReportedHost } from "../../src/scan/suffix-label.js";

interface SuffixTrie {
  edgeStart: Uint16Array | Uint32Array;
  edgeLength: Uint8Array;
  labelText: string;
  rulesRoot: number;
  exceptionsRoot: number;
}

/** The labels directly under the root of tldts's rule and exception tries: every label a suffix rule starts from. */
function topLevelLabels(): string[] {
  const trie = createRequire(import.meta.url)("tldts/dist/cjs/src/data/trie.js") as SuffixTrie;
  const offsets: number[] = [];
  let offset = 0;
  for (const length of trie.edgeLength) {
    offsets.push(offset);
    offset += length;
  }
  const labels: string[] = [];
  for (const root of [trie.rulesRoot, trie.exceptionsRoot])
    for (let edge = trie.edgeStart[root]!; edge < trie.edgeStart[root + 1]!; edge++)
      labels.push(trie.labelText.slice(offsets[edge], offsets[edge]! + trie.edgeLength[edge]!));
  return labels;
}

describe("suffix labels", () => {
  it("include every top-level label of the Public Suffix List", () => {
    const labels = topLevelLabels();
    // The table as read is the list, not an empty or misread one.
    expect(labels.length).toBeGreaterThan(1000);
    expect(labels).toEqual(expect.arrayContaining(["com", "io", "uk", "za", "ck", "jp"]));
    expect(labels).not.toContain("*");
    expect(labels.filter((label) => !isSuffixLabel(label))).toEqual([]);
  });

  it("agree with the suffix test on names under a label with rules below it only", () => {
    expect(hasRealPublicSuffix("za")).toBe(false);
    expect(hasRealPublicSuffix("search.co.za")).toBe(true);
    expect(isSuffixLabel("za")).toBe(true);
  });

  it("take the digits of an address, in any case, and nothing longer than a label", () => {
    expect(mayEndReportedHost("10.0.0.5", 7, 8)).toBe(true);
    expect(mayEndReportedHost("x.COM", 2, 5)).toBe(true);
    expect(mayEndReportedHost("x.internal", 2, 10)).toBe(true);
    expect(mayEndReportedHost("config.value", 7, 12)).toBe(false);
    const long = `x.${"com".repeat(22)}`;
    expect(mayEndReportedHost(long, 2, long.length)).toBe(false);
  });
});
