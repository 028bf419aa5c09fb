// EGR043: two address-less TCP listeners on 0.0.0.0:<port> collide and one entry takes the whole port (failure mode 8).
import type { Finding } from "../findings.js";
import { finding, ignores, seName } from "./emit.js";
import { commonViewers, isRawTcp } from "./service-entry-facts.js";
import { MESH_WIDE_NAMESPACE } from "../model/reachability.js";
import type { Rule } from "./types.js";
import { groupByEach } from "../group.js";

export const tcpPortSharedWithoutAddresses: Rule = {
  name: "tcp-port-shared-without-addresses",
  check({ model }) {
    const out: Finding[] = [];
    const bare = model.serviceEntries.filter((se) => se.addresses.length === 0);
    // Only entries sharing a raw TCP port can collide: compare within each port, not every pair of entries.
    const hostKey = new Map(bare.map((se) => [se, hostsKey(se.hosts)]));
    const byPort = groupByEach(bare, (se) => se.ports.filter((p) => isRawTcp(p.protocol)).map((p) => p.number));
    for (const a of bare) {
      if (ignores(a.ignoredRules, "tcp-port-shared-without-addresses")) continue;
      for (const pa of a.ports.filter((p) => isRawTcp(p.protocol))) {
        for (const b of byPort.get(pa.number) ?? []) {
          // Entries for the same hosts merge into one service; only different destinations fight over the port.
          if (a === b || hostKey.get(a) === hostKey.get(b)) continue;
          const viewers = commonViewers(model, a, b);
          if (viewers.length === 0) continue;
          const where = viewers.includes(MESH_WIDE_NAMESPACE)
            ? "every namespace"
            : `namespace ${viewers.sort().join(", ")}`;
          out.push(
            finding("tcp-port-shared-without-addresses", {
              message: `ServiceEntries ${seName(a)} (${a.hosts.join(", ")}) and ${seName(b)} (${b.hosts.join(", ")}) both declare TCP port ${pa.number} without addresses; sidecars in ${where} get one 0.0.0.0:${pa.number} listener and send all of that port's traffic to one of them. Give each entry its addresses, or enable DNS capture with address auto-allocation.`,
              file: pa.loc.file,
              line: pa.loc.line,
              host: a.hosts[0],
              port: pa.number,
              namespace: a.namespace,
            }),
          );
        }
      }
    }
    return out;
  },
};

function hostsKey(hosts: readonly string[]): string {
  return JSON.stringify([...new Set(hosts.map((h) => h.toLowerCase()))].sort());
}
