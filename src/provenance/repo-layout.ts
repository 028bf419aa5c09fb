// The repository's folders, indexed once for the conventions: which folders are named what, and what they hold.
import { baseName, dirOf } from "./paths.js";

export interface RepoLayout {
  files: ReadonlySet<string>;
  /** Every folder that holds a file at any depth; "" is the root. */
  dirs: ReadonlySet<string>;
  /** Lower-cased folder name -> the folders so named, sorted. */
  dirsByName: ReadonlyMap<string, string[]>;
}

export function repoLayout(files: readonly string[]): RepoLayout {
  const dirs = new Set<string>([""]);
  for (const f of files) {
    for (let d = dirOf(f); d !== "" && !dirs.has(d); d = dirOf(d)) dirs.add(d);
  }
  const dirsByName = new Map<string, string[]>();
  for (const d of [...dirs].sort()) {
    if (d === "") continue;
    const name = baseName(d).toLowerCase();
    const list = dirsByName.get(name);
    if (list) list.push(d);
    else dirsByName.set(name, [d]);
  }
  return { files: new Set(files), dirs, dirsByName };
}
