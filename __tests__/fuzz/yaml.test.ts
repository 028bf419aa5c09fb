// Property tests of the YAML loader: any text, however broken, becomes documents and problems with real lines,
// never an exception; and the check that runs before parsing never lets deeper nesting through than it claims.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isCollection, isPair, parseAllDocuments } from "yaml";
import { loadManifests } from "../../src/manifests/load.js";
import { parseYamlFile } from "../../src/manifests/parse-yaml.js";
import { findExcessiveStructure } from "../../src/manifests/yaml-structure.js";
import { budget, lineCount, mutationsOf, textFrom, timeout } from "./budget.js";

/** Fragments that change how YAML nests: indicators, indentation, flow brackets, properties and scalars. */
const FRAGMENTS = [
  "- ",
  "? ",
  ": ",
  "-",
  "?",
  ":",
  "key: ",
  "a",
  "b: ",
  "\n",
  "\n  ",
  "\n    ",
  "  ",
  " ",
  "\t",
  "[",
  "]",
  "{",
  "}",
  ", ",
  ",",
  "&x ",
  "*x",
  "&y ",
  "*y",
  "!!str ",
  "!t ",
  "|\n",
  "|-\n  ",
  ">\n",
  "'q'",
  "'",
  '"d\\n"',
  '"',
  "#c",
  " #c\n",
  "---\n",
  "...\n",
  "--- ",
  "%YAML 1.2\n",
  "<<: *x",
  "\r\n",
  "\uFEFF",
  "\\",
  "%",
  "@",
  "`",
  "0x1F",
  "~",
  "null",
  "1e3",
];

function manifests(): string[] {
  const root = path.resolve("examples");
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => readFileSync(path.join(root, f), "utf8"));
}

const yamlText = fc.oneof(
  textFrom(FRAGMENTS),
  mutationsOf(manifests(), FRAGMENTS),
  fc.string({ unit: "binary", maxLength: 200 }),
);

/** The deepest chain of maps and sequences the composed documents hold, keys included, walked without recursion. */
function composedDepth(text: string): number {
  let deepest = 0;
  for (const doc of [parseAllDocuments(text, { prettyErrors: false })].flat()) {
    const stack: [unknown, number][] = [[doc.contents, 0]];
    while (stack.length) {
      const [node, depth] = stack.pop()!;
      if (isPair(node)) stack.push([node.key, depth], [node.value, depth]);
      else if (isCollection(node)) {
        deepest = Math.max(deepest, depth + 1);
        for (const item of node.items) stack.push([item, depth + 1]);
      }
    }
  }
  return deepest;
}

describe("the YAML loader on arbitrary text", () => {
  afterEach(() => vi.restoreAllMocks());

  it(
    "returns documents and problems with lines inside the text, and never throws",
    () => {
      fc.assert(
        fc.property(yamlText, (text) => {
          const warn = vi.spyOn(process, "emitWarning");
          const parsed = parseYamlFile(text);
          // A warning would go to stderr, the workflow log, quoting the file.
          expect(warn).not.toHaveBeenCalled();
          warn.mockRestore();
          const lines = lineCount(text);
          for (const p of parsed.problems) {
            expect(p.line).toBeGreaterThanOrEqual(1);
            expect(p.line).toBeLessThanOrEqual(lines);
            // Messages quote the file; they stay one line without control characters.
            expect(p.message).toMatch(/^[^\u0000-\u001f\u007f]+$/);
          }
          expect(parsed.problems.length).toBeLessThanOrEqual(11);
          for (const d of parsed.documents)
            for (const line of d.lines.values()) expect(line >= 1 && line <= lines).toBe(true);
        }),
        budget(),
      );
    },
    timeout(),
  );

  it(
    "turns every file into findings that name it, one file at a time",
    () => {
      fc.assert(
        fc.property(fc.array(yamlText, { minLength: 1, maxLength: 4 }), (texts) => {
          const files = texts.map((text, i) => ({ path: `f${i}.yaml`, text }));
          const loaded = loadManifests(files, { defaultNamespace: "default" });
          for (const f of loaded.findings) {
            const file = files.find((x) => x.path === f.file);
            expect(file, f.file).toBeDefined();
            expect(["invalid-yaml", "invalid-resource"]).toContain(f.rule);
            expect(f.line >= 1 && f.line <= lineCount(file!.text)).toBe(true);
          }
          // Each file alone gives the same findings: a broken neighbour hides nothing.
          const alone = files.flatMap((file) => loadManifests([file], { defaultNamespace: "default" }).findings);
          expect(loaded.findings).toEqual(alone);
        }),
        budget(0.5),
      );
    },
    timeout(0.5),
  );

  const nested = fc.oneof(
    textFrom(
      FRAGMENTS.filter((f) => !/[&*!%<'"|>]/.test(f)),
      120,
    ),
    textFrom(FRAGMENTS, 120),
    mutationsOf(manifests(), FRAGMENTS),
  );

  it(
    "never lets a text through whose documents nest deeper than the limit",
    () => {
      fc.assert(
        fc.property(nested, fc.integer({ min: 1, max: 6 }), (text, maxDepth) => {
          const parsed = parseYamlFile(text, { maxAliasCount: 100, maxDepth });
          if (!parsed.problems.some((p) => p.message.startsWith("nesting deeper")))
            expect(composedDepth(text)).toBeLessThanOrEqual(maxDepth);
        }),
        budget(2),
      );
    },
    timeout(2),
  );

  it(
    "measures the nesting of well-formed YAML in its first, linear look without missing a level",
    () => {
      fc.assert(
        fc.property(nested, fc.integer({ min: 1, max: 6 }), (text, maxDepth) => {
          const wellFormed = [parseAllDocuments(text)].flat().every((d) => d.errors.length === 0);
          if (wellFormed && findExcessiveStructure(text, { maxDepth, maxNodes: 1e9 }) === undefined)
            expect(composedDepth(text)).toBeLessThanOrEqual(maxDepth);
        }),
        budget(2),
      );
    },
    timeout(2),
  );
});
