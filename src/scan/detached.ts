// A string cut from a file's text (a slice, a regular expression's match, a lower-casing that changed nothing, or a
// concatenation that holds one of those) is, in V8, a view into that text: it keeps the whole text alive for as long
// as it lives. A scan's results outlive their file by the whole run, so one kept cut per file would keep every
// scanned text in memory. In a worker that is harmless (results are copied when they are posted), but in the thread
// that builds the model it held half the tree's text, and made every garbage collection of the scan slower.

/** `s` with its own characters: a copy that keeps no larger text alive. */
export function detached(s: string): string {
  // Shorter strings are never views. Concatenating makes a rope; slicing flattens the rope into a new string sized to
  // `s`, and views that.
  return s.length < VIEW_MIN_LENGTH ? s : ` ${s}`.slice(1);
}

/** V8 copies substrings shorter than this, and concatenations shorter than this are flat. */
const VIEW_MIN_LENGTH = 13;

/** `value` (plain objects, arrays, strings, numbers, booleans) with every string detached: what one file's scan keeps. */
export function detachedStrings<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (typeof value === "string") return detached(value);
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(copy);
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = copy((value as Record<string, unknown>)[key]);
  return out;
}
