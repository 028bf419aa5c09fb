// Ruby: `#` and `=begin`/`=end` comments, '', "" with `#{}` interpolation, %q()-style literals and heredocs.
import { lexCode, type CodeSyntax, type SkipRegion } from "./code-lexer.js";
import type { LexSink } from "./sink.js";
import { quoted, spanOf, type StringSpan } from "./strings.js";

const CLOSERS: Record<string, string> = { "(": ")", "[": "]", "{": "}", "<": ">" };

const ruby: CodeSyntax = {
  slashComments: false,
  hashComments: true,
  regexLiterals: true,
  docstrings: false,
  namesBeforeTypes: false,
  string: rubyString,
  lineStart(text, i, sink) {
    if (!text.startsWith("=begin", i)) return undefined;
    const close = text.indexOf("\n=end", i);
    const end = close === -1 ? text.length : close + 5;
    sink.comment(i, end);
    return end;
  },
};

function rubyString(text: string, i: number, sink: LexSink, skip: SkipRegion, out: StringSpan): StringSpan | undefined {
  const c = text[i];
  if (c === "'" || c === "`") return quoted(text, i, i + 1, out, true);
  if (c === '"') return interpolated(text, i + 1, '"', out);
  if (c === "%") return percentLiteral(text, i, out);
  if (c === "<" && text.startsWith("<<", i)) return heredoc(text, i, sink, skip, out);
  return undefined;
}

/** `"..."` whose `#{ ... }` may hold quotes of its own. */
function interpolated(text: string, contentStart: number, close: string, out: StringSpan): StringSpan {
  const closeCode = close.charCodeAt(0);
  let depth = 0;
  for (let i = contentStart; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x23 && text.charCodeAt(i + 1) === 0x7b) {
      depth++;
      i++;
    } else if (c === 0x7d && depth > 0) depth--;
    else if (c === closeCode && depth === 0) return spanOf(out, i + 1, contentStart, i);
  }
  return spanOf(out, text.length, contentStart, text.length);
}

/** `%q(...)`, `%Q{...}`, `%w[...]`, `%(...)`: a literal only when a letter from qQwW or a bracket follows `%`. */
function percentLiteral(text: string, i: number, out: StringSpan): StringSpan | undefined {
  let j = i + 1;
  if ("qQwW".includes(text[j] ?? " ")) j++;
  const open = text[j] ?? "";
  const close = CLOSERS[open];
  if (close === undefined) return undefined;
  let depth = 0;
  for (let k = j + 1; k < text.length; k++) {
    const c = text[k];
    if (c === "\\") k++;
    else if (c === open) depth++;
    else if (c === close) {
      if (depth === 0) return spanOf(out, k + 1, j + 1, k);
      depth--;
    }
  }
  return spanOf(out, text.length, j + 1, text.length);
}

/**
 * `<<~ID`, `<<-ID`, `<<'ID'`, `<<"ID"`, `<<ID` (upper-case, so `a << b` stays a shift). The body (next line up to
 * the terminator line) is reported here and skipped when the walk reaches it; the opener itself is the literal.
 */
function heredoc(text: string, i: number, sink: LexSink, skip: SkipRegion, out: StringSpan): StringSpan | undefined {
  const m = /^<<([~-]?)(['"]?)([A-Za-z_][A-Za-z0-9_]*)\2/.exec(text.slice(i, i + 80));
  if (!m || (m[1] === "" && m[2] === "" && !/^[A-Z_][A-Z0-9_]*$/.test(m[3] ?? ""))) return undefined;
  const terminator = m[3] ?? "";
  const openerEnd = i + m[0].length;
  // Several heredocs on one line: each body starts where the previous one ended.
  const lineBreak = text.indexOf("\n", skip.from !== -1 ? skip.to : openerEnd);
  if (lineBreak === -1) return spanOf(out, openerEnd, openerEnd, openerEnd);
  const bodyStart = lineBreak + 1;
  let lineStart = bodyStart;
  let bodyEnd = text.length;
  let after = text.length;
  while (lineStart < text.length) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    if (text.slice(lineStart, lineEnd).trim() === terminator) {
      bodyEnd = lineStart;
      after = lineEnd;
      break;
    }
    lineStart = lineEnd + 1;
  }
  sink.literal(bodyStart, bodyEnd, undefined);
  if (skip.from === -1) skip.from = bodyStart;
  skip.to = after;
  return spanOf(out, openerEnd, openerEnd, openerEnd);
}

export const lexRuby = (text: string, sink: LexSink) => lexCode(text, ruby, sink);
