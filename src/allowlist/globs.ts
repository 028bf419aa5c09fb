// Globs in the allowlist come from the repository, so from whoever opens a pull request. minimatch expands braces
// before it matches, and compiles a glob on every call: `{a,b}` twenty times over is a million globs, seconds per
// file. The expansion is counted here first, without expanding anything.

/** More alternatives than any hand-written glob needs. */
export const MAX_BRACE_ALTERNATIVES = 64;

const RANGE = /^(-?\d{1,16}|[A-Za-z])\.\.(-?\d{1,16}|[A-Za-z])(?:\.\.-?\d{1,16})?$/;

/** How many globs `glob`'s braces expand to, as an upper bound; stops counting past `MAX_BRACE_ALTERNATIVES`. */
export function braceAlternatives(glob: string): number {
  let product = 1;
  const open: { start: number; commas: number }[] = [];
  for (let i = 0; i < glob.length && product <= MAX_BRACE_ALTERNATIVES; i++) {
    const c = glob[i];
    if (c === "\\") i++;
    else if (c === "{") open.push({ start: i, commas: 0 });
    else if (c === "," && open.length > 0) open[open.length - 1]!.commas++;
    else if (c === "}" && open.length > 0) {
      const group = open.pop()!;
      product *= group.commas > 0 ? group.commas + 1 : rangeSize(glob.slice(group.start + 1, i));
    }
  }
  return product;
}

function rangeSize(body: string): number {
  const m = RANGE.exec(body);
  if (!m) return 1;
  const value = (s: string) => (/^-?\d+$/.test(s) ? Number(s) : s.charCodeAt(0));
  return Math.abs(value(m[2]!) - value(m[1]!)) + 1;
}
