// Values as config files write them on one line: quoted or plain scalars with a trailing comment, and flow lists.

export interface Span {
  start: number;
  end: number;
}

export interface ScalarValue extends Span {
  quoted: boolean;
  comment?: Span;
}

export interface CommentStyle {
  /** Characters that start a trailing comment. */
  markers: string;
  /** The marker must follow a blank (YAML, .env): `a#b` is a value. */
  afterBlank: boolean;
}

/** Reads the value at text[start, lineEnd); a quoted value keeps only its content. */
export function scalarValue(text: string, start: number, lineEnd: number, style: CommentStyle): ScalarValue {
  const q = text.charCodeAt(start);
  if (q === 0x22 || q === 0x27) {
    const close = closingQuote(text, start, lineEnd);
    if (close !== -1) {
      const comment = commentFrom(text, close + 1, lineEnd, style);
      return { start: start + 1, end: close, quoted: true, ...(comment ? { comment } : {}) };
    }
  }
  const comment = commentFrom(text, start, lineEnd, style);
  let end = comment ? comment.start : lineEnd;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end, quoted: false, ...(comment ? { comment } : {}) };
}

/** Items of a one-line `[a, "b", 'c']` list, each without its quotes. */
export function flowItems(text: string, open: number, end: number): Span[] {
  const items: Span[] = [];
  let depth = 0;
  let itemStart = open + 1;
  for (let i = open; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x27) {
      const close = closingQuote(text, i, end);
      if (close === -1) break;
      i = close;
    } else if (c === 0x5b || c === 0x7b) depth++;
    else if ((c === 0x2c && depth === 1) || ((c === 0x5d || c === 0x7d) && --depth === 0)) {
      pushItem(text, itemStart, i, items);
      itemStart = i + 1;
      if (depth === 0) break;
    }
  }
  return items;
}

function pushItem(text: string, a: number, b: number, items: Span[]): void {
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  const q = text.charCodeAt(a);
  if (b - a >= 2 && (q === 0x22 || q === 0x27) && text.charCodeAt(b - 1) === q)
    items.push({ start: a + 1, end: b - 1 });
  else if (b > a) items.push({ start: a, end: b });
}

/** The closing quote on this line: `\"` escapes in double quotes, `''` in single quotes (YAML, TOML literal). */
function closingQuote(text: string, open: number, lineEnd: number): number {
  const q = text.charCodeAt(open);
  for (let i = open + 1; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c && q === 0x22) i++;
    else if (c === q) {
      if (q === 0x27 && text.charCodeAt(i + 1) === 0x27) i++;
      else return i;
    }
  }
  return -1;
}

function commentFrom(text: string, from: number, lineEnd: number, style: CommentStyle): Span | undefined {
  if (style.markers === "") return undefined;
  for (let i = from; i < lineEnd; i++) {
    if (style.markers.indexOf(text[i] ?? "") === -1) continue;
    if (!style.afterBlank || i === from || isSpace(text.charCodeAt(i - 1))) return { start: i, end: lineEnd };
  }
  return undefined;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d;
}
