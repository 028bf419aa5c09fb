// EGR041: a TCP listener on 0.0.0.0:443 has no SNI to match, so it takes every TLS connection on the port (failure mode 9).
import type { Finding } from "../findings.js";
import { finding, ignores, seName } from "./emit.js";
import { describeViewers, isRawTcp, TLS_PORT_NUMBERS } from "./service-entry-facts.js";
import type { Rule } from "./types.js";

export const tcpOn443: Rule = {
  name: "tcp-on-443",
  check({ model }) {
    const out: Finding[] = [];
    for (const se of model.serviceEntries) {
      if (se.addresses.length > 0 || ignores(se.ignoredRules, "tcp-on-443")) continue;
      for (const p of se.ports) {
        if (!TLS_PORT_NUMBERS.has(p.number) || !isRawTcp(p.protocol)) continue;
        const declared = p.protocol === "Unsupported" ? "without a protocol" : `as ${p.protocol}`;
        out.push(
          finding("tcp-on-443", {
            message: `ServiceEntry ${seName(se)} declares port ${p.number} ${declared} and has no addresses: sidecars that see it (${describeViewers(model, se)}) send every non-HTTP connection on port ${p.number}, whatever its destination, to ${se.hosts[0] ?? "this entry"}. Declare the port TLS or HTTPS so that it is routed by SNI, or give the entry addresses.`,
            file: p.loc.file,
            line: p.loc.line,
            host: se.hosts[0],
            port: p.number,
            namespace: se.namespace,
          }),
        );
      }
    }
    return out;
  },
};
