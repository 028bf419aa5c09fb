// EGR044: one host and port registered twice with different protocol or resolution: one entry wins (failure mode 7).
import type { Finding } from "../findings.js";
import type { Protocol } from "../model/types.js";
import { MESH_WIDE_NAMESPACE } from "../model/reachability.js";
import { finding, ignores, seName } from "./emit.js";
import { commonViewers } from "./service-entry-facts.js";
import type { Rule } from "./types.js";
import { groupByEach } from "../group.js";

/** On a ServiceEntry, HTTPS and TLS both mean TLS passthrough routed by SNI (failure mode 4). */
function sameBehaviour(a: Protocol, b: Protocol): boolean {
  const norm = (p: Protocol) => (p === "HTTPS" ? "TLS" : p);
  return norm(a) === norm(b);
}

export const conflictingServiceEntries: Rule = {
  name: "conflicting-service-entries",
  check({ model }) {
    const out: Finding[] = [];
    // Only entries sharing a host can conflict.
    const byHost = groupByEach(model.serviceEntries, (se) => se.hosts.map((h) => h.toLowerCase()));
    for (const a of model.serviceEntries) {
      if (ignores(a.ignoredRules, "conflicting-service-entries")) continue;
      a.hosts.forEach((host, i) => {
        if (host === "*") return;
        for (const b of byHost.get(host.toLowerCase()) ?? []) {
          if (a === b) continue;
          for (const pa of a.ports) {
            const pb = b.ports.find((p) => p.number === pa.number);
            if (!pb) continue;
            const differences = [
              ...(sameBehaviour(pa.protocol, pb.protocol) ? [] : [`protocol ${pa.protocol} vs ${pb.protocol}`]),
              ...(a.resolution === b.resolution ? [] : [`resolution ${a.resolution} vs ${b.resolution}`]),
            ];
            if (differences.length === 0) continue;
            const viewers = commonViewers(model, a, b);
            if (viewers.length === 0) continue;
            const where = viewers.includes(MESH_WIDE_NAMESPACE)
              ? "every namespace"
              : `namespace ${viewers.sort().join(", ")}`;
            out.push(
              finding("conflicting-service-entries", {
                message: `ServiceEntries ${seName(a)} and ${seName(b)} both register ${host}:${pa.number} (${differences.join(", ")}), and ${where} sees both; Istio keeps one service per host, so one entry silently wins. Register the host once, with all its ports, in one ServiceEntry.`,
                file: a.loc.file,
                line: a.hostLines[i] ?? a.loc.line,
                host,
                port: pa.number,
                namespace: a.namespace,
              }),
            );
          }
        }
      });
    }
    return out;
  },
};
