// EGR030: approved egress that code calls but no ServiceEntry registers, or not on an approved port (failure mode 1).
import type { Finding, Severity } from "../findings.js";
import type { AllowlistHost } from "../allowlist/types.js";
import type { EgressModel } from "../model/types.js";
import { entryUses } from "./allowlist-entries.js";
import { finding } from "./emit.js";
import type { Rule } from "./types.js";

/**
 * An entry nothing calls and nothing registers is stale (EGR032), not blocked: platform teams approve hosts before
 * anyone registers them. Once some ServiceEntry registers the host, every approved port is checked.
 */
export const allowlistUnregistered: Rule = {
  name: "allowlist-unregistered",
  check({ model, allowlist, references }) {
    if (!allowlist) return [];
    const out: Finding[] = [];
    for (const use of entryUses(model, allowlist.hosts, references)) {
      const { entry } = use;
      const at = { file: entry.loc.file, line: entry.loc.line, host: entry.host, severity: severityFor(model, entry) };
      if (use.registeredBy.length === 0) {
        if (use.references.length === 0) continue;
        const first = use.references[0]!;
        out.push(
          finding("allowlist-unregistered", {
            ...at,
            message: `${entry.host} is approved and called (${first.file}:${first.line}), but no ServiceEntry registers it, so the approved egress is blocked. Add a ServiceEntry for it.`,
          }),
        );
        continue;
      }
      for (const port of entry.ports ?? []) {
        if (use.registeredBy.some((se) => se.ports.some((p) => p.number === port))) continue;
        const names = use.registeredBy.map((se) => `${se.namespace}/${se.name}`).join(", ");
        out.push(
          finding("allowlist-unregistered", {
            ...at,
            port,
            message: `${entry.host} is approved on port ${port}, but ${names} register${use.registeredBy.length === 1 ? "s" : ""} it on other ports only. Add port ${port} to the ServiceEntry.`,
          }),
        );
      }
    }
    return out;
  },
};

/** Blocked where any namespace the entry approves runs REGISTRY_ONLY; otherwise what would break on the switch. */
function severityFor(model: EgressModel, entry: AllowlistHost): Severity {
  if (model.mesh.mode === "REGISTRY_ONLY") return "error";
  const inScope = model.workloads.filter(
    (w) => entry.namespaces === undefined || entry.namespaces.includes(w.namespace),
  );
  return inScope.some((w) => w.mode === "REGISTRY_ONLY") ? "error" : "warning";
}
