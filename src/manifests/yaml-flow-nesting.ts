// Nesting inside YAML's brackets, token by token, for the structure check in yaml-structure.ts. Counted the way the
// parser nests, errors included: a `key: value` inside `[ ]` is a one-pair map one level down, and so is everything
// its key holds; a second colon in one item (`{a: b: c}`), a dash (`[- a]`) and two nodes without a comma
// (`[a [b]]`, `[[a] b]`) are errors the parser reports, and nests.

interface OpenBracket {
  seq: boolean;
  /** The depth of the bracket itself. */
  base: number;
  /** The deepest point of the current item (since the last comma), and of everything inside the brackets. */
  itemPeak: number;
  peak: number;
  /** Levels the current item's colons, dashes and implicit pairs opened below the bracket. */
  extra: number;
  colons: number;
  /** The current item has a node: a bracket right after it makes the parser read the two as `key: [value]`. */
  content: boolean;
}

export class FlowNesting {
  /** Open brackets and the levels inside them. */
  depth = 0;
  /** How deep the brackets that closed last went, counted from outside them: a key pushes all of it down a level. */
  lastPeak = 0;
  private readonly open: OpenBracket[] = [];

  /** One token inside brackets, or an opening bracket; `null` for a scalar. Returns the deepest level now reached. */
  token(token: string | null): number {
    const top = this.open[this.open.length - 1];
    const c = token === null ? "" : token[0];
    const node = token === null || c === '"' || c === "'" || c === "*";
    // Two nodes in one item without a comma between them: the parser reads them as `key: value`.
    if ((node || token === "[" || token === "{" || token === "-") && top && top.content) this.deeper(top);
    if (node) {
      if (top) top.content = true;
    } else if (token === "[" || token === "{") {
      this.depth++;
      if (top) {
        top.content = false;
        top.itemPeak = Math.max(top.itemPeak, this.depth);
        top.peak = Math.max(top.peak, this.depth);
      }
      this.open.push({
        seq: token === "[",
        base: this.depth,
        itemPeak: this.depth,
        peak: this.depth,
        extra: 0,
        colons: 0,
        content: false,
      });
    } else if (token === "]" || token === "}") {
      const closed = this.open.pop();
      if (closed) {
        this.depth -= 1 + closed.extra;
        const parent = this.open[this.open.length - 1];
        if (parent) {
          parent.content = true;
          parent.itemPeak = Math.max(parent.itemPeak, closed.peak);
          parent.peak = Math.max(parent.peak, closed.peak);
        } else this.lastPeak = closed.peak;
      }
    } else if (token === ",") {
      if (top) {
        this.depth -= top.extra;
        top.extra = 0;
        top.colons = 0;
        top.content = false;
        top.itemPeak = top.base;
      }
    } else if (token === "-" && top) {
      // The sequence a dash starts is a node of the item too.
      this.deeper(top);
      top.content = true;
    } else if ((token === "?" || token === ":") && top) {
      if (++top.colons > (top.seq ? 0 : 1)) this.deeper(top);
      top.content = false;
    }
    const now = this.open[this.open.length - 1];
    return Math.max(this.depth, now ? now.itemPeak : 0);
  }

  /** Closes every bracket (the lexer gave up on them, or a document ended); returns how deep they went. */
  abort(): number {
    let peak = 0;
    for (const b of this.open) peak = Math.max(peak, b.peak);
    this.open.length = 0;
    this.depth = 0;
    return peak;
  }

  /** One more level inside the current item, and everything the item holds so far with it. */
  private deeper(top: OpenBracket): void {
    top.extra++;
    this.depth++;
    top.itemPeak = Math.max(top.itemPeak + 1, this.depth);
    top.peak = Math.max(top.peak, top.itemPeak);
  }
}
