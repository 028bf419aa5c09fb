// Offsets -> 1-based line and column. References come in the order they were written, so lines are counted
// forward from the last offset asked; an offset before it falls back to the line starts, found in one pass.

export class LineIndex {
  /** Built only when an offset is asked for out of order: most files are asked in order, or not at all. */
  private lineStarts: number[] | undefined;
  // The last offset asked in order, its line and where that line starts.
  private cursor = 0;
  private cursorLine = 1;
  private cursorLineStart = 0;

  constructor(private readonly text: string) {}

  private get starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const text = this.text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
    return starts;
  }

  line(offset: number): number {
    if (offset >= this.cursor) {
      const text = this.text;
      let line = this.cursorLine;
      let lineStart = this.cursorLineStart;
      // No line break lies between the cursor's line start and the cursor: the next one is at or after it.
      for (let i = text.indexOf("\n", this.cursor); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
        line++;
        lineStart = i + 1;
      }
      this.cursor = offset;
      this.cursorLine = line;
      this.cursorLineStart = lineStart;
      return line;
    }
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 1-based column, counted in UTF-16 code units. */
  column(offset: number, line: number): number {
    if (line === this.cursorLine) return offset - this.cursorLineStart + 1;
    return offset - (this.starts[line - 1] ?? 0) + 1;
  }
}
