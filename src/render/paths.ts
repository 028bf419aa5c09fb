// Repository-relative paths with forward slashes; "." is the root. Nothing here touches the file system.
import path from "node:path";

/**
 * `ref` resolved against the directory `dir`; undefined when it leaves the repository. Paths are relative to the
 * folder linted, which lies at `prefix` inside its git work tree ("" at the top): a path into the rest of the work tree
 * starts with `../` (`../../base`), and is written the shortest way, so that one file has one name.
 */
export function resolveInRepo(dir: string, ref: string, prefix = ""): string | undefined {
  if (ref === "" || ref.startsWith("/")) return undefined;
  const joined = path.posix.normalize(path.posix.join(dir, ref)).replace(/\/+$/, "");
  if (joined !== ".." && !joined.startsWith("../")) return joined === "" ? "." : joined;
  return prefix === "" ? undefined : fromTop(prefix, path.posix.join(prefix, joined));
}

/** A path relative to the work tree's top, as the linted folder at `prefix` names it; undefined above the top. */
export function fromTop(prefix: string, topPath: string): string | undefined {
  const top = path.posix.normalize(topPath).replace(/\/+$/, "");
  if (top === ".." || top.startsWith("../") || top.startsWith("/")) return undefined;
  return path.posix.relative(prefix, top === "." ? "" : top) || ".";
}

/** A path that leaves the linted folder for the rest of its work tree. */
export function isOutsideFolder(p: string): boolean {
  return p === ".." || p.startsWith("../");
}

export function dirOf(file: string): string {
  const d = path.posix.dirname(file);
  return d === "" ? "." : d;
}

/** `file` inside `dir` (at any depth). */
export function isUnder(file: string, dir: string): boolean {
  return (dir === "." && !isOutsideFolder(file)) || file.startsWith(`${dir}/`);
}

/** Path of `name` inside `dir`. */
export function inDir(dir: string, name: string): string {
  return dir === "." ? name : `${dir}/${name}`;
}

/** Remote Kustomize references: URLs, git SSH addresses and go-getter style `github.com/org/repo//path`. */
export function isRemoteRef(ref: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(ref) ||
    /^git@/.test(ref) ||
    /^(github|gitlab|bitbucket)\.(com|org)\//.test(ref) ||
    /\?ref=/.test(ref)
  );
}

/** A sorted copy without duplicates, byte-wise so that the order does not depend on the locale. */
export function sortedUnique(items: Iterable<string>): string[] {
  return [...new Set(items)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
