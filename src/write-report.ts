// Writing a report to a file. A JSON report of a monorepo runs to tens of megabytes: encoded whole, it needs a
// buffer as large as itself, whose fresh pages cost as much as encoding; written a megabyte at a time, one buffer's
// worth of memory is reused for every piece.
import { closeSync, openSync, writeSync } from "node:fs";

const PIECE = 1 << 20;

/** Writes a report's `text` to `file` as UTF-8, replacing what the file held. */
export function writeReportFile(file: string, text: string): void {
  const fd = openSync(file, "w");
  try {
    for (let from = 0; from < text.length; ) {
      let to = Math.min(from + PIECE, text.length);
      // A piece must not end between the two halves of a surrogate pair: each half alone would be written as U+FFFD.
      if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
      writeSync(fd, text.slice(from, to));
      from = to;
    }
  } finally {
    closeSync(fd);
  }
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
