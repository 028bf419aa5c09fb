// The file as code only: comments and string contents blanked (offsets and line breaks kept), so that a name
// written in a comment, a docstring or a message never reads as a call. String literals stay reachable by offset.
import { LEXERS, type Language } from "../language.js";

export interface StringLiteral {
  /** Offsets of the content, without quotes or prefixes. */
  start: number;
  end: number;
}

export interface CodeView {
  text: string;
  /** `text` with every comment and string content replaced by spaces. */
  code: string;
  /** Every string literal, by start offset. */
  strings: StringLiteral[];
  lineOf(offset: number): number;
  columnOf(offset: number): number;
  /** The literal whose opening quote (or prefix) begins at or after `from`, skipping blanks only. */
  stringAt(from: number): StringLiteral | undefined;
  /** The first literal that lies wholly in [from, to). */
  firstStringIn(from: number, to: number): StringLiteral | undefined;
}

export function codeView(text: string, language: Language): CodeView {
  const strings: StringLiteral[] = [];
  const blanks: [number, number][] = [];
  LEXERS[language](text, {
    // Asked about every string literal, docstrings included, before any binding work: recording it here and
    // answering false keeps the lexer from doing work this view does not need.
    mayHoldHost(start, end) {
      strings.push({ start, end });
      return false;
    },
    literal(start, end) {
      strings.push({ start, end });
    },
    comment(start, end) {
      blanks.push([start, end]);
    },
  });
  strings.sort((a, b) => a.start - b.start);
  for (const s of strings) blanks.push([s.start, s.end]);
  const code = blank(text, blanks);
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineIndex = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    text,
    code,
    strings,
    lineOf: (offset) => lineIndex(offset) + 1,
    columnOf: (offset) => offset - (lineStarts[lineIndex(offset)] ?? 0) + 1,
    stringAt(from) {
      let i = from;
      while (i < code.length && /\s/.test(code[i] ?? "")) i++;
      // A quote, or a short prefix (`f"`, `r'`, `@"`) then a quote; the literal's content starts right after.
      const literal = firstStringFrom(strings, i);
      if (literal === undefined) return undefined;
      return OPENING.test(code.slice(i, literal.start)) ? literal : undefined;
    },
    firstStringIn(from, to) {
      const literal = firstStringFrom(strings, from - 1);
      return literal !== undefined && literal.end <= to ? literal : undefined;
    },
  };
}

const OPENING = /^[A-Za-z@$]{0,3}("{1,3}|'{1,3}|`)$/;

function blank(text: string, spans: [number, number][]): string {
  const chars = text.split("");
  for (const [start, end] of spans) {
    for (let i = start; i < end; i++) if (chars[i] !== "\n") chars[i] = " ";
  }
  return chars.join("");
}

function firstStringFrom(strings: StringLiteral[], offset: number): StringLiteral | undefined {
  let lo = 0;
  let hi = strings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((strings[mid]?.start ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return strings[lo];
}
