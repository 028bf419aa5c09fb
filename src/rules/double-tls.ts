// EGR046: a TLS/HTTPS port is TLS passthrough; a DestinationRule that originates TLS wraps it again (failure mode 4).
import type { Finding } from "../findings.js";
import { finding, ignores, seName } from "./emit.js";
import { originatesTls } from "./service-entry-facts.js";
import type { Rule } from "./types.js";

export const doubleTls: Rule = {
  name: "double-tls",
  check({ model }) {
    const out: Finding[] = [];
    for (const se of model.serviceEntries) {
      if (ignores(se.ignoredRules, "double-tls")) continue;
      for (const p of se.ports) {
        if (p.protocol !== "TLS" && p.protocol !== "HTTPS") continue;
        for (const host of se.hosts) {
          const dr = host === "*" ? undefined : originatesTls(model, host, p.number, ["SIMPLE", "MUTUAL"]);
          if (!dr) continue;
          out.push(
            finding("double-tls", {
              message: `ServiceEntry ${seName(se)} declares ${host}:${p.number} as ${p.protocol}, which passes the app's own TLS through, and DestinationRule ${dr} originates TLS to it as well: the server receives TLS inside TLS ("wrong version number", 503 TLS_error). Either let the app speak TLS and drop the DestinationRule's tls, or declare the port HTTP (targetPort ${p.number}) and let the app send plain HTTP.`,
              file: p.loc.file,
              line: p.loc.line,
              host,
              port: p.number,
              namespace: se.namespace,
            }),
          );
        }
      }
    }
    return out;
  },
};
