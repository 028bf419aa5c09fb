// The references the rules did not judge, and why: the report keeps them so that nothing is silently skipped and a
// user can see why a host did not count (`explain` prints the same).
import { cmp } from "../findings.js";
import { plural } from "./plural.js";
import type { JudgedReferences } from "../rules/judged-references.js";
import type { HostReference } from "../scan/types.js";
import type { NotJudgedReference, ReferenceCounts } from "./types.js";

export const UNPLACED_REASON =
  "no workload is known to run this file (no image ships it, and no allowlist workloads: entry maps it)";

export function countReferences(found: JudgedReferences): ReferenceCounts {
  const count = (cls: HostReference["class"]) => found.notEgress.filter((r) => r.class === cls).length;
  return {
    judged: found.judged.length,
    unplaced: found.unplaced.length,
    mention: count("mention"),
    build: count("build"),
    browser: count("browser"),
    specialUse: count("special-use"),
  };
}

export function notJudged(found: JudgedReferences): NotJudgedReference[] {
  const out = new Map<string, NotJudgedReference>();
  const add = (ref: HostReference, unplaced: boolean) => {
    const entry: NotJudgedReference = {
      host: ref.host,
      port: ref.port,
      scheme: ref.scheme,
      file: ref.file,
      line: ref.line,
      ...(ref.column > 0 ? { column: ref.column } : {}),
      class: ref.class,
      reason: unplaced && !ref.unread ? `${ref.reason}; ${UNPLACED_REASON}` : ref.reason,
      ...(unplaced ? { unplaced: true as const } : {}),
    };
    const key = `${entry.file}\0${entry.line}\0${entry.column ?? 0}\0${entry.host}\0${entry.port}`;
    if (!out.has(key)) out.set(key, entry);
  };
  for (const ref of found.unplaced) add(ref, true);
  for (const ref of found.notEgress) add(ref, false);
  return [...out.values()].sort(
    (a, b) =>
      cmp(a.file, b.file) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0) ||
      cmp(a.host, b.host) ||
      a.port - b.port,
  );
}

/**
 * One line that says what the rules did not judge and why, or undefined when they judged everything: a report must
 * never read as if a host it passed over had been checked.
 */
export function notJudgedLine(counts: ReferenceCounts | undefined): string | undefined {
  if (!counts) return undefined;
  const parts = [
    counts.unplaced && `${counts.unplaced} in files no workload is known to run`,
    counts.mention && `${plural(counts.mention, "mention")} (messages, docs, links)`,
    counts.build && `${counts.build} fetched at build time`,
    counts.browser && `${counts.browser} in code served to browsers`,
    counts.specialUse && plural(counts.specialUse, "special-use or placeholder name"),
  ].filter((p): p is string => Boolean(p));
  if (parts.length === 0) return undefined;
  const total = counts.unplaced + counts.mention + counts.build + counts.browser + counts.specialUse;
  return `Not judged: ${plural(total, "host reference")}: ${parts.join(", ")}. \`egress-lint explain HOST\` says why; the JSON report lists them (notJudged).`;
}
