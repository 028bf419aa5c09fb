// The allowlist's `ignore:` block: rules switched off, hosts never reported, paths never scanned.
import { patternCovers } from "../allowlist/match.js";
import type { Allowlist } from "../allowlist/types.js";
import type { Finding } from "../findings.js";
import type { HostReference } from "../scan/types.js";
import { matchesAny } from "../glob.js";

export function pathIgnored(allowlist: Allowlist | undefined, file: string): boolean {
  return matchesAny(file, allowlist?.ignore.paths ?? []);
}

export function hostIgnored(allowlist: Allowlist | undefined, host: string | undefined): boolean {
  const patterns = allowlist?.ignore.hosts;
  // Asked of every reference: most allowlists ignore no host.
  if (host === undefined || !patterns?.length) return false;
  const h = host.toLowerCase();
  return patterns.some((p) => p === h || patternCovers(p, h));
}

function referenceKept(allowlist: Allowlist | undefined, ref: HostReference): boolean {
  return !pathIgnored(allowlist, ref.file) && !hostIgnored(allowlist, ref.host);
}

/**
 * The references the allowlist keeps: the very list given where it ignores none of them, so that what is worked out
 * once per list (the verdicts, see reference-checks.ts) serves the rules, the egress picture and the suggestions.
 */
export function keptReferences(
  allowlist: Allowlist | undefined,
  refs: readonly HostReference[],
): readonly HostReference[] {
  const kept = refs.filter((r) => referenceKept(allowlist, r));
  return kept.length === refs.length ? refs : kept;
}

/** The allowlist file's own entries stay reportable even if a broad path glob happens to cover the allowlist. */
export function findingKept(allowlist: Allowlist | undefined, f: Finding): boolean {
  if (allowlist?.ignore.rules.includes(f.rule)) return false;
  if (hostIgnored(allowlist, f.host)) return false;
  return f.file === allowlist?.file || !pathIgnored(allowlist, f.file);
}
