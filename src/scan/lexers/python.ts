// Python: `#` comments, prefixed strings (r, b, u, f and pairs), triple-quoted strings. A string standing alone as a
// statement is a docstring (or a string used as a comment): it never runs as a value, so it is not scanned.
import { lexCode, type CodeSyntax, type SkipRegion } from "./code-lexer.js";
import type { LexSink } from "./sink.js";
import { delimitedWithEscapes, quoted, type StringSpan } from "./strings.js";

const python: CodeSyntax = {
  slashComments: false,
  hashComments: true,
  regexLiterals: false,
  docstrings: true,
  namesBeforeTypes: false,
  string: pythonString,
  stringStarts: "\"'rRbBuUfF",
};

function pythonString(
  text: string,
  i: number,
  _sink: LexSink,
  _skip: SkipRegion,
  out: StringSpan,
): StringSpan | undefined {
  let j = i;
  while (j < i + 2 && isPrefix(text.charCodeAt(j))) j++;
  const c = text.charCodeAt(j);
  if (c !== 0x22 && c !== 0x27) return undefined;
  if (text.charCodeAt(j + 1) === c && text.charCodeAt(j + 2) === c)
    return delimitedWithEscapes(text, j + 3, c === 0x22 ? '"""' : "'''", out);
  return quoted(text, j, j + 1, out);
}

function isPrefix(c: number): boolean {
  switch (c | 0x20) {
    case 0x72: // r
    case 0x62: // b
    case 0x75: // u
    case 0x66: // f
      return true;
    default:
      return false;
  }
}

export const lexPython = (text: string, sink: LexSink) => lexCode(text, python, sink);
