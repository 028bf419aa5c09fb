// Files the change renamed, as git detects them: a finding in a renamed file is the same finding, not a new one.
import { gitMaybe } from "./git.js";

/**
 * Base path -> head path for every file git sees renamed between `sha` and the working tree, relative to `dir` (files
 * moved in from outside `dir` are not renames here). A failure costs only the renames, so it yields an empty map.
 */
export async function renamedSince(dir: string, sha: string): Promise<Map<string, string>> {
  const out = await gitMaybe(["diff", "--name-status", "-z", "-M", "--relative", "--no-ext-diff", "--no-color", "--end-of-options", sha], { cwd: dir });
  return parseNameStatus(out ?? "");
}

/** `git diff --name-status -z`: a status, then one path, or two for renames and copies (`R100`, `C075`). */
export function parseNameStatus(text: string): Map<string, string> {
  const fields = text.split("\0");
  const renames = new Map<string, string>();
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++] ?? "";
    if (status === "") continue;
    if (status.startsWith("R") || status.startsWith("C")) {
      const from = fields[i++];
      const to = fields[i++];
      if (status.startsWith("R") && from && to) renames.set(from, to);
    } else i++;
  }
  return renames;
}
