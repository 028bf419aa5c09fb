// The lexers skip working out the binding of a literal `literalMayHoldHost` turns away: that is only sound while no
// literal it turns away yields a reference, under any key, host settings included.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { literalMayHoldHost, scanLiteral } from "../../src/scan/literal.js";
import { collectingScanText } from "../../src/scan/scan-text.js";
import { budget, timeout } from "../fuzz/budget.js";

const KEYS = [undefined, "host", "DB_HOST", "url", "endpoint", "brokers", "name"];
// Characters that make hosts, URLs and lists, without the `.` and `[` the filter looks for (or with them, rarely).
const piece = fc.constantFrom(
  "a",
  "b",
  "1",
  "9",
  ":",
  "/",
  "//",
  "://",
  "@",
  ",",
  "-",
  "_",
  " ",
  "x:80",
  "::",
  "https",
  "localhost",
  "db",
  "io",
  "com",
  "acme",
  "%",
  ".",
  "[",
);

describe("the literal filter", () => {
  it(
    "turns away only literals that give no reference under any key",
    () => {
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
          const text = parts.join("");
          const { scan, refs } = collectingScanText(text);
          if (literalMayHoldHost(scan, 0, text.length)) return;
          for (const key of KEYS) scanLiteral(scan, 0, text.length, key);
          expect(refs, JSON.stringify(text)).toEqual([]);
        }),
        budget(0.25),
      );
    },
    timeout(0.25),
  );

  it("lets through a URL, a dotted name and a bracketed address", () => {
    for (const text of ["https://api.x.io", "db.x.io", "[2606:4700::1111]:5432", "mongodb://a,b"]) {
      const { scan } = collectingScanText(text);
      expect(literalMayHoldHost(scan, 0, text.length), text).toBe(true);
    }
    const { scan } = collectingScanText("utf-8");
    expect(literalMayHoldHost(scan, 0, 5)).toBe(false);
  });
});
