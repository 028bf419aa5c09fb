// EGR032: an approval nothing registers and nothing calls; it either predates a removal or was never needed.
import type { Finding } from "../findings.js";
import { entryUses } from "./allowlist-entries.js";
import { finding } from "./emit.js";
import type { Rule } from "./types.js";

export const staleAllowlistEntry: Rule = {
  name: "stale-allowlist-entry",
  check({ model, allowlist, references, partialScan }) {
    if (!allowlist || partialScan) return [];
    const out: Finding[] = [];
    for (const use of entryUses(model, allowlist.hosts, references)) {
      if (use.registeredBy.length > 0 || use.references.length > 0) continue;
      out.push(
        finding("stale-allowlist-entry", {
          message: `${use.entry.host} is approved${use.entry.owner ? ` (owner ${use.entry.owner})` : ""}, but no ServiceEntry registers it and no scanned code calls it. Remove the entry if the egress is no longer needed.`,
          file: use.entry.loc.file,
          line: use.entry.loc.line,
          host: use.entry.host,
        }),
      );
    }
    return out;
  },
};
