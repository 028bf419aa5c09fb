// The repository's folders, indexed once for the conventions: which folders are named what, and what they hold.
import { buildFileKind } from "./build-file-kind.js";
import { baseName, dirOf } from "./paths.js";

export interface RepoLayout {
  files: ReadonlySet<string>;
  /** Every folder that holds a file at any depth; "" is the root. */
  dirs: ReadonlySet<string>;
  /** Lower-cased folder name -> the folders so named, sorted. */
  dirsByName: ReadonlyMap<string, string[]>;
  /** Lower-cased NAME of `Dockerfile.NAME` and `NAME.Dockerfile` (and Containerfile) -> those files, sorted. */
  dockerfilesByName: ReadonlyMap<string, string[]>;
  /** Every Dockerfile and Containerfile, under any of their names, sorted. */
  dockerfiles: readonly string[];
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
  const dockerfilesByName = new Map<string, string[]>();
  const unique = new Set(files);
  const dockerfiles = [...unique].sort().filter((f) => buildFileKind(f) === "dockerfile");
  for (const f of dockerfiles) {
    const base = baseName(f);
    const m = /^(?:Dockerfile|Containerfile)\.(.+)$/i.exec(base) ?? /^(.+)\.(?:Dockerfile|Containerfile)$/i.exec(base);
    if (!m) continue;
    const name = m[1]!.toLowerCase();
    const list = dockerfilesByName.get(name);
    if (list) list.push(f);
    else dockerfilesByName.set(name, [f]);
  }
  return { files: unique, dirs, dirsByName, dockerfilesByName, dockerfiles };
}
