// Application config in YAML, line by line: `key: value` pairs (plain, quoted, flow lists), sequence items under a
// key (`hosts:\n  - a.x.io`), block scalars, and `#` comments. Not a full YAML parser: it needs only values with
// the name they sit under, and must never fail on odd input.
import { isBlank } from "./binding.js";
import type { LexSink } from "./sink.js";
import { flowItems, scalarValue, type CommentStyle, type Span } from "./values.js";

interface Parent {
  indent: number;
  /** Dotted path from the document root. */
  key: string;
}

const MAX_PARENTS = 128;
const YAML_COMMENTS: CommentStyle = { markers: "#", afterBlank: true };

export function lexYaml(text: string, sink: LexSink): void {
  const parents: Parent[] = [];
  let block: { indent: number; start: number; key: string | undefined } | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    let p = lineStart;
    while (p < lineEnd && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09)) p++;
    const blank = p === lineEnd || (p === lineEnd - 1 && text.charCodeAt(p) === 0x0d);
    if (block && (blank || p - lineStart > block.indent)) {
      lineStart = lineEnd + 1;
      continue;
    }
    if (block) {
      sink.literal(block.start, lineStart, block.key);
      block = undefined;
    }
    if (!blank) block = yamlLine(text, lineStart, p, lineEnd, parents, sink);
    lineStart = lineEnd + 1;
  }
  if (block) sink.literal(block.start, text.length, block.key);
}

/** Reads one line; returns the block scalar it opens, if any. */
function yamlLine(text: string, lineStart: number, p: number, lineEnd: number, parents: Parent[], sink: LexSink) {
  if (text.charCodeAt(p) === 0x23) {
    sink.comment(p, lineEnd);
    return undefined;
  }
  if (p === lineStart && (text.startsWith("---", p) || text.startsWith("...", p))) {
    parents.length = 0;
    const hash = text.indexOf("#", p);
    if (hash !== -1 && hash < lineEnd) sink.comment(hash, lineEnd);
    return undefined;
  }
  let itemIndent = -1;
  while (text.charCodeAt(p) === 0x2d && (p + 1 === lineEnd || isBlank(text.charCodeAt(p + 1)))) {
    itemIndent = p - lineStart;
    p++;
    while (p < lineEnd && isBlank(text.charCodeAt(p))) p++;
  }
  const indent = p - lineStart;
  const colon = keyColon(text, p, lineEnd);
  let key: string | undefined;
  let valueStart = p;
  if (colon !== -1) {
    while (parents.length > 0 && (parents[parents.length - 1]?.indent ?? 0) >= indent) parents.pop();
    // The whole path, so that `ingress.hosts[].host` reads as inbound and `db.primary.host` as a host.
    const parent = parents[parents.length - 1]?.key;
    const own = unquoteKey(text.slice(p, colon).trim());
    key = parent === undefined ? own : `${parent}.${own}`;
    valueStart = colon + 1;
  } else if (itemIndent !== -1) {
    while (parents.length > 0 && (parents[parents.length - 1]?.indent ?? 0) > itemIndent) parents.pop();
    key = parents[parents.length - 1]?.key;
  }
  while (valueStart < lineEnd && isBlank(text.charCodeAt(valueStart))) valueStart++;
  const value = valueStart < lineEnd ? scalarValue(text, valueStart, lineEnd, YAML_COMMENTS) : undefined;
  if (value?.comment) sink.comment(value.comment.start, value.comment.end);
  if (value === undefined || value.end <= value.start) {
    if (key !== undefined && colon !== -1 && parents.length < MAX_PARENTS) parents.push({ indent, key });
    return undefined;
  }
  const first = text.charCodeAt(value.start);
  if (!value.quoted && (first === 0x7c || first === 0x3e)) {
    // `key: |` / `- >-`: the content is every following line indented deeper than the key (or the dash).
    return { indent: itemIndent !== -1 && colon === -1 ? itemIndent : indent, start: lineEnd + 1, key };
  }
  if (!value.quoted && first === 0x5b) {
    for (const item of flowItems(text, value.start, value.end)) emit(sink, item, key);
    return undefined;
  }
  emit(sink, value, key);
  return undefined;
}

function emit(sink: LexSink, span: Span, key: string | undefined): void {
  sink.literal(span.start, span.end, key);
}

/** The `:` that ends a mapping key: followed by a blank or the line end, outside quotes, before any comment. */
function keyColon(text: string, p: number, lineEnd: number): number {
  const q = text.charCodeAt(p);
  if (q === 0x22 || q === 0x27) {
    const close = text.indexOf(text[p] ?? "", p + 1);
    if (close === -1 || close >= lineEnd) return -1;
    return text.charCodeAt(close + 1) === 0x3a && (close + 2 >= lineEnd || isBlank(text.charCodeAt(close + 2)))
      ? close + 1
      : -1;
  }
  if (q === 0x5b || q === 0x7b) return -1;
  for (let i = p; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x23 && i > p && isBlank(text.charCodeAt(i - 1))) return -1;
    if (c === 0x3a && (i + 1 >= lineEnd || isBlank(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 0x0d))
      return i;
  }
  return -1;
}

function unquoteKey(key: string): string {
  const q = key[0];
  return (q === '"' || q === "'") && key.endsWith(q) && key.length >= 2 ? key.slice(1, -1) : key;
}
