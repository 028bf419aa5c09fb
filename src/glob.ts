// Glob matching with each glob compiled once: a monorepo asks the same few globs about tens of thousands of paths.
import { Minimatch } from "minimatch";

const compiled = new Map<string, Minimatch>();

function compile(glob: string): Minimatch {
  let m = compiled.get(glob);
  if (!m) compiled.set(glob, (m = new Minimatch(glob.replace(/^\.\//, ""), { dot: true })));
  return m;
}

/** Paths are relative with forward slashes; dotfiles match like any other file; a leading `./` in a glob is ignored. */
export function matchesAny(path: string, globs: readonly string[]): boolean {
  for (const g of globs) if (compile(g).match(path)) return true;
  return false;
}

export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const list = globs.map(compile);
  return (path) => list.some((m) => m.match(path));
}
