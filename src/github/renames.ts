// What the change did to each file, as git sees it: a finding in a renamed file is the same finding, not a new one,
// and `scan: changed` scans only the files the change touched.
import { gitMaybe } from "./git.js";

export interface Changes {
  /** Base path -> head path for every file git sees renamed. */
  renames: Map<string, string>;
  /** Head paths of the files added, modified, renamed or copied (deleted ones have no head path). */
  changed: Set<string>;
  /** Base paths of the files modified, renamed or deleted: every base file whose text the head does not have. */
  changedInBase: Set<string>;
}

/**
 * The files changed between `sha` and the working tree, relative to `dir` (files moved in from outside `dir` are not
 * renames here), untracked files included. Undefined when git cannot tell: then nothing can be narrowed down.
 */
export async function changesSince(dir: string, sha: string): Promise<Changes | undefined> {
  const [diff, untracked] = await Promise.all([
    gitMaybe(
      ["diff", "--name-status", "-z", "-M", "--relative", "--no-ext-diff", "--no-color", "--end-of-options", sha],
      { cwd: dir },
    ),
    gitMaybe(["ls-files", "-z", "--others", "--exclude-standard"], { cwd: dir }),
  ]);
  if (diff === undefined || untracked === undefined) return undefined;
  const changes = parseNameStatus(diff);
  for (const f of untracked.split("\0")) if (f) changes.changed.add(f);
  return changes;
}

/** `git diff --name-status -z`: a status, then one path, or two for renames and copies (`R100`, `C075`). */
export function parseNameStatus(text: string): Changes {
  const fields = text.split("\0");
  const out: Changes = { renames: new Map(), changed: new Set(), changedInBase: new Set() };
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++] ?? "";
    if (status === "") continue;
    if (status.startsWith("R") || status.startsWith("C")) {
      const from = fields[i++];
      const to = fields[i++];
      if (status.startsWith("R") && from && to) out.renames.set(from, to);
      if (status.startsWith("R") && from) out.changedInBase.add(from);
      if (to) out.changed.add(to);
    } else {
      const file = fields[i++];
      if (!file) continue;
      if (!status.startsWith("D")) out.changed.add(file);
      if (!status.startsWith("A")) out.changedInBase.add(file);
    }
  }
  return out;
}
