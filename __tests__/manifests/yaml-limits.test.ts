// The limits of the YAML loader: nesting up to the limit parses, in every way YAML can nest; beyond it, or past the
// node budget, a file is one problem with a line, found before the parser recurses or spends memory on it.
import { describe, expect, it } from "vitest";
import { parseYamlFile } from "../../src/manifests/parse-yaml.js";

const LIMITS = { maxAliasCount: 100, maxDepth: 200 };
/** Each way YAML nests, `depth` levels deep, on one line (so 200,000 levels fit in a file). */
const oneLine: Record<string, (depth: number) => string> = {
  "block sequences": (d) => `${"- ".repeat(d)}x\n`,
  "maps in block sequences": (d) => `${"- ".repeat(d - 1)}k: v\n`,
  "flow sequences": (d) => `${"[".repeat(d)}${"]".repeat(d)}\n`,
  "flow maps": (d) => `${"{a: ".repeat(d)}b${"}".repeat(d)}\n`,
  "pairs in flow sequences": (d) => `${"[a: ".repeat(d / 2)}b${"]".repeat(d / 2)}\n`,
  "flow values of block maps": (d) => `k: ${"[".repeat(d - 1)}${"]".repeat(d - 1)}\n`,
};
const nestings: Record<string, (depth: number) => string> = {
  ...oneLine,
  "indented maps": (d) => `${Array.from({ length: d }, (_, i) => `${" ".repeat(i)}k:`).join("\n")} v\n`,
  "maps in sequence entries": (d) =>
    `${Array.from({ length: d / 2 }, (_, i) => `${"  ".repeat(i)}- k:`).join("\n")} v\n`,
};

describe("YAML nesting limits", () => {
  for (const [name, make] of Object.entries(nestings)) {
    it(`${name}: the limit parses, one level more is a problem`, () => {
      expect(parseYamlFile(make(200), LIMITS).problems).toEqual([]);
      expect(parseYamlFile(make(202), LIMITS).problems).toEqual([
        expect.objectContaining({ message: "nesting deeper than 200 levels" }),
      ]);
    });
  }

  it("reports nesting of 200,000 levels at its line, for every way of nesting", () => {
    for (const make of Object.values(oneLine)) {
      const problems = parseYamlFile(`a: 1\n${make(200_000)}`, LIMITS).problems;
      expect(problems).toEqual([
        expect.objectContaining({ line: expect.any(Number), message: "nesting deeper than 200 levels" }),
      ]);
      expect(problems[0]!.line).toBeGreaterThanOrEqual(2);
    }
  });

  it("drops only the document whose map key is a collection, and keeps the others of the file", () => {
    const text = [
      "kind: Deployment",
      "metadata: {name: kept}",
      "---",
      "kind: Deployment",
      "spec:",
      "  containers:",
      "    securityContext: {runAsNonRoot: true}",
      "    ? [a]",
      "    : b",
      "---",
      "kind: Service",
      "metadata: {name: also-kept}",
      "",
    ].join("\n");
    const parsed = parseYamlFile(text, LIMITS);
    expect(parsed.documents.map((d) => (d.value as { metadata: { name: string } }).metadata.name)).toEqual([
      "kept",
      "also-kept",
    ]);
    expect(parsed.problems).toEqual([
      expect.objectContaining({ line: 8, message: "a map key is a map or a list; keys must be strings" }),
    ]);
  });

  it("refuses map keys that are maps or lists, which print at a cost that doubles with each level", () => {
    for (const text of [`${"? ".repeat(30)}x\n`, "? [a]\n: b\n", "{[a]: b}\n", "- [{a: b}: c]\n"]) {
      expect(parseYamlFile(text, LIMITS).problems, text).toEqual([
        expect.objectContaining({ line: 1, message: "a map key is a map or a list; keys must be strings" }),
      ]);
    }
    expect(parseYamlFile("? a\n: b\n[k]: v\n", LIMITS).problems).toEqual([expect.objectContaining({ line: 3 })]);
  });

  it("turns a file with more nodes than the budget into one problem", () => {
    const text = "- x\n".repeat(1000);
    expect(parseYamlFile(text, { ...LIMITS, maxNodes: 10_000 }).problems).toEqual([]);
    expect(parseYamlFile(text, { ...LIMITS, maxNodes: 1000 }).problems).toEqual([
      { line: 501, column: 1, message: "more than 1000 YAML nodes", limit: true },
    ]);
  });

  it("keeps the first ten parse errors of a file and counts the rest", () => {
    const problems = parseYamlFile("!!seq ".repeat(50), LIMITS).problems;
    expect(problems).toHaveLength(11);
    expect(problems[10]!.message).toMatch(/^\d+ more problems from here on not shown$/);
  });

  it("records no line pointers under a very long key, which would cost its length for every entry below it", () => {
    const long = "x".repeat(1 << 20);
    const text = `? "${long}"\n:\n${Array.from({ length: 20_000 }, (_, i) => `  k${i}: 1\n`).join("")}short:\n  k: 1\n`;
    const [doc] = parseYamlFile(text, LIMITS).documents;
    expect(Object.keys(doc!.value as object)).toHaveLength(2);
    expect([...doc!.lines.keys()]).toEqual(["", "/short", "/short/k"]);
  });

  it("shows control characters the parser quotes from the file as escapes", () => {
    expect(parseYamlFile("a: *x\u0000\u001bq\n", LIMITS).problems).toEqual([
      expect.objectContaining({ message: expect.stringContaining("x\\u0000\\u001bq") }),
    ]);
  });

  it("finds the end of the text in time when it is a long run of spaces followed by more", () => {
    expect(parseYamlFile(`a: [b${" ".repeat(200_000)}c\n`, LIMITS).problems[0]).toMatchObject({ line: 1 });
  });
});
