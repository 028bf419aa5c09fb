// Inline suppressions, as the design contract states them: a comment `egress-lint-ignore <rule>[,<rule>]` (bare:
// every rule, "*") applies to the references on the line it is on and on the line below the comment.
import type { LineIndex } from "./positions.js";

export const IGNORE_DIRECTIVE = "egress-lint-ignore";
const RULE_LIST = /^[ \t]*([a-z][a-z0-9-]*(?:[ \t]*,[ \t]*[a-z][a-z0-9-]*)*)/;

/** Suppressed rules by the 1-based line they apply to; only directives inside a comment count. */
export function ignoreDirectives(
  text: string,
  comments: readonly number[],
  lines: LineIndex,
): Map<number, Set<string>> {
  const byLine = new Map<number, Set<string>>();
  const add = (line: number, rules: string[]) => {
    const set = byLine.get(line) ?? new Set<string>();
    for (const r of rules) set.add(r);
    byLine.set(line, set);
  };
  for (let at = text.indexOf(IGNORE_DIRECTIVE); at !== -1; at = text.indexOf(IGNORE_DIRECTIVE, at + 1)) {
    const comment = enclosingComment(comments, at);
    if (comment === -1) continue;
    const commentStart = comments[2 * comment] ?? 0;
    const commentEnd = comments[2 * comment + 1] ?? 0;
    const after = at + IGNORE_DIRECTIVE.length;
    const following = text.charCodeAt(after);
    // `egress-lint-ignored` or `egress-lint-ignore-file` is some other word.
    if (after < commentEnd && (following === 0x2d || /[A-Za-z0-9_]/.test(text[after] ?? ""))) continue;
    const m = RULE_LIST.exec(text.slice(after, Math.min(commentEnd, after + 300)));
    const rules = m?.[1] ? m[1].split(",").map((r) => r.trim()) : ["*"];
    add(lines.line(at), rules);
    // A block comment may span lines: "the line above" is the line after the comment ends.
    add(lines.line(Math.max(commentStart, commentEnd - 1)) + 1, rules);
  }
  return byLine;
}

/** Rules suppressed for a reference on `line`: sorted, without duplicates. */
export function ignoredRulesAt(byLine: ReadonlyMap<number, ReadonlySet<string>>, line: number): string[] {
  const rules = byLine.get(line);
  return rules ? [...rules].sort() : [];
}

/** `comments` holds start/end pairs in ascending order; returns the index of the pair holding `offset`, else -1. */
function enclosingComment(comments: readonly number[], offset: number): number {
  let lo = 0;
  let hi = comments.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const start = comments[2 * mid] ?? 0;
    const end = comments[2 * mid + 1] ?? 0;
    if (offset < start) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
