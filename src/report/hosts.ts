// The report's hosts[]: every external host:port the code references, where, and whether its callers can reach it.
import type { Allowlist } from "../allowlist/types.js";
import { cmp } from "../findings.js";
import { reachability } from "../model/reachability.js";
import type { EgressModel } from "../model/types.js";
import { callersOf, describeCallersShort } from "../rules/callers.js";
import type { HostReference } from "../scan/types.js";
import type { HostSummary } from "./types.js";
import { groupBy } from "../group.js";

export function summarizeHosts(
  model: EgressModel,
  references: readonly HostReference[],
  allowlist?: Allowlist,
): HostSummary[] {
  const groups = groupBy(references, (ref) => `${ref.host}\u0000${ref.port}\u0000${ref.scheme}`);
  const out: HostSummary[] = [];
  for (const refs of groups.values()) {
    const first = refs[0]!;
    let registered = true;
    const entries = new Set<string>();
    // References in one file share their callers (one list per file), and so, within a group, their verdicts.
    const judged = new Set<readonly unknown[]>();
    for (const ref of refs) {
      const callers = callersOf(ref, model, allowlist);
      if (judged.has(callers)) continue;
      judged.add(callers);
      for (const caller of callers) {
        const reach = reachability(model, {
          namespace: caller.namespace,
          workload: caller.workload,
          meshWide: caller.meshWide,
          host: ref.host,
          port: ref.port,
          scheme: ref.scheme,
        });
        if (reach.verdict !== "registered") registered = false;
        else
          for (const r of reach.registrations)
            if (r.kind === "ServiceEntry") entries.add(`${r.entry.namespace}/${r.entry.name}`);
      }
    }
    const references = [
      ...new Map(
        refs.map((r) => [
          `${r.file}:${r.line}:${r.column}`,
          {
            file: r.file,
            line: r.line,
            ...(r.column > 0 ? { column: r.column } : {}),
            class: r.class,
            reason: r.reason,
            ...(r.via ? { via: r.via } : {}),
            callers: describeCallersShort(callersOf(r, model, allowlist)),
          },
        ]),
      ).values(),
    ];
    references.sort((a, b) => cmp(a.file, b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
    out.push({
      host: first.host,
      port: first.port,
      scheme: first.scheme,
      references,
      registered,
      serviceEntries: [...entries].sort(),
    });
  }
  return out.sort((a, b) => cmp(a.host, b.host) || a.port - b.port || cmp(a.scheme, b.scheme));
}
