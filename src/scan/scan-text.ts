// The text being scanned, with the offsets of every "://" found once up front, so that each literal finds its URLs
// by binary search instead of searching the rest of the file again (which would make many small literals quadratic).
import type { RawRef, RefSink } from "./raw-ref.js";

export interface ScanText {
  readonly text: string;
  /** Offsets of every "://" in `text`, ascending. */
  readonly separators: Int32Array;
  readonly emit: RefSink;
}

export function scanTextOf(text: string, emit: RefSink): ScanText {
  // A typed array grown by doubling: hostile text can hold hundreds of thousands of separators, and a plain array
  // of boxed pushes costs several times more than the scan itself.
  let separators = new Int32Array(16);
  let count = 0;
  for (let i = text.indexOf("://"); i !== -1; i = text.indexOf("://", i + 3)) {
    if (count === separators.length) {
      const grown = new Int32Array(count * 2);
      grown.set(separators);
      separators = grown;
    }
    separators[count++] = i;
  }
  return { text, separators: separators.subarray(0, count), emit };
}

/** Collects into an array: the usual sink. */
export function collectingScanText(text: string): { scan: ScanText; refs: RawRef[] } {
  const refs: RawRef[] = [];
  return { scan: scanTextOf(text, (r) => refs.push(r)), refs };
}

/** Index of the first separator at or after `offset`. */
export function firstSeparatorFrom(separators: Int32Array, offset: number): number {
  let lo = 0;
  let hi = separators.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((separators[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
