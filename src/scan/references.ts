// Raw references -> the HostReferences rules read: external hosts only, placed, suppressed and in a stable order.
import { cmp } from "../findings.js";
import { classifyHost, NO_IN_CLUSTER_NAMES } from "./classify.js";
import type { Extracted } from "./extract.js";
import { ignoredRulesAt } from "./ignore.js";
import type { HostReference, InClusterNames } from "./types.js";

export interface Placement {
  file: string;
  /** Maps a line and column inside the scanned text to where it was written; default: unchanged. */
  place?: (line: number, column: number) => { line: number; column: number };
  namespace?: string;
  workload?: string;
}

export function externalReferences(
  found: Extracted,
  at: Placement,
  inCluster: InClusterNames = NO_IN_CLUSTER_NAMES,
): HostReference[] {
  const out: HostReference[] = [];
  const external = new Map<string, boolean>();
  for (const raw of found.refs) {
    let isExternal = external.get(raw.host);
    if (isExternal === undefined) {
      isExternal = classifyHost(raw.host, inCluster) === "external";
      external.set(raw.host, isExternal);
    }
    if (!isExternal) continue;
    const innerLine = found.lines.line(raw.offset);
    const ignoredRules = ignoredRulesAt(found.ignores, innerLine);
    const innerColumn = found.lines.column(raw.offset, innerLine);
    const { line, column } = at.place ? at.place(innerLine, innerColumn) : { line: innerLine, column: innerColumn };
    const ref: HostReference = {
      host: raw.host,
      port: raw.port,
      scheme: raw.scheme,
      kind: raw.kind,
      file: at.file,
      line,
      column,
      ignoredRules,
    };
    if (at.namespace !== undefined) ref.namespace = at.namespace;
    if (at.workload !== undefined) ref.workload = at.workload;
    if (raw.trailingDot) ref.trailingDot = true;
    out.push(ref);
  }
  return out;
}

export function compareReferences(a: HostReference, b: HostReference): number {
  return (
    cmp(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    cmp(a.host, b.host) ||
    a.port - b.port ||
    cmp(a.scheme, b.scheme) ||
    cmp(a.kind, b.kind) ||
    cmp(a.namespace ?? "", b.namespace ?? "") ||
    cmp(a.workload ?? "", b.workload ?? "")
  );
}

/** Sorted by (file, line, column, host, ...), with exact duplicates dropped. */
export function sortReferences(refs: HostReference[]): HostReference[] {
  const sorted = [...refs].sort(compareReferences);
  return sorted.filter((r, i) => i === 0 || compareReferences(r, sorted[i - 1] as HostReference) !== 0);
}
