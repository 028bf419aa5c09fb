// Repository-relative paths with forward slashes; "." is the root. Nothing here touches the file system.
import path from "node:path";

/** `ref` resolved against the repository directory `dir`; undefined when it leaves the repository. */
export function resolveInRepo(dir: string, ref: string): string | undefined {
  if (ref === "" || ref.startsWith("/")) return undefined;
  const joined = path.posix.normalize(path.posix.join(dir, ref)).replace(/\/+$/, "");
  if (joined === ".." || joined.startsWith("../")) return undefined;
  return joined === "" ? "." : joined;
}

export function dirOf(file: string): string {
  const d = path.posix.dirname(file);
  return d === "" ? "." : d;
}

/** `file` inside `dir` (at any depth). */
export function isUnder(file: string, dir: string): boolean {
  return dir === "." || file.startsWith(`${dir}/`);
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
