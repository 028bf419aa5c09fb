// The few tokens before a literal, enough to say what it is bound to: `host = "x"`, `Host: "x"`, `{"host": "x"}`,
// `host => "x"`, `setHost("x")`, `getenv("DB_HOST", "x")` and list items under a key (`hosts = ["a", "b"]`).

export enum TokenKind {
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
    return (
      k === TokenKind.None ||
      k === TokenKind.Op ||
      k === TokenKind.Open ||
      k === TokenKind.Comma ||
      k === TokenKind.Other
    );
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
      if (
        op === "=" &&
        before.kind === TokenKind.Ident &&
        this.isColon(this.third) &&
        this.fourth.kind === TokenKind.Ident
      ) {
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
    const n = text.length;
    const c = text.charCodeAt(i);
    let end = i + 1;
    switch (classOf(c)) {
      case IDENT:
        while (end < n && isIdentChar(text.charCodeAt(end))) end++;
        this.push(TokenKind.Ident, i, end);
        break;
      case DIGIT:
        while (end < n && (isIdentChar(text.charCodeAt(end)) || text.charCodeAt(end) === 0x2e)) end++;
        this.push(TokenKind.Number, i, end);
        break;
      case OPEN:
        this.open(c, i);
        break;
      case CLOSE:
        if (this.depth > 0) this.depth--;
        this.push(TokenKind.Close, i, end);
        break;
      case COMMA:
        this.push(TokenKind.Comma, i, end);
        break;
      case SEMICOLON:
        this.push(TokenKind.Other, i, end);
        if (this.depth === 0) this.statementStart = true;
        break;
      case OPERATOR:
        while (end < n && classOf(text.charCodeAt(end)) === OPERATOR && end - i < 4) end++;
        this.push(TokenKind.Op, i, end);
        break;
      default:
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

// Each token starts with one character class: a table lookup instead of a chain of comparisons per character, on
// the lexer's hottest path.
const IDENT = 1;
const DIGIT = 2;
const OPEN = 3;
const CLOSE = 4;
const COMMA = 5;
const SEMICOLON = 6;
const OPERATOR = 7;

const CLASSES = (() => {
  const table = new Uint8Array(128);
  const set = (chars: string, cls: number) => {
    for (const ch of chars) table[ch.charCodeAt(0)] = cls;
  };
  set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$", IDENT);
  set("0123456789", DIGIT);
  set("([{", OPEN);
  set(")]}", CLOSE);
  set(",", COMMA);
  set(";", SEMICOLON);
  set("=:!<>+-*/%&|^?~.", OPERATOR);
  return table;
})();

function classOf(c: number): number {
  return c < 128 ? CLASSES[c]! : IDENT;
}

export function isIdentChar(c: number): boolean {
  if (c >= 128) return true;
  const cls = CLASSES[c]!;
  return cls === IDENT || cls === DIGIT;
}
