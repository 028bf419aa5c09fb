// Today's findings -> the baseline file's text: sorted and stable, so that a diff of it reads as what changed.
import { stringify } from "yaml";
import { cmp, type Finding } from "../findings.js";
import { identityKey, identityOf, type FindingIdentity } from "../gate/identity.js";
import type { Baseline, BaselineEntry } from "./types.js";
import { groupBy } from "../group.js";

const HEADER = [
  "egress-lint baseline: findings accepted when egress-lint was adopted. They are reported, and never fail the check.",
  "Review changes to this file like code; write it again with `egress-lint baseline DIR --output FILE`.",
  "Entries match by rule, file, host, port, namespace, workload and resource, never by line.",
];

/** One entry per identity, with the number of findings it accepts; reasons of the previous file's entries are kept. */
export function baselineEntries(findings: readonly Finding[], previous?: Baseline): BaselineEntry[] {
  const reasons = new Map(
    (previous?.entries ?? []).filter((e) => e.reason !== undefined).map((e) => [identityKey(e), e.reason!]),
  );
  const groups = groupBy(
    findings.map((f) => identityOf(f)),
    identityKey,
  );
  const entries = [...groups.values()].map((group): BaselineEntry => {
    const id = group[0]!;
    const reason = reasons.get(identityKey(id));
    return { ...id, count: group.length, ...(reason !== undefined ? { reason } : {}), line: 0 };
  });
  return entries.sort(compareEntries);
}

export function compareEntries(a: FindingIdentity, b: FindingIdentity): number {
  return (
    cmp(a.file, b.file) ||
    cmp(a.rule, b.rule) ||
    cmp(a.host ?? "", b.host ?? "") ||
    (a.port ?? -1) - (b.port ?? -1) ||
    cmp(a.namespace ?? "", b.namespace ?? "") ||
    cmp(a.workload ?? "", b.workload ?? "") ||
    cmp(a.resource ?? "", b.resource ?? "")
  );
}

/** Keys in one order in every entry; `count` only when it is not 1. */
export function renderBaseline(entries: readonly BaselineEntry[]): string {
  const findings = [...entries].sort(compareEntries).map((e) => ({
    rule: e.rule,
    ...(e.host !== undefined ? { host: e.host } : {}),
    ...(e.port !== undefined ? { port: e.port } : {}),
    ...(e.namespace !== undefined ? { namespace: e.namespace } : {}),
    ...(e.workload !== undefined ? { workload: e.workload } : {}),
    ...(e.resource !== undefined ? { resource: e.resource } : {}),
    file: e.file,
    ...(e.count !== 1 ? { count: e.count } : {}),
    ...(e.reason !== undefined ? { reason: e.reason } : {}),
  }));
  const body = stringify({ version: 1, findings }, { lineWidth: 0, indentSeq: true });
  return `${HEADER.map((l) => `# ${l}`).join("\n")}\n${body}`;
}
