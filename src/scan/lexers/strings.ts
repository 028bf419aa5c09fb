// String literal readers shared by the code lexers. Each starts at the opening quote and returns where the literal
// ends; all are single forward walks, and an unterminated literal ends at the line end or the end of text.

export interface StringSpan {
  end: number;
  contentStart: number;
  contentEnd: number;
}

/**
 * A reader writes the literal's bounds into `out`, one object per lexed text, and returns it: a program holds a
 * literal every few dozen characters, and an object for each was a fifth of what the scan allocated.
 */
export function spanOf(out: StringSpan, end: number, contentStart: number, contentEnd: number): StringSpan {
  out.end = end;
  out.contentStart = contentStart;
  out.contentEnd = contentEnd;
  return out;
}

export function newSpan(): StringSpan {
  return { end: 0, contentStart: 0, contentEnd: 0 };
}

/** `"..."` / `'...'` with backslash escapes; a newline ends an unterminated literal (unless `multiLine`). */
export function quoted(
  text: string,
  open: number,
  contentStart: number,
  out: StringSpan,
  multiLine = false,
): StringSpan {
  const quote = text.charCodeAt(open);
  const n = text.length;
  for (let i = contentStart; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === quote) return spanOf(out, i + 1, contentStart, i);
    else if (c === 0x0a && !multiLine) return spanOf(out, i, contentStart, i);
  }
  return spanOf(out, n, contentStart, n);
}

/** A literal closed by `close` with no escapes at all: Go raw strings, Kotlin/Java `"""`, shell `'...'`. */
export function delimited(text: string, contentStart: number, close: string, out: StringSpan): StringSpan {
  const at = text.indexOf(close, contentStart);
  const contentEnd = at === -1 ? text.length : at;
  return spanOf(out, at === -1 ? text.length : at + close.length, contentStart, contentEnd);
}

/** A literal closed by `close` where a backslash escapes the next character: Python `"""..."""`. */
export function delimitedWithEscapes(text: string, contentStart: number, close: string, out: StringSpan): StringSpan {
  const first = close.charCodeAt(0);
  const n = text.length;
  for (let i = contentStart; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === first && text.startsWith(close, i)) return spanOf(out, i + close.length, contentStart, i);
  }
  return spanOf(out, n, contentStart, n);
}

/** C# verbatim `@"..."`: `""` is an escaped quote. */
export function verbatim(text: string, contentStart: number, out: StringSpan): StringSpan {
  const n = text.length;
  for (let i = contentStart; i < n; i++) {
    if (text.charCodeAt(i) !== 0x22) continue;
    if (text.charCodeAt(i + 1) === 0x22) i++;
    else return spanOf(out, i + 1, contentStart, i);
  }
  return spanOf(out, n, contentStart, n);
}

const MAX_TEMPLATE_NESTING = 64;

/**
 * JS template literal from its backtick, including nested `${ ... }` expressions with their own strings and
 * templates. The whole template is one literal: placeholders inside a URL then read as templated hosts.
 */
export function template(text: string, open: number, out: StringSpan): StringSpan {
  const n = text.length;
  // Each entry is the brace depth of an open `${` expression; the template nesting is implied by the stack.
  const depths: number[] = [];
  let inTemplate = true;
  for (let i = open + 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (inTemplate) {
      if (c === 0x5c) i++;
      else if (c === 0x60) {
        if (depths.length === 0) return spanOf(out, i + 1, open + 1, i);
        inTemplate = false;
      } else if (c === 0x24 && text.charCodeAt(i + 1) === 0x7b) {
        // Real code never nests templates this deep; hostile text that does ends the literal here.
        if (depths.length >= MAX_TEMPLATE_NESTING) return spanOf(out, i, open + 1, i);
        depths.push(1);
        inTemplate = false;
        i++;
      }
      continue;
    }
    const top = depths.length - 1;
    if (c === 0x7b) depths[top] = (depths[top] ?? 0) + 1;
    else if (c === 0x7d) {
      depths[top] = (depths[top] ?? 1) - 1;
      if (depths[top] === 0) {
        depths.pop();
        inTemplate = true;
      }
    } else if (c === 0x60) inTemplate = true;
    else if (c === 0x22 || c === 0x27) i = quoted(text, i, i + 1, out).end - 1;
  }
  return spanOf(out, n, open + 1, n);
}
