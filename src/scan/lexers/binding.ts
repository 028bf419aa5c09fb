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
  /**
   * Keys of the open brackets, as offsets into the text (-1: none): most brackets close with no literal asking for
   * their key, so it is cut out of the text only when one does. Beyond MAX_DEPTH only counted, so hostile nesting
   * costs no memory.
   */
  private readonly keyStarts = new Int32Array(MAX_DEPTH);
  private readonly keyEnds = new Int32Array(MAX_DEPTH);
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
    const found = this.findKey();
    this.fallbackKey = this.fallbackStart === -1 ? undefined : this.text.slice(this.fallbackStart, this.fallbackEnd);
    return found ? this.text.slice(this.keyStart, this.keyEnd) : undefined;
  }

  // Where findKey found the key and the fallback key; -1 for none.
  private keyStart = -1;
  private keyEnd = -1;
  private fallbackStart = -1;
  private fallbackEnd = -1;

  /** The key a literal or bracket here is bound to, left in keyStart/keyEnd (and the fallback's): true when found. */
  private findKey(): boolean {
    const { last, before } = this;
    this.fallbackStart = -1;
    if (last.kind === TokenKind.Op && (before.kind === TokenKind.Ident || before.kind === TokenKind.Str)) {
      if (!this.isSeparator(last)) return false;
      // A typed declaration, `host: string = "x"` (TS, Python, Kotlin): the name is two tokens further back.
      if (
        this.isAssignment(last) &&
        before.kind === TokenKind.Ident &&
        this.isColon(this.third) &&
        this.fourth.kind === TokenKind.Ident
      ) {
        return this.keyOf(this.fourth);
      }
      return this.keyOf(before);
    }
    if (last.kind === TokenKind.Open && this.text.charCodeAt(last.start) === 0x28 && before.kind === TokenKind.Ident) {
      return this.keyOf(before);
    }
    if (last.kind !== TokenKind.Open && last.kind !== TokenKind.Comma) return false;
    const enclosing = this.depth > 0 && this.depth <= MAX_DEPTH ? this.depth - 1 : -1;
    // `getenv("SEARCH_HOST", "search.x.io")`: the string before names this one; the callee or list key is the fallback.
    if (last.kind === TokenKind.Comma && before.kind === TokenKind.Str && this.isName(before)) {
      if (enclosing !== -1) {
        this.fallbackStart = this.keyStarts[enclosing]!;
        this.fallbackEnd = this.keyEnds[enclosing]!;
      }
      return this.keyOf(before);
    }
    if (enclosing === -1 || this.keyStarts[enclosing] === -1) return false;
    this.keyStart = this.keyStarts[enclosing]!;
    this.keyEnd = this.keyEnds[enclosing]!;
    return true;
  }

  /** `=`, `:`, `:=`, `=>`, `||=` or `?=`: an operator that binds what follows to what precedes. */
  private isSeparator(t: Token): boolean {
    const { text } = this;
    const a = text.charCodeAt(t.start);
    switch (t.end - t.start) {
      case 1:
        return a === 0x3d || a === 0x3a;
      case 2: {
        const b = text.charCodeAt(t.start + 1);
        return (a === 0x3a && b === 0x3d) || (a === 0x3d && b === 0x3e) || (a === 0x3f && b === 0x3d);
      }
      case 3:
        return a === 0x7c && text.charCodeAt(t.start + 1) === 0x7c && text.charCodeAt(t.start + 2) === 0x3d;
      default:
        return false;
    }
  }

  private isAssignment(t: Token): boolean {
    return t.end - t.start === 1 && this.text.charCodeAt(t.start) === 0x3d;
  }

  /** A string that reads as a name (`SEARCH_HOST`, `db.host`): a letter or `_`, then word characters, `.` or `-`. */
  private isName(t: Token): boolean {
    if (t.end - t.start > MAX_KEY_LENGTH || t.end === t.start) return false;
    const { text } = this;
    const first = text.charCodeAt(t.start);
    if (!((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a) || first === 0x5f)) return false;
    for (let i = t.start + 1; i < t.end; i++) {
      const c = text.charCodeAt(i);
      const word = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
      if (!word && c !== 0x2e && c !== 0x2d) return false;
    }
    return true;
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
    let found: boolean;
    if (last.kind === TokenKind.Ident) found = c === 0x28 && this.keyOf(last);
    else found = this.findKey();
    if (this.depth < MAX_DEPTH) {
      this.keyStarts[this.depth] = found ? this.keyStart : -1;
      this.keyEnds[this.depth] = found ? this.keyEnd : -1;
    }
    this.depth++;
    this.push(TokenKind.Open, i, i + 1);
  }

  private isColon(t: Token): boolean {
    return t.kind === TokenKind.Op && t.end - t.start === 1 && this.text.charCodeAt(t.start) === 0x3a;
  }

  /** Takes the token as the key, unless it is too long to be a name. */
  private keyOf(t: Token): boolean {
    if (t.end - t.start > MAX_KEY_LENGTH) return false;
    this.keyStart = t.start;
    this.keyEnd = t.end;
    return true;
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
