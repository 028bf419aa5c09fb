// Which placements ship a file, asked once per scanned file: placements are bucketed by the literal folder their
// globs start with, so a file is matched only against the globs of folders it is in.
import { globMatcher } from "../glob.js";
import type { CodePlacement, Provenance } from "./types.js";

interface Candidate {
  index: number;
  ships: (path: string) => boolean;
  excluded: (path: string) => boolean;
}

type ShippingIndex = Map<string, Candidate[]>;

const indexes = new WeakMap<Provenance, ShippingIndex>();
const byDockerfile = new WeakMap<Provenance, Map<string, CodePlacement[]>>();
/**
 * Each file's answer, kept: the stages after the scan (callers, Python and shell runs, selected files, environment
 * reads) each ask about the same files, and a file's globs are matched once instead of once per stage.
 */
const answers = new WeakMap<Provenance, Map<string, readonly CodePlacement[]>>();

export function placementsShipping(p: Provenance, file: string): readonly CodePlacement[] {
  let known = answers.get(p);
  if (!known) answers.set(p, (known = new Map()));
  let found = known.get(file);
  if (found === undefined) known.set(file, (found = shipping(p, file)));
  return found;
}

/** One array per distinct answer: the files of a folder share theirs, and what is kept per answer is worked out once. */
const distinctAnswers = new WeakMap<Provenance, Map<string, CodePlacement[]>>();

function shipping(p: Provenance, file: string): CodePlacement[] {
  let index = indexes.get(p);
  if (!index) indexes.set(p, (index = buildIndex(p.placements)));
  const found = new Set<number>();
  const visit = (prefix: string) => {
    for (const c of index.get(prefix) ?? []) {
      if (!found.has(c.index) && c.ships(file) && !c.excluded(file)) found.add(c.index);
    }
  };
  visit("");
  for (let i = file.indexOf("/"); i !== -1; i = file.indexOf("/", i + 1)) visit(file.slice(0, i));
  const indices = [...found].sort((a, b) => a - b);
  let distinct = distinctAnswers.get(p);
  if (!distinct) distinctAnswers.set(p, (distinct = new Map()));
  const key = indices.join(",");
  let answer = distinct.get(key);
  if (!answer) distinct.set(key, (answer = indices.map((i) => p.placements[i]!)));
  return answer;
}

/**
 * The placements whose image carries a file: those that ship it, and those built from it when it is their Dockerfile
 * (its ENV is the configuration the image runs with).
 */
export function placementsCarrying(p: Provenance, file: string): readonly CodePlacement[] {
  let dockerfiles = byDockerfile.get(p);
  if (!dockerfiles) {
    dockerfiles = new Map();
    for (const placement of p.placements)
      if (placement.dockerfile !== undefined)
        dockerfiles.set(placement.dockerfile, [...(dockerfiles.get(placement.dockerfile) ?? []), placement]);
    byDockerfile.set(p, dockerfiles);
  }
  const built = dockerfiles.get(file) ?? [];
  return built.length ? [...placementsShipping(p, file), ...built] : placementsShipping(p, file);
}

function buildIndex(placements: readonly CodePlacement[]): ShippingIndex {
  const index: ShippingIndex = new Map();
  placements.forEach((placement, i) => {
    const excluded = globMatcher(placement.excludes);
    const byPrefix = new Map<string, string[]>();
    for (const glob of placement.ships) {
      const prefix = literalFolder(glob);
      byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), glob]);
    }
    for (const [prefix, globs] of byPrefix) {
      const list = index.get(prefix) ?? [];
      list.push({ index: i, ships: globMatcher(globs), excluded });
      index.set(prefix, list);
    }
  });
  return index;
}

/** The folder part of a glob before its first wildcard segment: `a/b/**` -> `a/b`, `a/*.go` -> `a`, `**` -> "". */
function literalFolder(glob: string): string {
  const segments = glob.split("/");
  const firstWild = segments.findIndex((s) => /[*?[\]{}!+@()]/.test(s));
  const literal = firstWild === -1 ? segments.slice(0, -1) : segments.slice(0, firstWild);
  return literal.join("/");
}
