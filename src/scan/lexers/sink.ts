// What a lexer reports: the literal values a program or config holds, and the comments around them.

export interface LexSink {
  /**
   * A literal value at text[start, end), bound to `key` (an assignment target, object key, first-argument callee);
   * `fallbackKey` (the enclosing call or list) is consulted when `key` says nothing about hosts. `contextKey` is the
   * key of the innermost bracket around the literal: documentation or an identifier there (`@Contact(url = "…")`,
   * `@License(url = "…")`) makes the literal one too, whatever its own key says.
   */
  literal(start: number, end: number, key: string | undefined, fallbackKey?: string, contextKey?: string): void;
  /**
   * Whether a literal at text[start, end) could refer to a host at all, whatever it is bound to; when false the lexer
   * need not work out its binding. Unset: every literal is reported.
   */
  mayHoldHost?(start: number, end: number): boolean;
  /** A comment at text[start, end): never scanned for hosts, only for `egress-lint-ignore`. */
  comment(start: number, end: number): void;
}

export type Lexer = (text: string, sink: LexSink) => void;
