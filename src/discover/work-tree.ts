// Where a folder lies in its git work tree, found from the file system alone: the folder's kustomizations may build
// on anything in the work tree, and on nothing outside it.
import { stat } from "node:fs/promises";
import path from "node:path";

/** The folder's path below the nearest folder holding `.git` ("" at the top, or outside any work tree). */
export async function workTreePrefix(root: string): Promise<string> {
  const parts: string[] = [];
  for (let dir = path.resolve(root); ; ) {
    if (await exists(path.join(dir, ".git"))) return parts.reverse().join("/");
    const parent = path.dirname(dir);
    if (parent === dir) return "";
    parts.push(path.basename(dir));
    dir = parent;
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}
