// The few tokens before a literal, enough to say what it is bound to: `host = "x"`, `Host: "x"`, `{"host": "x"}`,
// `host => "x"`, `setHost("x")`, `getenv("DB_HOST", "x")` and list items under a key (`hosts = ["a", "b"]`).

export const enum TokenKind {
  None,
  Ident,
  Str,
  Op,
  Open,
  Close,
  Comma,
  Number,
  Other,
}

const SEPARATORS = new Set(["=", ":", ":=", "=>", "||=", "?="]);
const MAX_DEPTH = 256;
const MAX_KEY_LENGTH = 128;

interface Token {
  kind: TokenKind;
  start: number;
  end: number;
}

export class BindingTracker {
  // The last four tokens, newest first; the objects are reused so that lexing allocates nothing per token.
  private last: Token = { kind: TokenKind.None, start: 0, end: 0 };
  private before: Token = { kind: TokenKind.None, start: 0, end: 0 };
  private third: Token = { kind: TokenKind.None, start: 0, end: 0 };
  private fourth: Token = { kind: TokenKind.None, start: 0, end: 0 };
  /** Keys of the open brackets; beyond MAX_DEPTH only counted, so hostile nesting costs no memory. */
  private readonly keys: (string | undefined)[] = [];
  private depth = 0;
  private statementStart = true;

  constructor(private readonly text: string) {}

  push(kind: TokenKind, start: number, end: number): void {
    const recycled = this.fourth;
    this.fourth = this.third;
    this.third = this.before;
    this.before = this.last;
    recycled.kind = kind;
    recycled.start = start;
    recycled.end = end;
    this.last = recycled;
    this.statementStart = false;
  }

  newline(): void {
    if (this.depth === 0) this.statementStart = true;
  }

  atStatementStart(): boolean {
    return this.statementStart;
  }

  /** After an operator, an opening bracket or nothing, a `/` starts a regex rather than a division. */
  expectsOperand(): boolean {
    const k = this.last.kind;
    return k === TokenKind.None || k === TokenKind.Op || k === TokenKind.Open || k === TokenKind.Comma || k === TokenKind.Other;
  }

  /** Set by keyForLiteral: the enclosing bracket's key, for when the primary key says nothing. */
  fallbackKey: string | undefined;

  keyForLiteral(): string | undefined {
    const { last, before } = this;
    this.fallbackKey = undefined;
    if (last.kind === TokenKind.Op && (before.kind === TokenKind.Ident || before.kind === TokenKind.Str)) {
      const op = this.text.slice(last.start, last.end);
      if (!SEPARATORS.has(op)) return undefined;
      // A typed declaration, `host: string = "x"` (TS, Python, Kotlin): the name is two tokens further back.
      if (op === "=" && before.kind === TokenKind.Ident && this.isColon(this.third) && this.fourth.kind === TokenKind.Ident) {
        return this.textOf(this.fourth);
      }
      return this.textOf(before);
    }
    if (last.kind === TokenKind.Open && this.text.charCodeAt(last.start) === 0x28 && before.kind === TokenKind.Ident) {
      return this.textOf(before);
    }
    if (last.kind !== TokenKind.Open && last.kind !== TokenKind.Comma) return undefined;
    const enclosing = this.depth > 0 && this.depth <= MAX_DEPTH ? this.keys[this.depth - 1] : undefined;
    // `getenv("SEARCH_HOST", "search.x.io")`: the string before names this one; the callee or list key is the fallback.
    if (last.kind === TokenKind.Comma && before.kind === TokenKind.Str) {
      const previous = this.textOf(before);
      if (previous !== undefined && /^[A-Za-z_][\w.-]*$/.test(previous)) {
        this.fallbackKey = enclosing;
        return previous;
      }
    }
    return enclosing;
  }

  /** Reads one non-literal token at `i` and returns where it ends. */
  readToken(i: number): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    let end = i + 1;
    if (isIdentChar(c) && !isDigit(c)) {
      while (end < text.length && isIdentChar(text.charCodeAt(end))) end++;
      this.push(TokenKind.Ident, i, end);
    } else if (isDigit(c)) {
      while (end < text.length && (isIdentChar(text.charCodeAt(end)) || text.charCodeAt(end) === 0x2e)) end++;
      this.push(TokenKind.Number, i, end);
    } else if (c === 0x28 || c === 0x5b || c === 0x7b) {
      this.open(c, i);
    } else if (c === 0x29 || c === 0x5d || c === 0x7d) {
      if (this.depth > 0) this.depth--;
      this.push(TokenKind.Close, i, end);
    } else if (c === 0x2c) {
      this.push(TokenKind.Comma, i, end);
    } else if (c === 0x3b) {
      this.push(TokenKind.Other, i, end);
      if (this.depth === 0) this.statementStart = true;
    } else if (isOperatorChar(c)) {
      while (end < text.length && isOperatorChar(text.charCodeAt(end)) && end - i < 4) end++;
      this.push(TokenKind.Op, i, end);
    } else {
      this.push(TokenKind.Other, i, end);
    }
    return end;
  }

  private open(c: number, i: number): void {
    const { last } = this;
    // A call's arguments belong to the callee (`setHosts("a", "b")`); an index expression (`a["k"]`) to nothing.
    let key: string | undefined;
    if (last.kind === TokenKind.Ident) key = c === 0x28 ? this.textOf(last) : undefined;
    else key = this.keyForLiteral();
    if (this.depth < MAX_DEPTH) this.keys[this.depth] = key;
    this.depth++;
    this.push(TokenKind.Open, i, i + 1);
  }

  private isColon(t: Token): boolean {
    return t.kind === TokenKind.Op && t.end - t.start === 1 && this.text.charCodeAt(t.start) === 0x3a;
  }

  private textOf(t: Token): string | undefined {
    if (t.end - t.start > MAX_KEY_LENGTH) return undefined;
    return this.text.slice(t.start, t.end);
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isIdentChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || isDigit(c) || c === 0x5f || c === 0x24 || c > 0x7f;
}

function isOperatorChar(c: number): boolean {
  switch (c) {
    case 0x3d: // =
    case 0x3a: // :
    case 0x21: // !
    case 0x3c: // <
    case 0x3e: // >
    case 0x2b: // +
    case 0x2d: // -
    case 0x2a: // *
    case 0x2f: // /
    case 0x25: // %
    case 0x26: // &
    case 0x7c: // |
    case 0x5e: // ^
    case 0x3f: // ?
    case 0x7e: // ~
    case 0x2e: // .
      return true;
    default:
      return false;
  }
}
