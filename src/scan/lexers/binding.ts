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

interface Buffers {
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  keyStarts: Int32Array;
  keyEnds: Int32Array;
  brackets: Uint8Array;
}

function newBuffers(): Buffers {
  return {
    kinds: new Uint8Array(4),
    starts: new Int32Array(4),
    ends: new Int32Array(4),
    keyStarts: new Int32Array(MAX_DEPTH),
    keyEnds: new Int32Array(MAX_DEPTH),
    brackets: new Uint8Array(MAX_DEPTH),
  };
}

// One set of arrays kept between texts; a tracker made while another holds them (nested lexing) allocates its own.
let spare: Buffers | undefined;

export class BindingTracker {
  // The last four tokens in a ring, newest at `head`: typed arrays, so lexing allocates nothing per token.
  private readonly kinds: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private head = 0;
  /**
   * Keys of the open brackets, as offsets into the text (-1: none): most brackets close with no literal asking for
   * their key, so it is cut out of the text only when one does. Beyond MAX_DEPTH only counted, so hostile nesting
   * costs no memory.
   */
  private readonly keyStarts: Int32Array;
  private readonly keyEnds: Int32Array;
  /** The character that opened each bracket: `(`, `[` or `{`. */
  private readonly brackets: Uint8Array;
  private depth = 0;
  private statementStart = true;
  private readonly buffers: Buffers;

  /**
   * `namesBeforeTypes`: a typed declaration writes the name first and then the type, `host string = "x"` (Go), where
   * other languages write `String host = "x"`.
   */
  constructor(
    private readonly text: string,
    private readonly namesBeforeTypes = false,
  ) {
    const b = spare ?? newBuffers();
    spare = undefined;
    // With every kind None, nothing the previous text left in the ring can bind a literal of this one.
    b.kinds.fill(TokenKind.None);
    this.buffers = b;
    ({
      kinds: this.kinds,
      starts: this.starts,
      ends: this.ends,
      keyStarts: this.keyStarts,
      keyEnds: this.keyEnds,
      brackets: this.brackets,
    } = b);
  }

  /** Hands the arrays to the next tracker: allocating them cost as much as lexing a small file. */
  release(): void {
    spare = this.buffers;
  }

  push(kind: TokenKind, start: number, end: number): void {
    const h = (this.head + 1) & 3;
    this.head = h;
    this.kinds[h] = kind;
    this.starts[h] = start;
    this.ends[h] = end;
    this.statementStart = false;
  }

  /** The ring slot of the token `back` tokens before the newest (0: the newest). */
  private slot(back: number): number {
    return (this.head - back) & 3;
  }

  newline(): void {
    if (this.depth === 0) this.statementStart = true;
  }

  atStatementStart(): boolean {
    return this.statementStart;
  }

  /** After an operator, an opening bracket or nothing, a `/` starts a regex rather than a division. */
  expectsOperand(): boolean {
    const k = this.kinds[this.head];
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

  /** Set by keyForLiteral: the key of the innermost bracket around the literal (`Contact` in `@Contact(url = "…")`). */
  contextKey: string | undefined;

  keyForLiteral(): string | undefined {
    const found = this.findKey();
    this.fallbackKey = this.fallbackStart === -1 ? undefined : this.text.slice(this.fallbackStart, this.fallbackEnd);
    const inner = this.depth > 0 && this.depth <= MAX_DEPTH ? this.depth - 1 : -1;
    this.contextKey =
      inner === -1 || this.keyStarts[inner] === -1
        ? undefined
        : this.text.slice(this.keyStarts[inner]!, this.keyEnds[inner]!);
    return found ? this.text.slice(this.keyStart, this.keyEnd) : undefined;
  }

  // Where findKey found the key and the fallback key; -1 for none.
  private keyStart = -1;
  private keyEnd = -1;
  private fallbackStart = -1;
  private fallbackEnd = -1;

  /** The key a literal or bracket here is bound to, left in keyStart/keyEnd (and the fallback's): true when found. */
  private findKey(): boolean {
    const { kinds } = this;
    const last = this.head;
    const before = this.slot(1);
    this.fallbackStart = -1;
    if (kinds[last] === TokenKind.Op && (kinds[before] === TokenKind.Ident || kinds[before] === TokenKind.Str)) {
      if (!this.isSeparator(last)) return false;
      // A typed declaration, `host: string = "x"` (TS, Python, Kotlin): the name is two tokens further back.
      const third = this.slot(2);
      const fourth = this.slot(3);
      if (
        this.isAssignment(last) &&
        kinds[before] === TokenKind.Ident &&
        this.isColon(third) &&
        kinds[fourth] === TokenKind.Ident
      ) {
        return this.keyOf(fourth);
      }
      // `var host string = "x"`, or `host string = "x"` in a `var (…)` block: the name is before the type.
      if (
        this.namesBeforeTypes &&
        this.isAssignment(last) &&
        kinds[before] === TokenKind.Ident &&
        kinds[third] === TokenKind.Ident &&
        !this.isDeclarationKeyword(third)
      ) {
        return this.keyOf(third);
      }
      return this.keyOf(before);
    }
    if (
      kinds[last] === TokenKind.Open &&
      this.text.charCodeAt(this.starts[last]!) === 0x28 &&
      kinds[before] === TokenKind.Ident
    ) {
      return this.keyOf(before);
    }
    if (kinds[last] !== TokenKind.Open && kinds[last] !== TokenKind.Comma) return false;
    const enclosing = this.depth > 0 && this.depth <= MAX_DEPTH ? this.depth - 1 : -1;
    // `getenv("SEARCH_HOST", "search.x.io")`: in a call's arguments the string before names this one; the callee is
    // the fallback. In a map or a list (`{"component": "server", "sidecar.istio.io/inject": "true"}`) it names nothing.
    if (
      kinds[last] === TokenKind.Comma &&
      kinds[before] === TokenKind.Str &&
      enclosing !== -1 &&
      this.brackets[enclosing] === 0x28 &&
      this.isName(before)
    ) {
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
  private isSeparator(t: number): boolean {
    const { text } = this;
    const start = this.starts[t]!;
    const a = text.charCodeAt(start);
    switch (this.ends[t]! - start) {
      case 1:
        return a === 0x3d || a === 0x3a;
      case 2: {
        const b = text.charCodeAt(start + 1);
        return (a === 0x3a && b === 0x3d) || (a === 0x3d && b === 0x3e) || (a === 0x3f && b === 0x3d);
      }
      case 3:
        return a === 0x7c && text.charCodeAt(start + 1) === 0x7c && text.charCodeAt(start + 2) === 0x3d;
      default:
        return false;
    }
  }

  /** `var` or `const`, which open a declaration and name nothing. */
  private isDeclarationKeyword(t: number): boolean {
    const start = this.starts[t]!;
    const length = this.ends[t]! - start;
    return (
      (length === 3 && this.text.startsWith("var", start)) || (length === 5 && this.text.startsWith("const", start))
    );
  }

  private isAssignment(t: number): boolean {
    return this.ends[t]! - this.starts[t]! === 1 && this.text.charCodeAt(this.starts[t]!) === 0x3d;
  }

  private isColon(t: number): boolean {
    return (
      this.kinds[t] === TokenKind.Op &&
      this.ends[t]! - this.starts[t]! === 1 &&
      this.text.charCodeAt(this.starts[t]!) === 0x3a
    );
  }

  /** A string that reads as a name (`SEARCH_HOST`, `db.host`): a letter or `_`, then word characters, `.` or `-`. */
  private isName(t: number): boolean {
    const start = this.starts[t]!;
    const end = this.ends[t]!;
    if (end - start > MAX_KEY_LENGTH || end === start) return false;
    const { text } = this;
    const first = text.charCodeAt(start);
    if (!((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a) || first === 0x5f)) return false;
    for (let i = start + 1; i < end; i++) {
      const c = text.charCodeAt(i);
      const word = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
      if (!word && c !== 0x2e && c !== 0x2d) return false;
    }
    return true;
  }

  /** Takes the token as the key, unless it is too long to be a name. */
  private keyOf(t: number): boolean {
    const start = this.starts[t]!;
    const end = this.ends[t]!;
    if (end - start > MAX_KEY_LENGTH) return false;
    this.keyStart = start;
    this.keyEnd = end;
    return true;
  }

  /** An opening bracket at `i`: its key is what a literal directly inside it is bound to. */
  open(i: number): void {
    const last = this.head;
    // A call's arguments belong to the callee (`setHosts("a", "b")`); an index expression (`a["k"]`) to nothing.
    let found: boolean;
    if (this.kinds[last] === TokenKind.Ident) found = this.text.charCodeAt(i) === 0x28 && this.keyOf(last);
    else found = this.findKey();
    if (this.depth < MAX_DEPTH) {
      const d = this.depth;
      // A list or group with no name of its own inside a group or a list belongs to it: the `[…]` of
      // `origins = (env_list if set else […])`, the nested lists of `hosts = [[…], […]]`.
      const outer = d - 1;
      const inherit = !found && outer >= 0 && this.keyStarts[outer] !== -1 && this.brackets[outer] !== 0x7b;
      this.keyStarts[d] = found ? this.keyStart : inherit ? this.keyStarts[outer]! : -1;
      this.keyEnds[d] = found ? this.keyEnd : inherit ? this.keyEnds[outer]! : -1;
      this.brackets[d] = this.text.charCodeAt(i);
    }
    this.depth++;
    this.push(TokenKind.Open, i, i + 1);
  }

  close(i: number): void {
    if (this.depth > 0) this.depth--;
    this.push(TokenKind.Close, i, i + 1);
  }

  /** A `;`: outside brackets, the next token starts a statement. */
  semicolon(i: number): void {
    this.push(TokenKind.Other, i, i + 1);
    if (this.depth === 0) this.statementStart = true;
  }

  /** Reads one non-literal token at `i` and returns where it ends. */
  readToken(i: number): number {
    const text = this.text;
    const n = text.length;
    const c = text.charCodeAt(i);
    let end = i + 1;
    switch (classOf(c)) {
      case IDENT:
        end = wordEnd(text, end);
        this.push(TokenKind.Ident, i, end);
        break;
      case DIGIT:
        end = numberEnd(text, end);
        this.push(TokenKind.Number, i, end);
        break;
      case OPEN:
        this.open(i);
        break;
      case CLOSE:
        this.close(i);
        break;
      case COMMA:
        this.push(TokenKind.Comma, i, end);
        break;
      case SEMICOLON:
        this.semicolon(i);
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
}

// Each token starts with one character class: a table lookup instead of a chain of comparisons per character, on
// the lexer's hottest path.
export const IDENT = 1;
export const DIGIT = 2;
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

export function classOf(c: number): number {
  return c < 128 ? CLASSES[c]! : IDENT;
}

/** Where the run of word characters from `i` ends. */
export function wordEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && isIdentChar(text.charCodeAt(i))) i++;
  return i;
}

/** Where a number's run of word characters and dots from `i` ends (`1.5e3`, `0x1F`). */
export function numberEnd(text: string, i: number): number {
  const n = text.length;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isIdentChar(c) && c !== 0x2e) break;
  }
  return i;
}

const WORD_CHARS = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (CLASSES[c] === IDENT || CLASSES[c] === DIGIT) table[c] = 1;
  return table;
})();

export function isIdentChar(c: number): boolean {
  return c >= 128 || WORD_CHARS[c] === 1;
}

/** An ASCII letter, digit or `_`: a character of a regex's `\w`, where a word's bounds must be what `\b` says. */
export function isAsciiWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** A space or a tab: what separates words within a line. */
export function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}
