// String forms of the languages with `//` and `/* */` comments: JS/TS, Go, Java, Kotlin, C#, and JSON(C).
import { lexCode, type CodeSyntax } from "./code-lexer.js";
import type { LexSink } from "./sink.js";
import { delimited, quoted, template, verbatim, type StringSpan } from "./strings.js";

const DQ = 0x22;
const SQ = 0x27;
const BACKTICK = 0x60;

/** `regexLiterals`: `/…/` after an operator is a regex (JS); `namesBeforeTypes`: `host string = "x"` (Go). */
function cSyntax(
  string: CodeSyntax["string"],
  stringStarts: string,
  {
    regexLiterals = false,
    namesBeforeTypes = false,
  }: Partial<Pick<CodeSyntax, "regexLiterals" | "namesBeforeTypes">> = {},
): CodeSyntax {
  return {
    slashComments: true,
    hashComments: false,
    regexLiterals,
    docstrings: false,
    namesBeforeTypes,
    string,
    stringStarts,
  };
}

const javascript = cSyntax(
  (text, i, _sink, _skip, out) => {
    const c = text.charCodeAt(i);
    if (c === DQ || c === SQ) return quoted(text, i, i + 1, out);
    if (c === BACKTICK) return template(text, i, out);
    return undefined;
  },
  "\"'`",
  { regexLiterals: true },
);

const go = cSyntax(
  (text, i, _sink, _skip, out) => {
    const c = text.charCodeAt(i);
    if (c === DQ || c === SQ) return quoted(text, i, i + 1, out);
    if (c === BACKTICK) return delimited(text, i + 1, "`", out);
    return undefined;
  },
  "\"'`",
  { namesBeforeTypes: true },
);

/** Java text blocks and Kotlin raw strings share the `"""` form; neither treats a backslash before `"""` specially enough to matter here. */
const jvm = cSyntax((text, i, _sink, _skip, out) => {
  const c = text.charCodeAt(i);
  if (c === DQ && text.startsWith('"""', i)) return delimited(text, i + 3, '"""', out);
  if (c === DQ || c === SQ) return quoted(text, i, i + 1, out);
  return undefined;
}, "\"'");

const csharp = cSyntax((text, i, _sink, _skip, out) => csharpString(text, i, out), "\"'@$");

const json = cSyntax((text, i, _sink, _skip, out) => {
  const c = text.charCodeAt(i);
  return c === DQ || c === SQ ? quoted(text, i, i + 1, out) : undefined;
}, "\"'");

function csharpString(text: string, i: number, out: StringSpan): StringSpan | undefined {
  let j = i;
  let isVerbatim = false;
  // Prefixes: `@"..."`, `$"..."`, `$@"..."`, `@$"..."`, `$$"""..."""`.
  while (j < i + 4 && (text.charCodeAt(j) === 0x40 || text.charCodeAt(j) === 0x24)) {
    if (text.charCodeAt(j) === 0x40) isVerbatim = true;
    j++;
  }
  const c = text.charCodeAt(j);
  if (c === SQ && j === i) return quoted(text, i, i + 1, out);
  if (c !== DQ) return undefined;
  if (text.startsWith('"""', j)) {
    let quotes = 3;
    while (text.charCodeAt(j + quotes) === DQ) quotes++;
    return delimited(text, j + quotes, '"'.repeat(quotes), out);
  }
  return isVerbatim ? verbatim(text, j + 1, out) : quoted(text, j, j + 1, out);
}

export const lexJavaScript = (text: string, sink: LexSink) => lexCode(text, javascript, sink);
export const lexGo = (text: string, sink: LexSink) => lexCode(text, go, sink);
export const lexJvm = (text: string, sink: LexSink) => lexCode(text, jvm, sink);
export const lexCSharp = (text: string, sink: LexSink) => lexCode(text, csharp, sink);
export const lexJson = (text: string, sink: LexSink) => lexCode(text, json, sink);
