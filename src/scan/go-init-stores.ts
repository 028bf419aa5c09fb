// A Go package variable declared with a literal (`var host = "smtp.vendor.io"`) that the file's `func init()` assigns
// before anything reads it (`host = os.Getenv("HOST")`, first statement of its kind, outside any branch) never holds
// that literal when the program runs: init runs before main. Only this file is read: a package-level initializer in
// another file of the package that reads the variable would be rare, and the literal there is the default again.

/** `func init() {`, the only form: init takes nothing and returns nothing. */
const INIT = /\bfunc\s+init\s*\(\s*\)\s*\{/g;

/** `var name = "`, `name T = "` in a `var (…)` block, read where a line starts: a declaration with a literal. */
const DECLARATION = /[ \t]*(?:var\s+)?([A-Za-z_]\w*)(?:\s+[\w.*[\]]+)?\s*=\s*["`]/y;

/**
 * For a Go file, a test of each literal: why it is a package-level value that init() overwrites before reading it,
 * or undefined. The file's init() bodies are found once, at the first literal whose line declares a variable.
 */
export function initOverwrites(
  text: string,
  lineOf: (offset: number) => number,
): (offset: number) => string | undefined {
  let bodies: [number, number][] | undefined;
  return (offset) => {
    const lineStart = text.lastIndexOf("\n", offset) + 1;
    DECLARATION.lastIndex = lineStart;
    const declared = DECLARATION.exec(text);
    if (declared === null || DECLARATION.lastIndex > offset) return undefined;
    bodies ??= initBodies(text);
    if (bodies.length === 0 || braceDepth(text, lineStart) !== 0) return undefined;
    const name = declared[1]!;
    for (const [from, to] of bodies) {
      const assigned = firstUseIsAssignment(text, from, to, name);
      if (assigned !== undefined)
        return `init() assigns ${name} at line ${lineOf(assigned)} before anything reads it: this initial value is never used`;
    }
    return undefined;
  };
}

/** Where each `func init()` body's text starts and ends. */
function initBodies(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!text.includes("init")) return out;
  for (const m of text.matchAll(INIT)) {
    const open = m.index + m[0].length - 1;
    const close = closingBrace(text, open);
    if (close !== undefined) out.push([open + 1, close]);
  }
  return out;
}

/** The offset of `name =` when the first use of `name` in the body text[from, to) is that, at the body's own level. */
function firstUseIsAssignment(text: string, from: number, to: number, name: string): number | undefined {
  const word = new RegExp(`(?<![\\w.])${name}(?!\\w)`, "g");
  word.lastIndex = from;
  const m = word.exec(text);
  if (m === null || m.index >= to || braceDepth(text, m.index, from) !== 0) return undefined;
  const eol = text.indexOf("\n", m.index);
  const assignment = /^\s*=(?!=)/.exec(text.slice(m.index + name.length, eol === -1 || eol > to ? to : eol));
  if (assignment === null) return undefined;
  // `host = host + "x"` reads it first: the next use is on the same line.
  const next = word.exec(text);
  return next !== null && next.index < (eol === -1 ? to : Math.min(eol, to)) ? undefined : m.index;
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
