// Writing a report to a file. A JSON report of a monorepo runs to tens of megabytes: encoded whole, it needs a
// buffer as large as itself, whose fresh pages cost as much as encoding; encoded a megabyte at a time into one buffer
// that every piece reuses, it costs a few milliseconds (a string handed to writeSync gets a fresh buffer each time).
import { closeSync, openSync, writeSync } from "node:fs";

const PIECE = 1 << 20;

/** Writes a report's `text` to `file` as UTF-8, replacing what the file held. */
export function writeReportFile(file: string, text: string): void {
  const fd = openSync(file, "w");
  // UTF-8 takes at most three bytes per UTF-16 unit: a surrogate pair's two units take four.
  const buffer = Buffer.allocUnsafe(PIECE * 3);
  try {
    for (let from = 0; from < text.length; ) {
      let to = Math.min(from + PIECE, text.length);
      // A piece must not end between the two halves of a surrogate pair: each half alone would be written as U+FFFD.
      if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
      const bytes = buffer.write(text.slice(from, to), 0, "utf8");
      // A pipe may take less than it is given.
      for (let done = 0; done < bytes; ) done += writeSync(fd, buffer, done, bytes - done);
      from = to;
    }
  } finally {
    closeSync(fd);
  }
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
