// A fast path for the YAML that Kubernetes manifests are written in: block maps and sequences, one-line flow
// collections, plain and quoted scalars over one or more lines (CRD descriptions wrap), and block scalars. It reads
// a text line by line in one linear pass and returns exactly what the library path in parse-yaml.ts returns for it
// (values, key order, each document's line and every recorded pointer's line), or undefined for anything outside
// that subset or anything it is not sure of, and the library path runs instead. The library takes a few hundred
// microseconds per small manifest, which across a monorepo's manifests was most of a pull request's run; this takes
// about a twentieth of that.
//
// The library's behaviour mirrored here: the lexer (yaml/dist/parse/lexer.js) for where scalars end and which
// lines continue them, the core schema (yaml/dist/schema/core) for what a plain scalar resolves to, flow and block
// scalar resolution (yaml/dist/compose/resolve-*-scalar.js), and collectLines in parse-yaml.ts for which pointers
// get which lines.
import { escapePointer } from "./json-pointer.js";
import type { ParsedDocument, ParsedFile, YamlLimits } from "./parse-yaml.js";

/**
 * Texts nested deeper, or with more nodes, than this or half the configured limits go to the library path, whose
 * guards (yaml-structure.ts, yaml-cst-check.ts) decide about them; the margin covers any difference in how the guards
 * count, so a text taken here never has a problem they would have reported.
 */
const MAX_DEPTH = 64;
const MAX_NODES = 200_000;
/**
 * collectLines skips pointers longer than 1,024 characters and stops recording after 8,000,000 characters of them;
 * staying well below both means those rules never apply to a text taken here.
 */
const MAX_POINTER = 512;
const MAX_POINTER_CHARS = 4_000_000;
/** The library refuses an implicit key whose `:` is more than 1,024 characters after its start. */
const MAX_KEY = 256;

/** Characters the subset never contains: tabs, carriage returns and other controls, a byte order mark, and the
 * Unicode line and paragraph separators (all of which the library treats in ways of their own). */
const UNSUPPORTED_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

class Decline {}
/** Thrown to leave the parse from any depth; allocated once, so declining captures no stack. */
const DECLINE = new Decline();

function decline(): never {
  throw DECLINE;
}

const BLANK = -1;
const MARKER = -2;
const SPACE = 0x20;

interface State {
  lines: string[];
  /** Per line: its indentation, BLANK for a line with only spaces or a comment, MARKER for a `---` line. */
  indents: Int32Array;
  /** The current line, and the end (exclusive) of the current document's lines. */
  li: number;
  end: number;
  maxDepth: number;
  nodesLeft: number;
  pointerCharsLeft: number;
  pointerLines: Map<string, number>;
  /** The end of the last flow collection or quoted scalar read on a line. */
  pos: number;
  /** The line a multi-line scalar read last ended on (`pos` is on it). */
  endLine: number;
}

/**
 * The documents of `text` if it is written entirely in the subset this parser knows, exactly as parseYamlFile's
 * library path would return them; undefined otherwise. Never throws.
 */
export function parseSimpleYaml(text: string, limits: YamlLimits): ParsedFile | undefined {
  if (UNSUPPORTED_CHARS.test(text)) return undefined;
  try {
    return parseText(text, limits);
  } catch {
    // A decline, or a case this parser did not foresee: the library path handles both.
    return undefined;
  }
}

function parseText(text: string, limits: YamlLimits): ParsedFile {
  const lines = text.split("\n");
  const indents = classify(lines);
  const st: State = {
    lines,
    indents,
    li: 0,
    end: 0,
    maxDepth: Math.min(MAX_DEPTH, Math.floor(limits.maxDepth / 2)),
    nodesLeft: Math.min(MAX_NODES, Math.floor((limits.maxNodes ?? Infinity) / 2)),
    pointerCharsLeft: MAX_POINTER_CHARS,
    pointerLines: new Map(),
    pos: 0,
    endLine: 0,
  };
  const documents: ParsedDocument[] = [];
  // The text before the first `---` is a document only if it has content; each `---` starts one, empty or not.
  let start = 0;
  let marker = -1;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && indents[i] !== MARKER) continue;
    const doc = parseDocument(st, start, i, marker);
    if (doc) documents.push(doc);
    start = i + 1;
    marker = i;
  }
  return { documents, problems: [] };
}

/** Indentation of each line, or BLANK / MARKER; declines lines that would be directives or document end markers. */
function classify(lines: string[]): Int32Array {
  const indents = new Int32Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let sp = 0;
    while (line.charCodeAt(sp) === SPACE) sp++;
    if (sp === line.length || line.charCodeAt(sp) === 0x23 /* # */) {
      indents[i] = BLANK;
      continue;
    }
    indents[i] = sp;
    if (
      sp === 0 &&
      (line.startsWith("---") || line.startsWith("...")) &&
      (line.length === 3 || line.charCodeAt(3) === SPACE)
    ) {
      if (line[0] === ".") decline();
      // Only a comment may follow the marker: `--- value` starts the document on the marker's line.
      let k = 3;
      while (line.charCodeAt(k) === SPACE) k++;
      if (k < line.length && line[k] !== "#") decline();
      indents[i] = MARKER;
    }
  }
  return indents;
}

function parseDocument(st: State, start: number, end: number, marker: number): ParsedDocument | undefined {
  st.li = start;
  st.end = end;
  const first = nextContent(st);
  if (first < 0) {
    // An explicit document with nothing in it holds a null at its marker's line; an implicit one is no document.
    if (marker < 0) return undefined;
    return { value: null, line: marker + 1, lines: new Map([["", marker + 1]]) };
  }
  const lines = new Map<string, number>();
  st.pointerLines = lines;
  lines.set("", first + 1);
  const indent = st.indents[first]!;
  const value = isSeqItem(st.lines[first]!, indent)
    ? parseSeq(st, first, indent, 1, "")
    : parseMap(st, first, indent, 1, "");
  if (nextContent(st) >= 0) decline();
  return { value, line: first + 1, lines };
}

/** The next line with content at or after the current one in this document, or -1; skips blank and comment lines. */
function nextContent(st: State): number {
  let i = st.li;
  while (i < st.end && st.indents[i] === BLANK) i++;
  st.li = i;
  return i < st.end ? i : -1;
}

function isSeqItem(line: string, indent: number): boolean {
  return (
    line.charCodeAt(indent) === 0x2d /* - */ && (indent + 1 === line.length || line.charCodeAt(indent + 1) === SPACE)
  );
}

export function skipSpaces(line: string, k: number): number {
  while (line.charCodeAt(k) === SPACE) k++;
  return k;
}

function count(st: State, nodes: number): void {
  st.nodesLeft -= nodes;
  if (st.nodesLeft < 0) decline();
}

/** Records a pointer's line as collectLines does, charging its length to the file's budget. */
function record(st: State, pointer: string, line: number): void {
  if (pointer.length > MAX_POINTER) decline();
  st.pointerCharsLeft -= pointer.length;
  if (st.pointerCharsLeft < 0) decline();
  st.pointerLines.set(pointer, line);
}

/** collectLines records a collection's pointer once more when it recurses into it, at a cost but no new entry. */
function chargeCollection(st: State, pointer: string, value: unknown): void {
  if (value !== null && typeof value === "object") {
    st.pointerCharsLeft -= pointer.length;
    if (st.pointerCharsLeft < 0) decline();
  }
}

/** A block map whose first key is at `col` on line `i` (after a `- ` or at the line's indentation). */
function parseMap(st: State, i: number, col: number, depth: number, pointer: string): Record<string, unknown> {
  if (depth > st.maxDepth) decline();
  count(st, 2);
  const map: Record<string, unknown> = {};
  for (;;) {
    parseEntry(st, i, col, depth, pointer, map);
    const n = nextContent(st);
    if (n < 0) break;
    const indent = st.indents[n]!;
    if (indent < col) break;
    // More indented after a value that has ended (at a comment, a closing quote or bracket, a block scalar's
    // end): an error in the library, or nothing the subset has.
    if (indent > col) decline();
    i = n;
  }
  return map;
}

function parseEntry(
  st: State,
  i: number,
  col: number,
  depth: number,
  pointer: string,
  map: Record<string, unknown>,
): void {
  const line = st.lines[i]!;
  let key: string;
  let p: number;
  const c = line.charCodeAt(col);
  if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
    // A quoted key that goes on to the next line is an error in the library.
    key = parseQuoted(st, line, col) ?? decline();
    p = skipSpaces(line, st.pos);
    if (line.charCodeAt(p) !== 0x3a /* : */) decline();
    p++;
    if (p < line.length && line.charCodeAt(p) !== SPACE) decline();
  } else {
    if (!plainKeyStart(line, col)) decline();
    const colon = keyColon(line, col);
    if (colon < 0) decline();
    let e = colon;
    while (line.charCodeAt(e - 1) === SPACE) e--;
    key = line.slice(col, e);
    // A key that resolves to null, a boolean or a number becomes a different property name than its text.
    if (typeof resolvePlain(key) !== "string" || key === "<<") decline();
    p = colon + 1;
  }
  if (p - col > MAX_KEY || key === "__proto__" || Object.hasOwn(map, key)) decline();
  count(st, 3);
  const child = `${pointer}/${escapePointer(key)}`;
  record(st, child, i + 1);
  const j = skipSpaces(line, p);
  let value: unknown;
  if (j === line.length || line.charCodeAt(j) === 0x23 /* # */) {
    // Nothing after the colon: a block collection on the next lines, or null.
    st.li = i + 1;
    const n = nextContent(st);
    const indent = n < 0 ? -1 : st.indents[n]!;
    if (n >= 0 && (indent > col || (indent === col && isSeqItem(st.lines[n]!, indent)))) {
      value = isSeqItem(st.lines[n]!, indent)
        ? parseSeq(st, n, indent, depth + 1, child)
        : parseMap(st, n, indent, depth + 1, child);
    } else value = null;
  } else value = parseInline(st, i, j, col, depth, child);
  chargeCollection(st, child, value);
  map[key] = value;
}

/** A block sequence whose first `- ` is at `indent` on line `i`. */
function parseSeq(st: State, i: number, indent: number, depth: number, pointer: string): unknown[] {
  if (depth > st.maxDepth) decline();
  count(st, 2);
  const seq: unknown[] = [];
  for (;;) {
    const line = st.lines[i]!;
    const j = skipSpaces(line, indent + 1);
    // An empty item, or one whose node starts on a later line.
    if (j === line.length || line.charCodeAt(j) === 0x23 /* # */) decline();
    count(st, 1);
    const item = `${pointer}/${seq.length}`;
    record(st, item, i + 1);
    seq.push(
      startsEntry(st, line, j) ? parseMap(st, i, j, depth + 1, item) : parseInline(st, i, j, indent, depth, item),
    );
    const n = nextContent(st);
    if (n < 0) break;
    const next = st.indents[n]!;
    if (next < indent) break;
    // As in a map: what would continue the last item.
    if (next > indent) decline();
    // A key at the sequence's own indentation: the map this sequence is a value of goes on.
    if (!isSeqItem(st.lines[n]!, next)) break;
    i = n;
  }
  return seq;
}

/** Whether the item content at `j` is a `key: value` that opens a map there. */
function startsEntry(st: State, line: string, j: number): boolean {
  const c = line.charCodeAt(j);
  if (c === 0x22 || c === 0x27) {
    // A quoted scalar that does not close on its line cannot be an implicit key; as an item, it may go on below.
    if (parseQuoted(st, line, j) === undefined) return false;
    const k = skipSpaces(line, st.pos);
    return line.charCodeAt(k) === 0x3a && (k + 1 === line.length || line.charCodeAt(k + 1) === SPACE);
  }
  return plainKeyStart(line, j) && keyColon(line, j) >= 0;
}

/**
 * A node that starts at column `j` of line `i` and ends on it, or a scalar that goes on below. `parent` is the
 * indentation of the map key or `-` it belongs to; the lexer continues a flow scalar only on lines indented past it.
 */
function parseInline(st: State, i: number, j: number, parent: number, depth: number, pointer: string): unknown {
  const line = st.lines[i]!;
  const c = line.charCodeAt(j);
  if (c === 0x7c /* | */ || c === 0x3e /* > */) return parseBlockScalar(st, i, j, parent);
  let value: unknown;
  let last = i;
  if (c === 0x5b /* [ */ || c === 0x7b /* { */) value = parseFlow(st, line, j, depth + 1, pointer, i + 1);
  else if (c === 0x22 || c === 0x27) {
    value = parseQuoted(st, line, j);
    if (value === undefined) {
      value = parseMultiLineQuoted(st, i, j, parent + 1);
      last = st.endLine;
    }
  } else {
    if (!plainValueStart(line, j)) decline();
    let k = j;
    let e = j;
    for (; k < line.length; k++) {
      const ch = line.charCodeAt(k);
      if (ch === SPACE) {
        if (line.charCodeAt(k + 1) === 0x23) break;
      } else {
        // `a: b: c` nests a map in a compact one, which the library refuses.
        if (ch === 0x3a && (k + 1 === line.length || line.charCodeAt(k + 1) === SPACE)) decline();
        e = k + 1;
      }
    }
    st.pos = e;
    // A comment ends a plain scalar; without one, more indented lines below continue it.
    if (k === line.length) {
      value = resolvePlain(plainLines(st, i, line.slice(j, e), parent + 1));
      last = st.endLine;
    } else value = resolvePlain(line.slice(j, e));
  }
  count(st, 1);
  // After a flow collection or quoted scalar, only spaces and a comment; a comment needs a space before it.
  const end = st.lines[last]!;
  const k = skipSpaces(end, st.pos);
  if (k < end.length && (end.charCodeAt(k) !== 0x23 || k === st.pos)) decline();
  st.li = last + 1;
  return value;
}

/**
 * A plain scalar whose first line's text is `first` (on line `i`), with the lines that continue it folded in as
 * the library's lexer and unfoldLines do: lines indented at least `min`, and lines of only spaces between them; a
 * comment line or a less indented one ends it. Sets `st.endLine` and `st.pos` to where its text ends.
 */
function plainLines(st: State, i: number, first: string, min: number): string {
  const lines = st.lines;
  let value = first;
  let blanks = 0;
  st.endLine = i;
  for (let n = i + 1; n < st.end; n++) {
    const s = lines[n]!;
    const sp = skipSpaces(s, 0);
    if (sp === s.length) {
      blanks++;
      continue;
    }
    if (sp < min || s.charCodeAt(sp) === 0x23) break;
    let e = sp;
    for (let k = sp; k < s.length; k++) {
      const ch = s.charCodeAt(k);
      if (ch === SPACE) {
        // The scalar would end at this comment mid-line; rare enough to leave to the library.
        if (s.charCodeAt(k + 1) === 0x23) decline();
      } else {
        // The scalar would become a multi-line implicit key, which the library refuses.
        if (ch === 0x3a && (k + 1 === s.length || s.charCodeAt(k + 1) === SPACE)) decline();
        e = k + 1;
      }
    }
    // A line break folds into a space; n empty lines between two lines of text become n line breaks.
    value += (blanks === 0 ? " " : "\n".repeat(blanks)) + s.slice(sp, e);
    blanks = 0;
    st.endLine = n;
    st.pos = e;
  }
  return value;
}

/** Where a plain scalar starting at `j` in block context may begin: not with an indicator the lexer acts on. */
function plainValueStart(line: string, j: number): boolean {
  const c = line[j]!;
  if ("?:,[]{}#&*!|>'\"%@`".includes(c)) return false;
  // `-1`, `-Xmx`: a dash followed by a space would be a sequence entry.
  return c !== "-" || (j + 1 < line.length && line.charCodeAt(j + 1) !== SPACE);
}

function plainKeyStart(line: string, j: number): boolean {
  return !"-?:,[]{}#&*!|>'\"%@` ".includes(line[j]!);
}

/**
 * The `:` (followed by a space or the end of the line) that ends a plain key starting at `j`, or -1 when a comment
 * or the end of the line comes first.
 */
function keyColon(line: string, j: number): number {
  for (let k = j; k < line.length; k++) {
    const ch = line.charCodeAt(k);
    if (ch === 0x3a) {
      if (k + 1 === line.length || line.charCodeAt(k + 1) === SPACE) return k;
    } else if (ch === SPACE && line.charCodeAt(k + 1) === 0x23) return -1;
  }
  return -1;
}

/**
 * A block scalar whose header is at column `j` of line `i`, belonging to a key or `-` at indentation `parent`. The
 * extent follows the lexer's parseBlockScalar, the value resolveBlockScalar; empty scalars are declined.
 */
function parseBlockScalar(st: State, i: number, j: number, parent: number): string {
  const line = st.lines[i]!;
  const folded = line[j] === ">";
  let k = j + 1;
  let chomp = "";
  let indicator = 0;
  // At most one chomping and one indentation indicator, in either order; resolveBlockScalar reports anything else
  // (`0`, a second digit or sign) as an error.
  for (; k < line.length && k <= j + 2; k++) {
    const c = line[k]!;
    if ((c === "-" || c === "+") && chomp === "") chomp = c;
    else if (c >= "1" && c <= "9" && indicator === 0) indicator = c.charCodeAt(0) - 0x30;
    else break;
  }
  if (k < line.length) {
    if (line.charCodeAt(k) !== SPACE) decline();
    k = skipSpaces(line, k);
    if (k < line.length && line[k] !== "#") decline();
  }
  count(st, 2);
  const lines = st.lines;
  const first = i + 1;
  // The lexer skips lines of spaces, however long, to the first line with content, and takes that line's
  // indentation as the scalar's unless an indicator gives it relative to the parent.
  let start = first;
  let firstIndent = 0;
  for (; start < lines.length; start++) {
    const s = lines[start]!;
    firstIndent = skipSpaces(s, 0);
    if (firstIndent < s.length) break;
  }
  // No line with content, or one not indented past the parent: an empty scalar.
  if (start >= lines.length || firstIndent <= parent) decline();
  const indent = indicator === 0 ? firstIndent : parent + indicator;
  // A first line indented less than the indicator says ends the scalar before it, leaving that line to be an error.
  if (firstIndent < indent) decline();
  // Without an indicator, a leading line of more spaces than the first content line's indentation is an error.
  if (indicator === 0) {
    for (let n = first; n < start; n++) if (lines[n]!.length > indent) decline();
  }
  // Lines continue the scalar while they are indented at least `indent` or hold only spaces; the unterminated last
  // line of the text only if it is indented that far.
  let last = start;
  for (let n = start + 1; n < lines.length; n++) {
    const s = lines[n]!;
    const sp = skipSpaces(s, 0);
    if (sp >= indent || (sp === s.length && n < lines.length - 1)) last = n;
    else break;
  }
  st.li = last + 1;
  // Without `+`, the lexer leaves trailing lines of at most the first content line's indentation out of the token.
  // With an indicator that indentation can exceed `indent`, and a line between the two would otherwise be taken as
  // more indented.
  let kept = last;
  if (chomp !== "+") {
    while (kept > start && lines[kept]!.length <= firstIndent && skipSpaces(lines[kept]!, 0) === lines[kept]!.length)
      kept--;
  }
  // The token's lines as resolveBlockScalar splits them; a token that ends with a newline has an empty line after.
  const end = kept < lines.length - 1 ? kept + 2 : kept + 1;
  const lineAt = (n: number) => (n < lines.length && n <= kept ? lines[n]! : "");
  const isEmpty = (n: number) => {
    const s = lineAt(n);
    return skipSpaces(s, 0) === s.length;
  };
  let chompStart = end;
  for (let n = end - 1; n >= start; n--) {
    if (isEmpty(n)) chompStart = n;
    else break;
  }
  for (let n = end - 1; n >= chompStart; n--) {
    if (lineAt(n).length > indent) {
      chompStart = n + 1;
      break;
    }
  }
  // Leading lines keep whatever spaces they have past the indentation.
  let value = "";
  for (let n = first; n < start; n++) value += `${lines[n]!.slice(indent)}\n`;
  let sep = "";
  let prevMoreIndented = false;
  for (let n = start; n < chompStart; n++) {
    const s = lineAt(n);
    const sp = skipSpaces(s, 0);
    if (sp < indent && sp < s.length) decline();
    if (!folded) {
      value += sep + s.slice(indent);
      sep = "\n";
    } else if (sp > indent) {
      if (sep === " ") sep = "\n";
      else if (!prevMoreIndented && sep === "\n") sep = "\n\n";
      value += sep + s.slice(indent);
      sep = "\n";
      prevMoreIndented = true;
    } else if (sp === s.length) {
      if (sep === "\n") value += "\n";
      else sep = "\n";
    } else {
      value += sep + s.slice(indent);
      sep = " ";
      prevMoreIndented = false;
    }
  }
  if (chomp === "+") {
    for (let n = chompStart; n < end; n++) value += `\n${lineAt(n).slice(indent)}`;
    if (!value.endsWith("\n")) value += "\n";
  } else if (chomp === "") value += "\n";
  return value;
}

/**
 * A flow collection that opens at `j` and closes on the same line; sets `st.pos` after it. Declines implicit pairs
 * in sequences, empty values, trailing commas, comments and anything that would continue on the next line.
 */
function parseFlow(st: State, line: string, j: number, depth: number, pointer: string, lineNo: number): unknown {
  if (depth > st.maxDepth) decline();
  count(st, 2);
  const seq = line.charCodeAt(j) === 0x5b;
  const close = seq ? 0x5d /* ] */ : 0x7d; /* } */
  let k = skipSpaces(line, j + 1);
  if (seq) {
    const items: unknown[] = [];
    if (line.charCodeAt(k) !== close) {
      for (;;) {
        const item = `${pointer}/${items.length}`;
        record(st, item, lineNo);
        items.push(parseFlowNode(st, line, k, depth, item, lineNo));
        k = skipSpaces(line, st.pos);
        if (line.charCodeAt(k) === close) break;
        if (line.charCodeAt(k) !== 0x2c /* , */) decline();
        k = skipSpaces(line, k + 1);
        count(st, 1);
      }
    }
    st.pos = k + 1;
    return items;
  }
  const map: Record<string, unknown> = {};
  if (line.charCodeAt(k) !== close) {
    for (;;) {
      let key: string;
      const c = line.charCodeAt(k);
      if (c === 0x22 || c === 0x27) key = parseQuoted(st, line, k) ?? decline();
      else {
        const s = flowPlain(st, line, k);
        if (typeof resolvePlain(s) !== "string" || s === "<<") decline();
        key = s;
      }
      let p = skipSpaces(line, st.pos);
      if (line.charCodeAt(p) !== 0x3a || line.charCodeAt(p + 1) !== SPACE || p - k > MAX_KEY) decline();
      if (key === "__proto__" || Object.hasOwn(map, key)) decline();
      count(st, 3);
      const child = `${pointer}/${escapePointer(key)}`;
      record(st, child, lineNo);
      p = skipSpaces(line, p + 1);
      const value = parseFlowNode(st, line, p, depth, child, lineNo);
      chargeCollection(st, child, value);
      map[key] = value;
      k = skipSpaces(line, st.pos);
      if (line.charCodeAt(k) === close) break;
      if (line.charCodeAt(k) !== 0x2c) decline();
      k = skipSpaces(line, k + 1);
    }
  }
  st.pos = k + 1;
  return map;
}

/** A node inside a flow collection at `k`; sets `st.pos` after it. */
function parseFlowNode(st: State, line: string, k: number, depth: number, pointer: string, lineNo: number): unknown {
  const c = line.charCodeAt(k);
  if (c === 0x5b || c === 0x7b) return parseFlow(st, line, k, depth + 1, pointer, lineNo);
  count(st, 1);
  if (c === 0x22 || c === 0x27) return parseQuoted(st, line, k) ?? decline();
  return resolvePlain(flowPlain(st, line, k));
}

/**
 * A plain scalar in a flow collection: it ends at a flow indicator or at a `:` followed by a space or one. Declines
 * an empty one, a comment, and the end of the line (the collection would go on below).
 */
function flowPlain(st: State, line: string, k: number): string {
  const c = line[k];
  if (c === undefined || "?:,[]{}#&*!|>'\"%@` ".includes(c)) decline();
  if (c === "-" && (k + 1 === line.length || " ,[]{}".includes(line[k + 1]!))) decline();
  let e = k;
  let n = k;
  for (; n < line.length; n++) {
    const ch = line.charCodeAt(n);
    if (ch === 0x2c || ch === 0x5b || ch === 0x5d || ch === 0x7b || ch === 0x7d) break;
    if (ch === 0x3a) {
      const next = line.charCodeAt(n + 1);
      if (
        n + 1 === line.length ||
        next === SPACE ||
        next === 0x2c ||
        next === 0x5b ||
        next === 0x5d ||
        next === 0x7b ||
        next === 0x7d
      )
        break;
    }
    if (ch === SPACE) {
      if (line.charCodeAt(n + 1) === 0x23) decline();
    } else e = n + 1;
  }
  if (n === line.length) decline();
  st.pos = e;
  return line.slice(k, e);
}

const ESCAPES: Record<string, string> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
};
const HEX = /^[0-9a-fA-F]+$/;

/** The escape whose backslash is at `at` (a line break aside): what it stands for, and where it ends (inclusive). */
function escapeAt(s: string, at: number): { text: string; last: number } {
  const esc = s[at + 1];
  if (esc !== undefined && Object.hasOwn(ESCAPES, esc)) return { text: ESCAPES[esc]!, last: at + 1 };
  if (esc !== "x" && esc !== "u" && esc !== "U") return decline();
  const length = esc === "x" ? 2 : esc === "u" ? 4 : 8;
  const hex = s.substr(at + 2, length);
  if (hex.length !== length || !HEX.test(hex)) decline();
  const code = parseInt(hex, 16);
  if (code > 0x10ffff) decline();
  return { text: String.fromCodePoint(code), last: at + 1 + length };
}

/**
 * A single- or double-quoted scalar that closes on its line; sets `st.pos` after the closing quote. Undefined when
 * the line ends first (the scalar may go on below); declines an invalid escape.
 */
function parseQuoted(st: State, line: string, j: number): string | undefined {
  let out = "";
  if (line[j] === "'") {
    let from = j + 1;
    for (;;) {
      const q = line.indexOf("'", from);
      if (q < 0) return undefined;
      if (line.charCodeAt(q + 1) === 0x27) {
        out += line.slice(from, q + 1);
        from = q + 2;
        continue;
      }
      st.pos = q + 1;
      return out + line.slice(from, q);
    }
  }
  let from = j + 1;
  for (let k = from; k < line.length; k++) {
    const ch = line.charCodeAt(k);
    if (ch === 0x22) {
      st.pos = k + 1;
      return out + line.slice(from, k);
    }
    if (ch !== 0x5c /* \ */) continue;
    out += line.slice(from, k);
    // An escaped line break.
    if (k + 1 === line.length) return undefined;
    const escaped = escapeAt(line, k);
    out += escaped.text;
    k = escaped.last;
    from = k + 1;
  }
  return undefined;
}

/** Where a quoted scalar closes on a line it continues onto, or -1; a line starts outside any escape. */
export function closingQuote(s: string, double: boolean): number {
  if (!double) {
    for (let q = s.indexOf("'"); q >= 0; q = s.indexOf("'", q + 2)) if (s.charCodeAt(q + 1) !== 0x27) return q;
    return -1;
  }
  for (let k = 0; k < s.length; k++) {
    const ch = s.charCodeAt(k);
    if (ch === 0x22) return k;
    if (ch === 0x5c) k++;
  }
  return -1;
}

/**
 * A quoted scalar that opens at column `j` of line `i` and closes on a later line, every line after the first
 * indented at least `min` or holding only spaces (the lexer makes anything else an error). Folded as the library's
 * resolveFlowScalar does; sets `st.endLine` and `st.pos` after the closing quote.
 */
function parseMultiLineQuoted(st: State, i: number, j: number, min: number): string {
  const lines = st.lines;
  const double = lines[i]!.charCodeAt(j) === 0x22;
  let source = lines[i]!.slice(j);
  for (let n = i + 1; ; n++) {
    // A `---` line ends the document's lines: that is an unindented line in the scalar.
    if (n >= st.end) decline();
    const s = lines[n]!;
    const sp = skipSpaces(s, 0);
    if (sp < s.length && sp < min) decline();
    const close = closingQuote(s, double);
    if (close >= 0) {
      source += `\n${s.slice(0, close + 1)}`;
      st.endLine = n;
      st.pos = close + 1;
      break;
    }
    source += `\n${s}`;
  }
  return double ? doubleQuotedValue(source) : unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}

function trimSpaces(s: string, start: boolean, end: boolean): string {
  let a = 0;
  let b = s.length;
  if (start) while (s.charCodeAt(a) === SPACE) a++;
  if (end) while (b > a && s.charCodeAt(b - 1) === SPACE) b--;
  return s.slice(a, b);
}

/** The library's folding of a quoted scalar's lines: a line break is a space, n empty lines are n line breaks. */
function unfoldLines(source: string): string {
  const parts = source.split("\n");
  if (parts.length === 1) return source;
  let res = trimSpaces(parts[0]!, false, true);
  let sep = " ";
  for (let n = 1; n < parts.length - 1; n++) {
    const lm = trimSpaces(parts[n]!, true, true);
    if (lm === "") {
      if (sep === "\n") res += sep;
      else sep = "\n";
    } else {
      res += sep + lm;
      sep = " ";
    }
  }
  return res + sep + trimSpaces(parts[parts.length - 1]!, true, false);
}

/**
 * The library's doubleQuotedValue on `source`, quotes included: line breaks fold as in unfoldLines, spaces before
 * one are dropped, and an escaped line break joins the lines without a space. Declines an invalid escape.
 */
function doubleQuotedValue(source: string): string {
  let res = "";
  let from = 1;
  const last = source.length - 1;
  for (let i = 1; i < last; i++) {
    const ch = source.charCodeAt(i);
    if (ch === 0x0a) {
      res += source.slice(from, i);
      let breaks = "";
      while (source.charCodeAt(i + 1) === SPACE || source.charCodeAt(i + 1) === 0x0a) {
        if (source.charCodeAt(i + 1) === 0x0a) breaks += "\n";
        i++;
      }
      res += breaks || " ";
      from = i + 1;
    } else if (ch === 0x5c) {
      res += source.slice(from, i);
      if (source[i + 1] === "\n") {
        i++;
        while (source.charCodeAt(i + 1) === SPACE) i++;
      } else {
        const escaped = escapeAt(source, i);
        res += escaped.text;
        i = escaped.last;
      }
      from = i + 1;
    } else if (ch === SPACE) {
      const ws = i;
      while (source.charCodeAt(i + 1) === SPACE) i++;
      if (source.charCodeAt(i + 1) === 0x0a) {
        res += source.slice(from, ws);
        from = i + 1;
      }
    }
  }
  return res + source.slice(from, last);
}

// The YAML 1.2 core schema's tests, in the library's order (yaml/dist/schema/core/schema.js).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** What a plain scalar resolves to in the core schema, as the library resolves it (parseInt and parseFloat included). */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Only these first characters can start a null, a boolean or a number.
  const digit = c >= 0x30 && c <= 0x39;
  if (!(digit || s === "" || "~nNtTfF+-.".includes(s[0]!))) return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return c === 0x74 || c === 0x54;
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s))
    return s.slice(-3).toLowerCase() === "nan"
      ? NaN
      : s[0] === "-"
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}
