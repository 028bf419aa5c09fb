// Where code builds a client: the table's constructor patterns matched against code (comments and strings blanked),
// with the extent of the call (its arguments and any builder chain after it), where the options are read.

export interface ConstructorCall {
  pattern: string;
  /** Offset of the constructor's first character (`new`, the receiver, or the name). */
  start: number;
  /** Offset of the `(` (or `=`), the identity of a call when two patterns match it. */
  open: number;
  /** End of the arguments and of any `.method(...)` chain: the span options are looked for in. */
  end: number;
  /** What the pattern's `*` matched, when it has one. */
  capture?: string;
}

const COMPILED = new Map<string, RegExp>();

/** `Type name = new(`: a C# target-typed construction of `Type` (see `targetTyped`). */
const TARGET_TYPED = /^[A-Za-z_]\w* name = new\($/;

/** The pattern that finds `new Type(…)` written target-typed, `Type name = new(…)`; undefined for other patterns. */
export function targetTyped(pattern: string): string | undefined {
  const m = /^new ([A-Za-z_]\w*)\($/.exec(pattern);
  return m ? `${m[1]} name = new(` : undefined;
}

/**
 * Bounds on hostile text: a client's arguments and builder chain are read over at most MAX_CALL_SPAN characters (an
 * unclosed `(` would otherwise make every call span the rest of the file), and a file yields at most MAX_CALLS
 * clients.
 */
const MAX_CALL_SPAN = 8_192;
const MAX_CALLS = 256;

/**
 * `new S3Client(` -> /new\s+(\w+)Client\s*\(/. A pattern is matched where no identifier character or `.` comes
 * before it (so `OpenAI(` does not match `AsyncOpenAI(` or `x.OpenAI(`), unless it starts with `.`, and never after
 * `def`: `def build():` defines a function of the constructor's name, and builds nothing.
 */
function compile(pattern: string): RegExp {
  let re = COMPILED.get(pattern);
  if (re === undefined && TARGET_TYPED.test(pattern)) {
    // C#'s `ChatClient client = new(…)` and `private readonly ChatClient _chat = new(…)`: the declared type names the
    // class, maybe generic or nullable.
    const type = pattern.slice(0, pattern.indexOf(" "));
    re = new RegExp(`(?<![\\w$.])${type}(?:<[^<>;()]*>)?\\??\\s+[A-Za-z_]\\w*\\s*=\\s*new\\s*\\(`, "g");
    COMPILED.set(pattern, re);
  }
  if (re === undefined) {
    const body = pattern
      .replace("*", "\u0000")
      .replace(/[+?^${}()|[\]\\]/g, "\\$&")
      .replace(/\./g, "\\s*\\.\\s*")
      .replace(/^new /, "new\\s+")
      .replace(/ =$/, "\\s*=(?![=>])")
      .replace(/\\\($/, "\\s*\\(")
      .replace("\u0000", "([A-Za-z0-9_]+?)");
    const boundary = pattern.startsWith(".") ? "" : "(?<![\\w$.])(?<!\\bdef\\s+)";
    re = new RegExp(boundary + body, "g");
    COMPILED.set(pattern, re);
  }
  return re;
}

/**
 * Every call matching one of `patterns`, one per `(`: the first pattern listed wins when several match. A pattern
 * with `*` matches only where `accept` takes what the `*` matched (a service the file imports).
 */
export function findConstructors(
  code: string,
  patterns: readonly string[],
  accept: (capture: string) => boolean = () => true,
): ConstructorCall[] {
  const byOpen = new Map<number, ConstructorCall>();
  for (const pattern of patterns) {
    for (const m of code.matchAll(compile(pattern))) {
      if (byOpen.size >= MAX_CALLS) break;
      const open = m.index + m[0].length - 1;
      if (byOpen.has(open) || (m[1] !== undefined && !accept(m[1]))) continue;
      const end = code[open] === "(" ? chainEnd(code, open) : lineEnd(code, open);
      byOpen.set(open, { pattern, start: m.index, open, end, ...(m[1] !== undefined ? { capture: m[1] } : {}) });
    }
  }
  return [...byOpen.values()].sort((a, b) => a.start - b.start);
}

/** The offset after the bracket that closes the one at `open`, or where the search gives up (MAX_CALL_SPAN). */
export function closingBracket(code: string, open: number): number {
  let depth = 0;
  const last = Math.min(code.length, open + MAX_CALL_SPAN);
  for (let i = open; i < last; i++) {
    const c = code[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return last;
}

/** The call's end, extended over `.builder().region(...).build()`-style chains: builder options count too. */
function chainEnd(code: string, open: number): number {
  let end = closingBracket(code, open);
  for (;;) {
    const next = /^\s*\.\s*[A-Za-z_$][\w$]*\s*\(/.exec(code.slice(end, end + 200));
    if (!next || end - open > MAX_CALL_SPAN) return end;
    end = closingBracket(code, end + next[0].length - 1);
  }
}

function lineEnd(code: string, from: number): number {
  const nl = code.indexOf("\n", from);
  return nl === -1 ? code.length : nl;
}
