// Python's import lines are found by their first word, not by a multi-line pattern tried at every line start: both
// must find the same matches.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineStartMatches } from "../../src/scan/module-imports.js";

const IMPORT = "[ \\t]*import[ \\t]+([\\w. \\t,]+)";
const FROM = "[ \\t]*from[ \\t]+(\\.*[\\w.]*)[ \\t]+import[ \\t]+(\\([^()]*\\)|(?:[^\\n\\\\]|\\\\\\r?\\n)+)";

const shape = (m: RegExpMatchArray) => [m.index, ...m];
const byMultiline = (text: string, source: string) => [...text.matchAll(new RegExp(`^${source}`, "gm"))].map(shape);
const byWord = (text: string, word: string, source: string) =>
  lineStartMatches(text, word, new RegExp(source, "y")).map(shape);

describe("lineStartMatches", () => {
  it("finds imports only where the word starts a line, and none inside a continued import", () => {
    const text = "import a, b  # import c\n  from x import (y,\nfrom z import w)\nx = 1; import q\r from m import n";
    expect(byWord(text, "import", IMPORT).map((m) => m[2])).toEqual(["a, b  "]);
    expect(byWord(text, "from", FROM).map((m) => m[2])).toEqual(["x", "m"]);
  });

  it("matches what the multi-line pattern matches, whatever the lines hold", () => {
    const pieces = [
      "import",
      "from",
      " ",
      "\t",
      "\n",
      "\r",
      "\r\n",
      "\u2028",
      "a",
      ".b",
      ",",
      "(",
      ")",
      "\\",
      "#",
      "x",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const text = parts.join("");
        expect(byWord(text, "import", IMPORT)).toEqual(byMultiline(text, IMPORT));
        expect(byWord(text, "from", FROM)).toEqual(byMultiline(text, FROM));
      }),
      { numRuns: 5000 },
    );
  });
});
