// Glob matching with each glob compiled once: a monorepo asks the same few globs about tens of thousands of paths.
import { Minimatch } from "minimatch";

type Matcher = (path: string) => boolean;

/** A glob as minimatch reads it, and the string test that answers for it on a clean path, when it has one. */
interface Compiled {
  full: Minimatch;
  fast?: Matcher;
}

const compiled = new Map<string, Compiled>();

function compile(glob: string): Compiled {
  let c = compiled.get(glob);
  if (!c) {
    const pattern = glob.replace(/^\.\//, "");
    const fast = shortcut(pattern);
    compiled.set(glob, (c = { full: new Minimatch(pattern, { dot: true }), ...(fast ? { fast } : {}) }));
  }
  return c;
}

function matches(c: Compiled, path: string, clean: boolean): boolean {
  return clean && c.fast ? c.fast(path) : c.full.match(path);
}

const PLAIN = /^[A-Za-z0-9_.-]+$/;

/**
 * The default globs and the always-excluded places have one of four shapes, which a string test answers exactly as
 * minimatch does for a clean path: `**\/*`, `**\/*.ext`, `**\/name/**` and `**\/name`; so has what build
 * provenance ships, a folder's contents (`a/b/**`). Matching every file of a monorepo against them through minimatch
 * cost more than the rest of a pull request's listing.
 */
function shortcut(pattern: string): Matcher | undefined {
  if (pattern === "**/*") return () => true;
  let m = /^\*\*\/\*\.(.+)$/.exec(pattern);
  if (m && PLAIN.test(m[1]!)) {
    const suffix = `.${m[1]}`;
    return (path) => path.endsWith(suffix);
  }
  m = /^\*\*\/(.+)\/\*\*$/.exec(pattern);
  if (m && PLAIN.test(m[1]!) && m[1] !== "." && m[1] !== "..") {
    const name = m[1]!;
    return (path) => path.startsWith(`${name}/`) || path.includes(`/${name}/`);
  }
  // `services/api/**`, which build provenance writes for each image's context: what lies below the folder.
  m = /^(.+)\/\*\*$/.exec(pattern);
  if (m && m[1]!.split("/").every((part) => PLAIN.test(part) && part !== "." && part !== "..")) {
    const folder = `${m[1]}/`;
    return (path) => path.startsWith(folder);
  }
  m = /^\*\*\/(.+)$/.exec(pattern);
  if (m && PLAIN.test(m[1]!) && m[1] !== "." && m[1] !== "..") {
    const name = m[1]!;
    return (path) => path === name || path.endsWith(`/${name}`);
  }
  return undefined;
}

/** An empty, `.` or `..` segment: what the walk and git never give, and where minimatch's `*` and `**` differ. */
const UNCLEAN = /^$|^\/|\/$|\/\/|(?:^|\/)\.\.?(?:\/|$)/;

/** Paths are relative with forward slashes; dotfiles match like any other file; a leading `./` in a glob is ignored. */
export function matchesAny(path: string, globs: readonly string[]): boolean {
  const clean = !UNCLEAN.test(path);
  for (const g of globs) if (matches(compile(g), path, clean)) return true;
  return false;
}

export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const list = globs.map(compile);
  return (path) => {
    const clean = !UNCLEAN.test(path);
    return list.some((c) => matches(c, path, clean));
  };
}
