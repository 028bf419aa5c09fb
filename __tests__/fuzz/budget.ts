// One budget for every fuzz test: a fixed seed, so a failure replays exactly, and a small number of runs in
// `npm test`. `npm run fuzz` (FUZZ_RUNS=50000) searches longer; FUZZ_SEED explores other sequences.
import fc from "fast-check";

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20_250_611);

/** fast-check parameters for a property; `weight` scales the runs of a property that is costlier per input. */
export function budget(weight = 1): fc.Parameters<unknown> {
  return { seed: SEED, numRuns: Math.max(1, Math.round(RUNS * weight)) };
}

/** The vitest timeout for a property run with `budget(weight)`: generous, so a long run is not cut short. */
export function timeout(weight = 1): number {
  return Math.max(60_000, RUNS * weight * 20);
}

/** Random text from a vocabulary of fragments that matter to a parser, mixed with arbitrary characters. */
export function textFrom(fragments: readonly string[], maxPieces = 60): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...fragments) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
  );
  return fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join(""));
}

/** A seed text with random edits: characters inserted, deleted or replaced, and slices duplicated. */
export function mutationsOf(seeds: readonly string[], fragments: readonly string[]): fc.Arbitrary<string> {
  const edit = fc.tuple(
    fc.nat(),
    fc.nat({ max: 8 }),
    fc.oneof(fc.constantFrom(...fragments), fc.string({ unit: "binary", maxLength: 4 })),
  );
  return fc.tuple(fc.constantFrom(...seeds), fc.array(edit, { maxLength: 8 })).map(([seed, edits]) => {
    let text = seed;
    for (const [at, del, insert] of edits) {
      const i = text.length === 0 ? 0 : at % (text.length + 1);
      text = text.slice(0, i) + insert + text.slice(i + del);
    }
    return text;
  });
}

export function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
