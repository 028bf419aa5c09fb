// Reading Terraform's text where it stands: comments blanked, brackets matched past strings and heredocs, a block's
// own attributes found. Enough of HCL to find what a resource or a map entry writes; not a parser of the language.

/** The `{` of the block that holds offset `at`. */
export function enclosingBrace(code: string, at: number): number | undefined {
  let depth = 0;
  for (let i = at; i >= 0; i--) {
    const c = code[i];
    if (c === "}") depth++;
    else if (c === "{" && depth-- === 0) return i;
  }
  return undefined;
}

export interface Span {
  from: number;
  to: number;
}

/** The literal string of `name = "…"` at the top level of a block; undefined for anything Terraform works out. */
export function stringAttribute(code: string, span: Span, name: string): string | undefined {
  const at = attributeAt(code, span, name);
  if (at === undefined || code[at] !== '"') return undefined;
  const m = /^"((?:[^"\\\n]|\\.)*)"/.exec(code.slice(at, span.to));
  if (!m || m[1]!.includes("${")) return undefined;
  return m[1]!.replace(/\\(.)/g, "$1");
}

/**
 * Where the value of `name = …` starts, for an attribute of the block itself: not of a nested block, and not words
 * inside a string or heredoc (`description = "chart = x"`).
 */
export function attributeAt(code: string, span: Span, name: string): number | undefined {
  const pattern = new RegExp(`(^|[\\s{,])${name}\\s*=\\s*`, "g");
  const reader = new BlockReader(code, span.from);
  pattern.lastIndex = span.from;
  for (let m = pattern.exec(code); m !== null && m.index < span.to; m = pattern.exec(code)) {
    const where = reader.standing(m.index + m[1]!.length);
    if (where === "own") return m.index + m[0].length;
    if (where !== "nested") pattern.lastIndex = where;
  }
  return undefined;
}

/**
 * Reads a block's text forward from its first offset, as `closingBracket` reads it, to tell where each offset asked
 * about stands. Offsets must be asked in increasing order: the text is read once, however many are.
 */
export class BlockReader {
  private at: number;
  private depth = 0;

  constructor(
    private readonly code: string,
    from: number,
  ) {
    this.at = from;
  }

  /** "own" at the block's own level, "nested" inside a bracket, or where a string or heredoc holding it ends. */
  standing(offset: number): "own" | "nested" | number {
    const { code } = this;
    let i = this.at;
    for (; i < offset; i++) {
      const c = code[i];
      if (c === '"') i = stringEnd(code, i);
      else if (c === "<" && code.startsWith("<<", i)) i = heredocEnd(code, i);
      else if (c === "{" || c === "[") this.depth++;
      else if (c === "}" || c === "]") this.depth--;
    }
    this.at = i;
    if (i > offset) return i;
    return this.depth === 0 ? "own" : "nested";
  }
}

export function closingBrace(code: string, open: number): number {
  return closingBracket(code, open, "{", "}");
}

/** The matching bracket, past strings and heredocs (brackets in them do not count); the end of the text if none. */
export function closingBracket(code: string, open: number, o: string, c: string): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') i = stringEnd(code, i);
    else if (ch === "<" && code.startsWith("<<", i)) i = heredocEnd(code, i);
    else if (ch === o) depth++;
    else if (ch === c && --depth === 0) return i;
  }
  return code.length;
}

function stringEnd(code: string, open: number): number {
  for (let i = open + 1; i < code.length; i++) {
    if (code[i] === "\\") i++;
    else if (code[i] === '"' || code[i] === "\n") return i;
  }
  return code.length;
}

function heredocEnd(code: string, at: number): number {
  const m = /^<<-?([A-Za-z_]\w*)\n/.exec(code.slice(at, at + 80));
  if (!m) return at + 1;
  const end = new RegExp(`\\n[ \\t]*${m[1]}\\b`, "g");
  end.lastIndex = at + m[0].length - 1;
  const found = end.exec(code);
  return found ? found.index + found[0].length - 1 : code.length;
}

/** `#`, `//` and `/* … *\/` comments blanked out, strings and offsets kept. */
export function withoutComments(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end + 1);
      i = end + 1;
    } else if (ch === "<" && text.startsWith("<<", i)) {
      const end = heredocEnd(text, i);
      out += text.slice(i, end + 1);
      i = end + 1;
    } else if (ch === "#" || text.startsWith("//", i)) {
      const nl = text.indexOf("\n", i);
      const end = nl === -1 ? text.length : nl;
      out += " ".repeat(end - i);
      i = end;
    } else if (text.startsWith("/*", i)) {
      const close = text.indexOf("*/", i + 2);
      const end = close === -1 ? text.length : close + 2;
      out += text.slice(i, end).replace(/[^\n]/g, " ");
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
