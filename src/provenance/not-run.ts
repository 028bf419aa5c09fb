// Containers that carry a file in their image but never run it: the stages that know (python-runs, selected-files)
// say so per file, and the references in that file lose those callers, or all of them.
import type { HostReference } from "../scan/types.js";
import type { CodePlacement } from "./types.js";

/** What a stage says of one file: the containers (`namespace/workload/container`) that do not run it. */
export interface NotRunVerdict {
  notRunBy: string[];
  /** None of the containers that carry the file runs it: it is nobody's egress, for this reason. */
  all: boolean;
  why: string;
}

export function containerKey(p: CodePlacement): string {
  return `${p.namespace}/${p.workload}/${p.container}`;
}

/** The references with each file's verdict (asked once per file) added to `notRunBy`, or made unread. */
export function withNotRun(
  refs: readonly HostReference[],
  verdictOf: (file: string) => NotRunVerdict | undefined,
): HostReference[] {
  const byFile = new Map<string, NotRunVerdict | undefined>();
  return refs.map((r) => {
    if (r.namespace !== undefined || r.unread) return r;
    if (!byFile.has(r.file)) byFile.set(r.file, verdictOf(r.file));
    const v = byFile.get(r.file);
    if (!v) return r;
    if (v.all) return { ...r, unread: true, reason: `${r.reason}; ${v.why}` };
    return { ...r, notRunBy: [...new Set([...(r.notRunBy ?? []), ...v.notRunBy])].sort() };
  });
}
