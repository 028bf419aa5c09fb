// Linting a subfolder of a git work tree: the files its kustomizations build on from the rest of the work tree
// (`../../base`), listed only where a kustomization names them, so that a subfolder does not cost a monorepo's walk.
import { lstat } from "node:fs/promises";
import path from "node:path";
import { listFiles } from "../discover/read-files.js";
import { isUnder, resolveInRepo } from "./paths.js";

/** The work tree's top, from the linted folder and its `prefix` there. */
export function workTreeTop(root: string, prefix: string): string {
  return prefix === "" ? root : path.resolve(root, ...prefix.split("/").map(() => ".."));
}

/**
 * The files under each of `targets` (paths as the linted folder names them: `../../base`), or the target itself when
 * it is a file. `listed` remembers what was looked at, so that a second round lists only new places.
 */
export async function listBeyond(
  root: string,
  prefix: string,
  targets: readonly string[],
  listed: Set<string>,
): Promise<string[]> {
  const out: string[] = [];
  for (const target of targets) {
    if ([...listed].some((done) => target === done || isUnder(target, done))) continue;
    listed.add(target);
    const abs = path.join(root, target);
    let isDir: boolean;
    try {
      isDir = (await lstat(abs)).isDirectory();
    } catch {
      continue; // missing: the build reports it
    }
    if (!isDir) out.push(target);
    else
      for (const f of listFiles(abs, [])) {
        const p = resolveInRepo(target, f, prefix);
        if (p !== undefined) out.push(p);
      }
  }
  return out;
}
