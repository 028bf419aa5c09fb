// One forward walk over program text: comments are skipped, string literals are reported with the name they are
// bound to. The language-specific parts (string forms, comment markers) come in through CodeSyntax.
import type { LexSink } from "./sink.js";
import { newSpan, type StringSpan } from "./strings.js";
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
  /**
   * Reads a string literal starting at `i` into `out` and returns it, or returns undefined. May report extra literals
   * (heredoc bodies).
   */
  string(text: string, i: number, sink: LexSink, skip: SkipRegion, out: StringSpan): StringSpan | undefined;
  /** The ASCII characters a string literal can start with; `string` is not asked elsewhere. Unset: asked everywhere. */
  stringStarts?: string;
  /** A typed declaration writes the name before the type: `host string = "x"` (Go), not `String host = "x"`. */
  namesBeforeTypes: boolean;
  /** Reads a whole-line construct at a line start (Ruby `=begin`), returning its end, or undefined. */
  lineStart?(text: string, i: number, sink: LexSink): number | undefined;
}

/** A stretch the walk jumps over when it reaches it: heredoc bodies already reported. */
export interface SkipRegion {
  from: number;
  to: number;
}

// What each ASCII character starts, per syntax: a token read in the loop below, or (SLOW) something only the
// syntax can tell: a comment, a string or a regex. Most of a program is words, blanks and punctuation, and asking
// the syntax about each of them was the lexer's largest cost.
const BLANK = 8;
const NEWLINE = 9;
const SLOW = 10;

interface Dispatch {
  table: Uint8Array;
  /** What a non-ASCII character starts: a word, unless the syntax is asked everywhere. */
  nonAscii: number;
}

const DISPATCH = new WeakMap<CodeSyntax, Dispatch>();

function dispatchOf(syntax: CodeSyntax): Dispatch {
  let d = DISPATCH.get(syntax);
  if (d !== undefined) return d;
  const table = new Uint8Array(128);
  const everywhere = syntax.stringStarts === undefined;
  for (let c = 0; c < 128; c++) table[c] = everywhere ? SLOW : classOf(c);
  for (const ch of syntax.stringStarts ?? "") table[ch.charCodeAt(0)] = SLOW;
  if (syntax.hashComments) table[0x23] = SLOW;
  if (syntax.slashComments || syntax.regexLiterals) table[0x2f] = SLOW;
  for (const ch of " \t\r\f") table[ch.charCodeAt(0)] = BLANK;
  table[0x0a] = NEWLINE;
  d = { table, nonAscii: everywhere ? SLOW : IDENT };
  DISPATCH.set(syntax, d);
  return d;
}

export function lexCode(text: string, syntax: CodeSyntax, sink: LexSink): void {
  const n = text.length;
  const { table, nonAscii } = dispatchOf(syntax);
  const tokens = new BindingTracker(text, syntax.namesBeforeTypes);
  const skip: SkipRegion = { from: -1, to: -1 };
  const span = newSpan();
  let atLineStart = true;
  let i = 0;
  while (i < n) {
    if (skip.from !== -1 && i >= skip.from) {
      i = Math.max(i, skip.to);
      skip.from = -1;
      continue;
    }
    const c = text.charCodeAt(i);
    const kind = c < 128 ? table[c]! : nonAscii;
    if (kind === NEWLINE) {
      // A backslash before the line break continues the statement (Python, shell-style continuations).
      if (!continuesLine(text, i)) tokens.newline();
      atLineStart = true;
      i++;
      continue;
    }
    if (kind === BLANK) {
      i++;
      while (i < n && isBlank(text.charCodeAt(i))) i++;
      continue;
    }
    if (atLineStart) {
      atLineStart = false;
      if (syntax.lineStart) {
        const end = syntax.lineStart(text, i, sink);
        if (end !== undefined) {
          i = end;
          continue;
        }
      }
    }
    switch (kind) {
      case IDENT: {
        const end = wordEnd(text, i + 1);
        tokens.push(TokenKind.Ident, i, end);
        i = end;
        continue;
      }
      case DIGIT: {
        const end = numberEnd(text, i + 1);
        tokens.push(TokenKind.Number, i, end);
        i = end;
        continue;
      }
      case SLOW:
        i = slowToken(text, i, c, syntax, sink, tokens, skip, span);
        continue;
      default:
        i = tokens.readToken(i);
    }
  }
  tokens.release();
}

/** A comment, a string, a regex, or (when it is none of these after all) an ordinary token at `i`: where it ends. */
function slowToken(
  text: string,
  i: number,
  c: number,
  syntax: CodeSyntax,
  sink: LexSink,
  tokens: BindingTracker,
  skip: SkipRegion,
  out: StringSpan,
): number {
  const next = c === 0x2f ? text.charCodeAt(i + 1) : 0;
  if ((syntax.hashComments && c === 0x23) || (syntax.slashComments && c === 0x2f && next === 0x2f)) {
    const end = lineEnd(text, i);
    sink.comment(i, end);
    return end;
  }
  if (syntax.slashComments && c === 0x2f && next === 0x2a) {
    const close = text.indexOf("*/", i + 2);
    const end = close === -1 ? text.length : close + 2;
    sink.comment(i, end);
    return end;
  }
  const span = syntax.string(text, i, sink, skip, out);
  if (span) {
    // Most literals ("," "utf-8") can hold no host: their binding, the costly part, is not worked out.
    if (sink.mayHoldHost?.(span.contentStart, span.contentEnd) !== false) {
      const key = tokens.keyForLiteral();
      if (!(syntax.docstrings && tokens.atStatementStart() && endsStatement(text, span.end))) {
        sink.literal(span.contentStart, span.contentEnd, key, tokens.fallbackKey, tokens.contextKey);
      }
    }
    tokens.push(TokenKind.Str, span.contentStart, span.contentEnd);
    return Math.max(span.end, i + 1);
  }
  if (syntax.regexLiterals && c === 0x2f && tokens.expectsOperand()) {
    const end = regexEnd(text, i);
    if (end !== -1) {
      tokens.push(TokenKind.Other, i, end);
      return end;
    }
  }
  return tokens.readToken(i);
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
