// Where the record or the body around a literal opens and closes, told by counting brackets in the text alone. Strings
// holding brackets can mislead it; the callers look only a short way, where records and bodies are.

/** How far from the literal brackets are looked for: a record or a short function, not a file. */
const REACH = 1200;

/** The nearest bracket before `at` that is not closed before it. */
export function unclosedBefore(text: string, at: number): number | undefined {
  let depth = 0;
  for (let i = at - 1; i >= Math.max(0, at - REACH); i--) {
    const c = text.charCodeAt(i);
    if (c === 0x7d || c === 0x5d || c === 0x29) depth++;
    else if (c === 0x7b || c === 0x5b || c === 0x28) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

/** The `}` that closes the record the text at `at` is in, if a brace is what closes first. */
export function closingBraceAfter(text: string, at: number): number | undefined {
  let depth = 0;
  for (let i = at; i < Math.min(text.length, at + REACH); i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b || c === 0x28) depth++;
    else if (c === 0x7d || c === 0x5d || c === 0x29) {
      if (depth === 0) return c === 0x7d ? i : undefined;
      depth--;
    }
  }
  return undefined;
}
