// The report's hosts[]: every external host:port the code references, where, and whether its callers can reach it.
import type { Allowlist } from "../allowlist/types.js";
import { cmp } from "../findings.js";
import type { EgressModel } from "../model/types.js";
import { callerReach, callersOf, describeCallersShort } from "../rules/callers.js";
import type { HostReference } from "../scan/types.js";
import type { HostSummary } from "./types.js";
import { groupBy } from "../group.js";

type PlacedReference = HostSummary["references"][number];

export function summarizeHosts(
  model: EgressModel,
  references: readonly HostReference[],
  allowlist?: Allowlist,
): HostSummary[] {
  const groups = groupBy(references, (ref) => `${ref.host}\u0000${ref.port}\u0000${ref.scheme}`);
  const out: HostSummary[] = [];
  const reaches = callerReach(model);
  for (const refs of groups.values()) {
    const first = refs[0]!;
    let registered = true;
    const entries = new Set<string>();
    // References in one file share their callers (one list per file), and so, within a group, their verdicts.
    const judged = new Set<readonly unknown[]>();
    const byPlace = new Map<string, PlacedReference>();
    for (const r of refs) {
      const callers = callersOf(r, model, allowlist);
      if (!judged.has(callers)) {
        judged.add(callers);
        for (const caller of callers) {
          const reach = reaches(caller, r);
          if (reach.verdict !== "registered") registered = false;
          else
            for (const g of reach.registrations)
              if (g.kind === "ServiceEntry") entries.add(`${g.entry.namespace}/${g.entry.name}`);
        }
      }
      // Written key by key in the report's order: object spreads here cost more than the rest of the summary.
      const entry = { file: r.file, line: r.line } as PlacedReference;
      if (r.column > 0) entry.column = r.column;
      entry.class = r.class;
      entry.reason = r.reason;
      if (r.via) entry.via = r.via;
      entry.callers = describeCallersShort(callers);
      // One place may hold references of several workloads (a ConfigMap value each takes): one entry each, by reason.
      const place = `${r.file}:${r.line}:${r.column}\u0000${r.reason}`;
      const same = byPlace.get(place);
      if (same === undefined) byPlace.set(place, entry);
      else if (same.callers !== entry.callers) same.callers = [...new Set([...same.callers, ...entry.callers])].sort();
    }
    const references = [...byPlace.values()];
    references.sort(
      (a, b) => cmp(a.file, b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || cmp(a.reason, b.reason),
    );
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
