// Head findings against the base's: which the change introduced, which were already there, which it fixed.
import type { Finding } from "../findings.js";
import { identityKey, identityOf, type RenameMap } from "./identity.js";
import { groupBy } from "../group.js";

export interface BaseComparison {
  /** The head's findings, each with status `new` or `existing`, in the head's order. */
  findings: Finding[];
  /** Base findings no head finding matches: fixed by the change. Their paths are the base's. */
  fixed: Finding[];
}

/**
 * Findings match when their identities are equal (see identity.ts). When one identity occurs several times (the same
 * host called twice in a file), the counts decide: a head with more of them than the base has some new ones. Which of
 * them is marked new cannot be known without lines, so findings on an unchanged line pair first, then the rest in
 * order, and the surplus at the end is new. The gate's verdict does not depend on that choice.
 */
export function compareWithBase(
  head: readonly Finding[],
  base: readonly Finding[],
  renames?: RenameMap,
): BaseComparison {
  const baseGroups = groupBy(base, (f) => identityKey(identityOf(f, renames)));
  const headGroups = groupBy(head, (f) => identityKey(identityOf(f)));
  const status = new Map<Finding, "new" | "existing">();
  const fixed: Finding[] = [];
  for (const [key, heads] of headGroups) {
    const { paired, unpairedHead } = pair(heads, baseGroups.get(key) ?? []);
    for (const f of paired) status.set(f, "existing");
    for (const f of unpairedHead) status.set(f, "new");
  }
  for (const [key, bases] of baseGroups) {
    const { unpairedBase } = pair(headGroups.get(key) ?? [], bases);
    fixed.push(...unpairedBase);
  }
  // A call moved to another file is the same problem, not one fixed and one new: what is left on either side pairs
  // by what it is about, whatever the file.
  const newByWhat = groupBy(
    head.filter((f) => status.get(f) === "new"),
    (f) => subjectKey(f),
  );
  const stillFixed: Finding[] = [];
  for (const b of fixed) {
    const moved = newByWhat.get(subjectKey(b))?.shift();
    if (moved) status.set(moved, "existing");
    else stillFixed.push(b);
  }
  return { findings: head.map((f) => ({ ...f, status: status.get(f) ?? "new" })), fixed: stillFixed };
}

/** The identity without the file: the rule and the host, port, workload or resource a finding is about. */
function subjectKey(f: Finding): string {
  const { file: _file, ...about } = identityOf(f);
  return JSON.stringify(about);
}

interface Pairing {
  paired: Finding[];
  unpairedHead: Finding[];
  unpairedBase: Finding[];
}

function pair(heads: readonly Finding[], bases: readonly Finding[]): Pairing {
  const freeBase = [...bases];
  const paired: Finding[] = [];
  const rest: Finding[] = [];
  for (const h of heads) {
    const i = freeBase.findIndex((b) => b.line === h.line);
    if (i === -1) rest.push(h);
    else {
      freeBase.splice(i, 1);
      paired.push(h);
    }
  }
  const matched = Math.min(rest.length, freeBase.length);
  return {
    paired: [...paired, ...rest.slice(0, matched)],
    unpairedHead: rest.slice(matched),
    unpairedBase: freeBase.slice(matched),
  };
}
