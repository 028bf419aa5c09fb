// "Did you mean": the closest known spelling of a mistyped enum value or name, when it is close enough to be a typo.

/** Edit distance (insert, delete, substitute one character). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Case, `-` vs `_` and spaces are the cheapest typos; compare without them first. */
function squash(s: string): string {
  return s.toUpperCase().replace(/[\s_-]/g, "");
}

/**
 * The known value nearest to `value`, if the typo is small: the same letters up to case and separators, or at most
 * a third of the letters wrong. Ties go to the earlier entry of `known`, so the answer is stable.
 */
export function nearMiss(value: string, known: readonly string[]): string | undefined {
  const exact = known.find((k) => squash(k) === squash(value));
  if (exact !== undefined) return exact;
  let best: { name: string; distance: number } | undefined;
  for (const k of known) {
    const d = editDistance(squash(value), squash(k));
    if (d <= Math.max(1, Math.floor(squash(k).length / 3)) && (best === undefined || d < best.distance))
      best = { name: k, distance: d };
  }
  return best?.name;
}
