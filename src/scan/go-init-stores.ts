// A Go package variable declared with a literal (`var host = "smtp.vendor.io"`) that the file's `func init()` assigns
// before anything reads it (`host = os.Getenv("HOST")`, first statement of its kind, outside any branch) never holds
// that literal when the program runs: init runs before main. Only this file is read: a package-level initializer in
// another file of the package that reads the variable would be rare, and the literal there is the default again.

/** `func init() {`, the only form: init takes nothing and returns nothing. */
const INIT = /\bfunc\s+init\s*\(\s*\)\s*\{/g;

/** `var name = "`, `name T = "` in a `var (…)` block: a declaration with a literal, its type optional. */
const DECLARATION = /^\s*(?:var\s+)?([A-Za-z_]\w*)(?:\s+[\w.*[\]]+)?\s*=\s*["`]/;

/** DECLARATION read where a line starts, without cutting the line out. */
const DECLARATION_AT = new RegExp(DECLARATION.source.slice(1), "y");

/** Whether the line of the literal at `offset` may declare a variable with it: the cheap test before the others. */
export function mayDeclare(text: string, offset: number): boolean {
  DECLARATION_AT.lastIndex = text.lastIndexOf("\n", offset) + 1;
  return DECLARATION_AT.test(text) && DECLARATION_AT.lastIndex <= offset;
}

/** Why the literal at `offset` is a package-level value that init() overwrites before reading it, else undefined. */
export function overwrittenByInit(
  text: string,
  offset: number,
  lineOf: (offset: number) => number,
): string | undefined {
  const lineStart = text.lastIndexOf("\n", offset) + 1;
  const name = DECLARATION.exec(text.slice(lineStart, offset))?.[1];
  if (name === undefined || braceDepth(text, lineStart) !== 0) return undefined;
  for (const m of text.matchAll(INIT)) {
    const open = m.index + m[0].length - 1;
    const close = closingBrace(text, open);
    if (close === undefined) continue;
    const assigned = firstUseIsAssignment(text, open + 1, close, name);
    if (assigned !== undefined)
      return `init() assigns ${name} at line ${lineOf(assigned)} before anything reads it: this initial value is never used`;
  }
  return undefined;
}

/** The offset of `name =` when the first use of `name` in the body text[from, to) is that, at the body's own level. */
function firstUseIsAssignment(text: string, from: number, to: number, name: string): number | undefined {
  const word = new RegExp(`(?<![\\w.])${name}(?!\\w)`, "g");
  word.lastIndex = from;
  const m = word.exec(text);
  if (m === null || m.index >= to) return undefined;
  if (braceDepth(text, m.index, from) !== 0) return undefined;
  const eol = text.indexOf("\n", m.index);
  const after = text.slice(m.index + name.length, eol === -1 || eol > to ? to : eol);
  const assignment = /^\s*=(?!=)(.*)$/.exec(after);
  if (assignment === null) return undefined;
  // `host = host + "x"` reads it first.
  return new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(assignment[1]!) ? undefined : m.index;
}

/** How many braces are open at `at`, counted from `from`, outside strings and comments. */
function braceDepth(text: string, at: number, from = 0): number {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b) depth++;
    else if (c === 0x7d) depth--;
    else i = skipString(text, i);
  }
  return depth;
}

/** The `}` closing the `{` at `open`. */
function closingBrace(text: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b) depth++;
    else if (c === 0x7d) {
      if (--depth === 0) return i;
    } else i = skipString(text, i);
  }
  return undefined;
}

/** Past a string, rune or comment starting at `i` (its last character), else `i`. */
function skipString(text: string, i: number): number {
  const c = text[i];
  if (c === "/" && text[i + 1] === "/") {
    const end = text.indexOf("\n", i);
    return end === -1 ? text.length : end;
  }
  if (c === "/" && text[i + 1] === "*") {
    const end = text.indexOf("*/", i + 2);
    return end === -1 ? text.length : end + 1;
  }
  if (c === "`") {
    const end = text.indexOf("`", i + 1);
    return end === -1 ? text.length : end;
  }
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < text.length && text[j] !== c && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
    return j;
  }
  return i;
}
