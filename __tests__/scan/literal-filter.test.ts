// The lexers skip working out the binding of a literal `literalMayHoldHost` turns away: that is only sound while no
// literal it turns away yields a reference, under any key, host settings included.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { literalMayHoldHost, scanLiteral } from "../../src/scan/literal.js";
import { collectingScanText } from "../../src/scan/scan-text.js";
import { budget, timeout } from "../fuzz/budget.js";

const KEYS = [undefined, "host", "DB_HOST", "url", "endpoint", "brokers", "name"];
// What makes hosts, URLs, lists and dotted keys: public suffixes (`com`, `io`, `app`), a top-level label with rules
// under it but none of its own (`za`), words that are no suffix (`value`), the digits of addresses, and what ends or
// breaks a host (ports, paths, blanks, placeholders).
const PIECES = [
  "a",
  "b",
  "1",
  "9",
  "255",
  ":",
  "/",
  "//",
  "://",
  "@",
  ",",
  "-",
  "_",
  " ",
  "\t",
  "\n",
  "x:80",
  "::",
  "::ffff:",
  "https",
  "localhost",
  "db",
  "io",
  "com",
  "COM",
  "app",
  "co",
  "za",
  "internal",
  "value",
  "config",
  "acme",
  "%",
  "$",
  "{",
  "}",
  "*",
  ".",
  "..",
  "[",
  "]",
];

/** The references `text` yields as one literal under each key. */
function referencesUnderAnyKey(text: string): unknown[] {
  const { scan, refs } = collectingScanText(text);
  for (const key of KEYS) scanLiteral(scan, 0, text.length, key);
  return refs;
}

function filterLetsThrough(text: string): boolean {
  const { scan } = collectingScanText(text);
  return literalMayHoldHost(scan, 0, text.length);
}

describe("the literal filter", () => {
  it(
    "turns away only literals that give no reference under any key",
    () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (parts) => {
          const text = parts.join("");
          if (filterLetsThrough(text)) return;
          expect(referencesUnderAnyKey(text), JSON.stringify(text)).toEqual([]);
        }),
        budget(2),
      );
    },
    timeout(2),
  );

  it("turns away no literal of up to three pieces that gives a reference", () => {
    const missed: string[] = [];
    let found = 0;
    for (const a of PIECES)
      for (const b of PIECES)
        for (const c of PIECES) {
          const text = a + b + c;
          if (referencesUnderAnyKey(text).length === 0) continue;
          found++;
          if (!filterLetsThrough(text)) missed.push(text);
        }
    expect(found).toBeGreaterThan(100);
    expect(missed).toEqual([]);
  });

  it("lets through a URL, a dotted name, an address and a bracketed address", () => {
    for (const text of [
      "https://api.x.io",
      "db.x.io",
      "db.x.io:5432",
      "DB.X.IO.",
      "a.x.io,b.x.io",
      "api.x.io/v1",
      "search.co.za",
      "metadata.google.internal",
      "10.0.0.5",
      "[2606:4700::1111]:5432",
      "mongodb://a,b",
    ])
      expect(filterLetsThrough(text), text).toBe(true);
  });

  it("turns away words and dotted keys that end in no public suffix", () => {
    for (const text of ["utf-8", "config.value", "alpha.beta", "errors.not_found", "com.acme.orders", "app.title.x"])
      expect(filterLetsThrough(text), text).toBe(false);
  });
});
