// Temporary folders for builds: wrapper kustomizations, stripped copies of a tree, inline Helm values.
// Nothing here writes into the repository.
import { copyFile, mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export async function withTempDir<T>(tempRoot: string, prefix: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await realpath(await mkdtemp(path.join(tempRoot, prefix)));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function writeTextFile(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

/** Copies repository files to the same relative paths under `to`, replacing the texts given in `replace`. */
export async function copyFiles(
  from: string,
  to: string,
  files: readonly string[],
  replace: ReadonlyMap<string, string>,
): Promise<void> {
  for (const rel of files) {
    const target = path.join(to, rel);
    await mkdir(path.dirname(target), { recursive: true });
    const text = replace.get(rel);
    if (text !== undefined) await writeFile(target, text);
    else await copyFile(path.join(from, rel), target);
  }
}

/** The first of `files` (repository-relative) that is, or lies under, a link leading out of the repository. */
export async function firstLinkOutside(root: string, files: readonly string[]): Promise<string | undefined> {
  const realRoot = await realpath(root);
  for (const rel of files) {
    let target: string;
    try {
      target = await realpath(path.join(root, rel));
    } catch {
      continue; // a missing file: the build reports it
    }
    if (target !== realRoot && !target.startsWith(realRoot + path.sep)) return rel;
  }
  return undefined;
}
