// Glob matching with each glob compiled once: a monorepo asks the same few globs about tens of thousands of paths.
import { Minimatch } from "minimatch";

type Matcher = (path: string) => boolean;

const compiled = new Map<string, Matcher>();

function compile(glob: string): Matcher {
  let m = compiled.get(glob);
  if (!m) {
    const pattern = glob.replace(/^\.\//, "");
    const full = new Minimatch(pattern, { dot: true });
    const fast = shortcut(pattern);
    m = fast ? (path) => (isClean(path) ? fast(path) : full.match(path)) : (path) => full.match(path);
    compiled.set(glob, m);
  }
  return m;
}

const PLAIN = /^[A-Za-z0-9_.-]+$/;

/**
 * The default globs and the always-excluded places have one of four shapes, which a string test answers exactly as
 * minimatch does for a clean path: `**\/*`, `**\/*.ext`, `**\/name/**` and `**\/name`. Matching every file of a
 * monorepo against them through minimatch cost more than the rest of a pull request's listing.
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
  m = /^\*\*\/(.+)$/.exec(pattern);
  if (m && PLAIN.test(m[1]!) && m[1] !== "." && m[1] !== "..") {
    const name = m[1]!;
    return (path) => path === name || path.endsWith(`/${name}`);
  }
  return undefined;
}

/** No empty, `.` or `..` segment: what the walk and git give, and where minimatch's `*` and `**` hold no surprises. */
function isClean(path: string): boolean {
  if (path === "" || path.startsWith("/") || path.endsWith("/") || path.includes("//")) return false;
  return !(path === "." || path === ".." || path.startsWith("./") || path.startsWith("../") || path.endsWith("/.") || path.endsWith("/..") || path.includes("/./") || path.includes("/../"));
}

/** Paths are relative with forward slashes; dotfiles match like any other file; a leading `./` in a glob is ignored. */
export function matchesAny(path: string, globs: readonly string[]): boolean {
  for (const g of globs) if (compile(g)(path)) return true;
  return false;
}

export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const list = globs.map(compile);
  return (path) => list.some((m) => m(path));
}
