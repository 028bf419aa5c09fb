// What each allowlist entry meets in the repository: the ServiceEntries that register it and the code that calls it.
import { patternCovers, patternsOverlap } from "../allowlist/match.js";
import type { AllowlistHost } from "../allowlist/types.js";
import type { EgressModel, ServiceEntry } from "../model/types.js";
import type { HostReference } from "../scan/types.js";

export interface EntryUse {
  entry: AllowlistHost;
  /** ServiceEntries with a host that shares at least one name with the entry. */
  registeredBy: ServiceEntry[];
  references: HostReference[];
}

export function entryUses(
  model: EgressModel,
  entries: readonly AllowlistHost[],
  references: readonly HostReference[],
): EntryUse[] {
  return entries.map((entry) => ({
    entry,
    registeredBy: model.serviceEntries.filter((se) =>
      se.hosts.some((h) => h !== "*" && patternsOverlap(entry.host, h.toLowerCase())),
    ),
    references: references.filter((r) => patternCovers(entry.host, r.host)),
  }));
}
