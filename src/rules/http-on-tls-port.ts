// EGR040: HTTP declared on a TLS port makes the sidecar parse every ClientHello on that port as HTTP (failure mode 3).
import type { Finding } from "../findings.js";
import { listenerClass } from "../model/protocol.js";
import { finding, ignores, seName } from "./emit.js";
import { describeViewers, isTlsPort, originatesTls } from "./service-entry-facts.js";
import type { Rule } from "./types.js";

const ORIGINATING = ["SIMPLE", "MUTUAL", "ISTIO_MUTUAL"];

export const httpOnTlsPort: Rule = {
  name: "http-on-tls-port",
  check({ model }) {
    const out: Finding[] = [];
    for (const se of model.serviceEntries) {
      if (ignores(se.ignoredRules, "http-on-tls-port")) continue;
      for (const p of se.ports) {
        // HTTP_PROXY only means something on a Sidecar egress listener.
        if (!isTlsPort(p) || listenerClass(p.protocol) !== "http" || p.protocol === "HTTP_PROXY") continue;
        // With a DestinationRule originating TLS the app sends plain HTTP on purpose (failure mode 4's pattern).
        const plain = se.hosts.filter((h) => h !== "*" && !originatesTls(model, h, p.number, ORIGINATING));
        if (plain.length === 0) continue;
        out.push(
          finding("http-on-tls-port", {
            message: `ServiceEntry ${seName(se)} declares port ${p.number}${p.name ? ` (${p.name})` : ""} as ${p.protocol}, and no DestinationRule originates TLS for ${plain.join(", ")} on it. Every sidecar that sees this entry (${describeViewers(model, se)}) builds an HTTP listener on 0.0.0.0:${p.number} and fails TLS handshakes to every host on that port ("wrong version number"). Declare the port TLS or HTTPS, or add a DestinationRule with tls.mode SIMPLE and let the app send plain HTTP.`,
            file: p.loc.file,
            line: p.loc.line,
            host: plain[0],
            port: p.number,
            namespace: se.namespace,
          }),
        );
      }
    }
    return out;
  },
};
