// The paths a command line names, checked before any work: a typo in one is a usage error that names it, not a
// stack trace halfway through the run. Pure: what is at a path is asked of the caller.
import path from "node:path";

export type PathKind = "file" | "directory" | "missing" | "other";

export interface PathCheck {
  /** How the command line names it: DIR, --base-dir, --output... */
  flag: string;
  path: string;
  /** file and directory: the path itself must be one; parent: the folder it is to be written into must exist. */
  want: "file" | "directory" | "parent";
  /** Where a relative path is looked for, when not the current directory (the allowlist is found in DIR). */
  within?: string;
  /** Said after "no such file". */
  hint?: string;
}

/** The first check that fails, as one line; undefined when every path is as it should be. */
export function pathProblem(checks: readonly PathCheck[], kindOf: (p: string) => PathKind): string | undefined {
  for (const c of checks) {
    const at = c.within ? path.join(c.within, c.path) : c.path;
    const where = c.within && c.within !== "." && !path.isAbsolute(c.path) ? ` in ${c.within}` : "";
    const named = `${c.flag} ${c.path}`;
    if (c.want === "parent") {
      const folder = path.dirname(at);
      const kind = kindOf(folder);
      if (kind === "missing") return `${named}: no directory ${folder} to write it in`;
      if (kind !== "directory") return `${named}: ${folder} is not a directory`;
      continue;
    }
    const kind = kindOf(at);
    if (kind === c.want) continue;
    if (kind === "missing")
      return `${named}: no such ${c.want}${where}${c.hint && c.want === "file" ? ` (${c.hint})` : ""}`;
    return `${named}: not a ${c.want}${where}`;
  }
  return undefined;
}
