// Lines are counted forward from the last offset asked, and from the line starts when an offset comes out of order:
// either way each offset gets the line and column a plain count gives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/scan/positions.js";
import { budget, timeout } from "../fuzz/budget.js";

function counted(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}

describe("line index", () => {
  it(
    "places offsets asked in any order as a plain count does",
    () => {
      const text = fc
        .array(fc.constantFrom("a", "bc", "\n", "\r\n", "\n\n", " "), { maxLength: 40 })
        .map((p) => p.join(""));
      fc.assert(
        fc.property(
          text.chain((t) => fc.tuple(fc.constant(t), fc.array(fc.nat({ max: t.length }), { maxLength: 12 }))),
          ([t, offsets]) => {
            const index = new LineIndex(t);
            for (const offset of offsets) {
              const line = index.line(offset);
              expect({ line, column: index.column(offset, line) }, `${JSON.stringify(t)} @${offset}`).toEqual(
                counted(t, offset),
              );
            }
          },
        ),
        budget(),
      );
    },
    timeout(),
  );
});
