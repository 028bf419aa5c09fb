// EGR031: a MESH_EXTERNAL ServiceEntry opens egress the allowlist does not approve, for that port or those namespaces (failure mode 2).
import { approvedEverywhere, entryApproves } from "../allowlist/match.js";
import type { Finding } from "../findings.js";
import type { EgressModel, ServiceEntry } from "../model/types.js";
import { finding, ignores, seName } from "./emit.js";
import type { Rule } from "./types.js";

/** The namespaces that can use the entry: "all" when exported to `*` (including by the mesh default). */
function viewers(model: EgressModel, se: ServiceEntry): "all" | string[] {
  const list = se.exportTo?.length ? se.exportTo : model.mesh.defaultServiceExportTo;
  if (list.includes("~")) return [];
  if (list.includes("*")) return "all";
  return [...new Set(list.map((x) => (x === "." ? se.namespace : x)))].sort();
}

export const unapprovedEgress: Rule = {
  name: "unapproved-egress",
  check({ model, allowlist }) {
    if (!allowlist) return [];
    const out: Finding[] = [];
    for (const se of model.serviceEntries) {
      if (se.location !== "MESH_EXTERNAL" || ignores(se.ignoredRules, "unapproved-egress")) continue;
      const who = viewers(model, se);
      se.hosts.forEach((host, i) => {
        for (const port of se.ports) {
          const problem = unapproved(allowlist.hosts, host.toLowerCase(), port.number, who);
          if (!problem) continue;
          out.push(
            finding("unapproved-egress", {
              message: `ServiceEntry ${seName(se)} opens ${host}:${port.number} to ${who === "all" ? "every namespace" : `namespace ${who.join(", ")}`}, but ${problem}. Add an entry to ${allowlist.file} (with a reason and an owner), or narrow the ServiceEntry.`,
              file: se.loc.file,
              line: se.hostLines[i] ?? se.loc.line,
              host,
              port: port.number,
              namespace: se.namespace,
            }),
          );
        }
      });
    }
    return out;
  },
};

function unapproved(
  entries: Parameters<typeof approvedEverywhere>[0],
  host: string,
  port: number,
  who: "all" | string[],
): string | undefined {
  const forHost = entries.filter((e) => entryApproves(e, host, undefined));
  if (forHost.length === 0) return "the allowlist does not approve the host";
  const forPort = forHost.filter((e) => entryApproves(e, host, port));
  if (forPort.length === 0)
    return `the allowlist approves it only on port ${[...new Set(forHost.flatMap((e) => e.ports ?? []))].sort((a, b) => a - b).join(", ")}`;
  if (who === "all") {
    if (approvedEverywhere(forPort, host, port)) return undefined;
    return `the allowlist approves it only for namespace ${[...new Set(forPort.flatMap((e) => e.namespaces ?? []))].sort().join(", ")} (limit exportTo to them)`;
  }
  const missing = who.filter((ns) => !forPort.some((e) => entryApproves(e, host, port, ns)));
  return missing.length ? `the allowlist does not approve it for namespace ${missing.join(", ")}` : undefined;
}
