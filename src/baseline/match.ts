// The baseline against the head's findings: which it accepts, and which of its entries no longer match anything.
import type { Finding } from "../findings.js";
import { identityKey, identityOf, type RenameMap } from "../gate/identity.js";
import type { Baseline, StaleBaselineEntry } from "./types.js";

export interface BaselineMatch {
  /** The findings, those the baseline accepts with status `accepted`. */
  findings: Finding[];
  /** Entries that accept more findings than there are (none at all, or fewer than `count`). */
  stale: StaleBaselineEntry[];
}

/**
 * An entry accepts up to `count` findings of its identity. Its file is followed through the change's renames, so a
 * renamed file keeps its accepted findings. Findings already in the base are accepted before new ones: a new finding
 * that happens to share an identity with an accepted one is the one that should still count.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, renames?: RenameMap): BaselineMatch {
  const budget = new Map<string, number>();
  for (const e of baseline.entries) {
    const key = identityKey({ ...e, file: renames?.get(e.file) ?? e.file });
    budget.set(key, (budget.get(key) ?? 0) + e.count);
  }
  const order = [...findings.keys()].sort((a, b) => rank(findings[a]!) - rank(findings[b]!) || a - b);
  const out = [...findings];
  for (const i of order) {
    const key = identityKey(identityOf(findings[i]!));
    const left = budget.get(key) ?? 0;
    if (left === 0) continue;
    budget.set(key, left - 1);
    out[i] = { ...findings[i]!, status: "accepted" };
  }
  const accepted = new Map<string, number>();
  for (const f of out)
    if (f.status === "accepted")
      accepted.set(identityKey(identityOf(f)), (accepted.get(identityKey(identityOf(f))) ?? 0) + 1);
  const stale: StaleBaselineEntry[] = [];
  // Entries sharing an identity are drained in file order, so the last of them is the one reported as unused.
  for (const e of baseline.entries) {
    const key = identityKey({ ...e, file: renames?.get(e.file) ?? e.file });
    const left = accepted.get(key) ?? 0;
    const matched = Math.min(e.count, left);
    accepted.set(key, left - matched);
    if (matched < e.count) stale.push({ ...identityPart(e), count: e.count, matched, line: e.line });
  }
  return { findings: out, stale };
}

function rank(f: Finding): number {
  return f.status === "existing" ? 0 : 1;
}

function identityPart(e: Baseline["entries"][number]) {
  const { count: _count, reason: _reason, line: _line, ...id } = e;
  return id;
}
