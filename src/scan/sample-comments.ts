// Code that says of itself that it returns made-up data. A stub waiting for a real integration often returns
// hard-coded records (`// For now, return mock data` above `return [{ url: "https://competitor1.com/p" }]`): the
// URLs in them are data nobody requests. Only a comment that says so of what follows counts: "return mock data",
// "mock response", "hard-coded sample values"; one that speaks of replacing mock data does not.

/** Cheap test before lexing: a text without these words has no such comment. */
export const SAMPLE_HINT = /mock|fake|dummy|placeholder|stub|hard-?coded/i;

const SAMPLE = "(?:mock|mocked|fake|dummy|placeholder|stub|stubbed|sample|hard-?coded)";
const DATA = "(?:data|response|responses|values|results|records|entries|items|list)";
/** "returns mock data", "using fake values", or a comment that is only "Mock data" / "Fake response". */
const SAMPLE_COMMENT = new RegExp(
  `\\b(?:return|returns|returning|use|uses|using|serve|serves|serving)\\s+(?:some\\s+|the\\s+)?${SAMPLE}\\s+${DATA}\\b|^\\W*${SAMPLE}\\s+${DATA}\\W*$`,
  "i",
);
const NEGATED = /\b(?:replace|replaces|remove|no longer|not|never|don't|doesn't)\b/i;

/**
 * The 1-based lines of the statements such comments stand over: a comment on a line of its own covers the statement
 * that follows, through the lines indented deeper and a closing bracket at its own depth; a comment after code covers
 * that line.
 */
export function sampleDataLines(text: string, comments: readonly number[], lineOf: (offset: number) => number) {
  const out = new Set<number>();
  let lines: string[] | undefined;
  for (let i = 0; i + 1 < comments.length; i += 2) {
    const body = text.slice(comments[i]!, comments[i + 1]!);
    if (!SAMPLE_COMMENT.test(body.replace(/^[\s/#*]+|[\s/*]+$/g, "")) || NEGATED.test(body)) continue;
    lines ??= text.split("\n");
    const first = lineOf(comments[i]!);
    const own = lines[first - 1]!;
    const before = own.slice(0, comments[i]! - lineStartOffset(text, comments[i]!));
    if (before.trim() !== "") {
      out.add(first);
      continue;
    }
    const depth = indent(own);
    let n = lineOf(comments[i + 1]!);
    // The statement: the first line after the comment block that is neither blank nor another comment.
    while (n < lines.length && (lines[n]!.trim() === "" || /^\s*(?:\/\/|#|\*|\/\*)/.test(lines[n]!))) n++;
    if (n >= lines.length || indent(lines[n]!) !== depth) continue;
    out.add(n + 1);
    n++;
    while (n < lines.length && (lines[n]!.trim() === "" || indent(lines[n]!) > depth)) out.add(++n);
    if (n < lines.length && indent(lines[n]!) === depth && /^\s*[)\]}]/.test(lines[n]!)) out.add(n + 1);
  }
  return out;
}

function indent(line: string): number {
  return line.length - line.trimStart().length;
}

function lineStartOffset(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
