// Repo-relative paths: `/` separators, no `.` or `..` segments, "" for the repository root.

/** `rel` resolved against the folder `base`; undefined when it leaves the repository or is absolute. */
export function joinRepoPath(base: string, rel: string): string | undefined {
  if (rel.startsWith("/") || /^[A-Za-z]:[\\/]/.test(rel)) return undefined;
  const out = base === "" ? [] : base.split("/");
  for (const seg of rel.replace(/\\/g, "/").split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(seg);
  }
  return out.join("/");
}

export function dirOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i === -1 ? "" : path.slice(0, i);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** `glob` under the folder `dir` ("" = the root). */
export function under(dir: string, glob: string): string {
  return dir === "" ? glob : `${dir}/${glob}`;
}

/** Whether a build context is a remote one (git URL, tarball URL) that ships nothing from this repository. */
export function isRemote(context: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || /^git@/.test(context) || context === "-";
}
