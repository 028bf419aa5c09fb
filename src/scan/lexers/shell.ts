// Shell scripts and Dockerfiles: every word is a literal (`curl https://x` needs no quotes), `#` at a word start is
// a comment, heredoc bodies are literal text. Words bind to a name through `NAME=value`, `--flag=value`,
// `--flag value` and Dockerfile `ENV NAME value`.
import type { LexSink } from "./sink.js";

const ASSIGNMENT = /^-{0,2}([A-Za-z_][\w.-]*)=/;
const HEREDOC = /^<<(-?)\s*(['"]?)([A-Za-z_][\w-]*)\2/;

export function lexShell(text: string, sink: LexSink): void {
  const n = text.length;
  const pending: string[] = [];
  let i = 0;
  let words: string[] = [];
  let flagKey: string | undefined;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      i = pending.length > 0 ? heredocBodies(text, i + 1, pending, sink) : i + 1;
      words = [];
      flagKey = undefined;
      continue;
    }
    if (c === 0x20 || c === 0x09 || c === 0x0d) {
      i++;
      continue;
    }
    if (c === 0x5c && (text.charCodeAt(i + 1) === 0x0a || text.charCodeAt(i + 1) === 0x0d)) {
      i += text.charCodeAt(i + 1) === 0x0d ? 3 : 2;
      continue;
    }
    if (c === 0x23) {
      const nl = text.indexOf("\n", i);
      const end = nl === -1 ? n : nl;
      sink.comment(i, end);
      i = end;
      continue;
    }
    if (c === 0x3c && text.charCodeAt(i + 1) === 0x3c) {
      const m = text.charCodeAt(i + 2) === 0x3c ? null : HEREDOC.exec(text.slice(i, i + 80));
      if (m) pending.push(m[3] ?? "");
      i += m ? m[0].length : 3;
      continue;
    }
    if (isOperator(c)) {
      if (c !== 0x3c && c !== 0x3e) words = [];
      flagKey = undefined;
      i++;
      continue;
    }
    const end = wordEnd(text, i);
    const word = end - i <= 256 ? text.slice(i, end) : "";
    const assignment = ASSIGNMENT.exec(word);
    if (assignment) {
      const valueStart = i + assignment[0].length;
      const [a, b] = unquoted(text, valueStart, end);
      sink.literal(a, b, assignment[1]);
    } else {
      const key = flagKey ?? (words.length === 2 && words[0]?.toUpperCase() === "ENV" ? words[1] : undefined);
      const [a, b] = unquoted(text, i, end);
      sink.literal(a, b, key);
    }
    flagKey = word.startsWith("--") && !assignment && word.length > 2 ? word.slice(2) : undefined;
    if (words.length < 3) words.push(word);
    i = end;
  }
}

/** A word runs to the first unquoted blank or operator; quotes may span lines. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i += 2;
    else if (c === 0x27) {
      const close = text.indexOf("'", i + 1);
      i = close === -1 ? n : close + 1;
    } else if (c === 0x22) {
      i = doubleQuotedEnd(text, i + 1);
    } else if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || isOperator(c)) return i;
    else i++;
  }
  return n;
}

function doubleQuotedEnd(text: string, i: number): number {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i + 1;
  }
  return text.length;
}

/** The span inside matching outer quotes, else the span itself. */
function unquoted(text: string, a: number, b: number): [number, number] {
  const q = text.charCodeAt(a);
  if (b - a >= 2 && (q === 0x22 || q === 0x27) && text.charCodeAt(b - 1) === q) return [a + 1, b - 1];
  return [a, b];
}

function isOperator(c: number): boolean {
  return c === 0x7c || c === 0x26 || c === 0x3b || c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x60;
}

/** Reports each pending heredoc body in turn, from the line after the opener; returns where the walk resumes. */
function heredocBodies(text: string, bodyStart: number, pending: string[], sink: LexSink): number {
  let lineStart = bodyStart;
  let start = bodyStart;
  while (pending.length > 0 && lineStart < text.length) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const terminatorLine = lineStart;
    const isTerminator = lineEnd - lineStart <= 256 && text.slice(lineStart, lineEnd).trim() === pending[0];
    lineStart = lineEnd + 1;
    if (!isTerminator) continue;
    sink.literal(start, terminatorLine, undefined);
    pending.shift();
    start = lineStart;
  }
  if (pending.length > 0) sink.literal(start, text.length, undefined);
  pending.length = 0;
  return Math.min(lineStart, text.length);
}
