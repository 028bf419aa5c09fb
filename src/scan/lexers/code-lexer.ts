// One forward walk over program text: comments are skipped, string literals are reported with the name they are
// bound to. The language-specific parts (string forms, comment markers) come in through CodeSyntax.
import type { LexSink } from "./sink.js";
import type { StringSpan } from "./strings.js";
import { BindingTracker, classOf, DIGIT, IDENT, numberEnd, TokenKind, wordEnd } from "./binding.js";

export interface CodeSyntax {
  /** `//` line and `/* *\/` block comments. */
  slashComments: boolean;
  /** `#` line comments. */
  hashComments: boolean;
  /** `/.../` regex literals where an operand is expected (JS, Ruby). */
  regexLiterals: boolean;
  /** A bare string statement is documentation, not a value (Python docstrings). */
  docstrings: boolean;
  /** Reads a string literal starting at `i`, or returns undefined. May report extra literals (heredoc bodies). */
  string(text: string, i: number, sink: LexSink, skip: SkipRegion): StringSpan | undefined;
  /** The ASCII characters a string literal can start with; `string` is not asked elsewhere. Unset: asked everywhere. */
  stringStarts?: string;
  /** Reads a whole-line construct at a line start (Ruby `=begin`), returning its end, or undefined. */
  lineStart?(text: string, i: number, sink: LexSink): number | undefined;
}

/** A stretch the walk jumps over when it reaches it: heredoc bodies already reported. */
export interface SkipRegion {
  from: number;
  to: number;
}

// Which ASCII characters may start a string, per syntax: most tokens are words and operators, and asking the
// language's string reader about each of them is the lexer's largest cost.
const STARTS = new WeakMap<CodeSyntax, Uint8Array | null>();

function startTable(syntax: CodeSyntax): Uint8Array | null {
  let table = STARTS.get(syntax);
  if (table === undefined) {
    table = syntax.stringStarts === undefined ? null : new Uint8Array(128);
    for (const ch of syntax.stringStarts ?? "") table![ch.charCodeAt(0)] = 1;
    STARTS.set(syntax, table);
  }
  return table;
}

export function lexCode(text: string, syntax: CodeSyntax, sink: LexSink): void {
  const n = text.length;
  const starts = startTable(syntax);
  const tokens = new BindingTracker(text);
  const skip: SkipRegion = { from: -1, to: -1 };
  let atLineStart = true;
  let i = 0;
  while (i < n) {
    if (skip.from !== -1 && i >= skip.from) {
      i = Math.max(i, skip.to);
      skip.from = -1;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      // A backslash before the line break continues the statement (Python, shell-style continuations).
      if (!continuesLine(text, i)) tokens.newline();
      atLineStart = true;
      i++;
      continue;
    }
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0c) {
      i++;
      while (i < n && isBlank(text.charCodeAt(i))) i++;
      continue;
    }
    if (atLineStart && syntax.lineStart) {
      atLineStart = false;
      const end = syntax.lineStart(text, i, sink);
      if (end !== undefined) {
        i = end;
        continue;
      }
    }
    atLineStart = false;
    // Most tokens are words and punctuation: only `/` and `#` can start a comment or a regex, and a string starts only
    // where the syntax says so. The rest go straight to the token reader, words without even a call.
    if (starts !== null && (c >= 128 || starts[c] !== 1)) {
      const cls = classOf(c);
      if (cls === IDENT) {
        const end = wordEnd(text, i + 1);
        tokens.push(TokenKind.Ident, i, end);
        i = end;
        continue;
      }
      if (cls === DIGIT) {
        const end = numberEnd(text, i + 1);
        tokens.push(TokenKind.Number, i, end);
        i = end;
        continue;
      }
      if (c !== 0x2f && c !== 0x23) {
        i = tokens.readToken(i);
        continue;
      }
    }
    const next = c === 0x2f ? text.charCodeAt(i + 1) : 0;
    if ((syntax.hashComments && c === 0x23) || (syntax.slashComments && c === 0x2f && next === 0x2f)) {
      const end = lineEnd(text, i);
      sink.comment(i, end);
      i = end;
      continue;
    }
    if (syntax.slashComments && c === 0x2f && next === 0x2a) {
      const close = text.indexOf("*/", i + 2);
      const end = close === -1 ? n : close + 2;
      sink.comment(i, end);
      i = end;
      continue;
    }
    const span = starts === null || (c < 128 && starts[c] === 1) ? syntax.string(text, i, sink, skip) : undefined;
    if (span) {
      // Most literals ("," "utf-8") can hold no host: their binding, the costly part, is not worked out.
      if (sink.mayHoldHost?.(span.contentStart, span.contentEnd) !== false) {
        const key = tokens.keyForLiteral();
        if (!(syntax.docstrings && tokens.atStatementStart() && endsStatement(text, span.end))) {
          sink.literal(span.contentStart, span.contentEnd, key, tokens.fallbackKey);
        }
      }
      tokens.push(TokenKind.Str, span.contentStart, span.contentEnd);
      i = Math.max(span.end, i + 1);
      continue;
    }
    if (syntax.regexLiterals && c === 0x2f && tokens.expectsOperand()) {
      const end = regexEnd(text, i);
      if (end !== -1) {
        tokens.push(TokenKind.Other, i, end);
        i = end;
        continue;
      }
    }
    i = tokens.readToken(i);
  }
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0c;
}

function continuesLine(text: string, newline: number): boolean {
  const before = text.charCodeAt(newline - 1) === 0x0d ? newline - 2 : newline - 1;
  return text.charCodeAt(before) === 0x5c;
}

function lineEnd(text: string, i: number): number {
  const nl = text.indexOf("\n", i);
  return nl === -1 ? text.length : nl;
}

/** After a string: only blanks, then a line end, `;`, a comment or the end of text. */
function endsStatement(text: string, i: number): boolean {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0d) continue;
    return c === 0x0a || c === 0x3b || c === 0x23;
  }
  return true;
}

/** End of a `/.../flags` regex literal, or -1 when the slash is division after all (the line ends first). */
function regexEnd(text: string, open: number): number {
  let inClass = false;
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return -1;
    if (c === 0x5c) i++;
    else if (c === 0x5b) inClass = true;
    else if (c === 0x5d) inClass = false;
    else if (c === 0x2f && !inClass) {
      let end = i + 1;
      while (end < text.length && isFlag(text.charCodeAt(end))) end++;
      return end;
    }
  }
  return -1;
}

function isFlag(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
