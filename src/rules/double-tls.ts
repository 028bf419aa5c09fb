// EGR046: a TLS/HTTPS port is TLS passthrough; a DestinationRule that originates TLS wraps it again (failure mode 4).
// Not where an HTTP route carries plain HTTP to the port: a gateway's route, or a sidecar's route from an HTTP port
// of the host (`match: port: 80` to 443); the DestinationRule's TLS is then the only TLS on the way, unless code
// also calls the port speaking TLS itself.
import type { Finding } from "../findings.js";
import { isHttpOrSniffed } from "../model/protocol.js";
import { clientProtocol } from "../model/reachability.js";
import type { EgressModel, ServiceEntry } from "../model/types.js";
import type { HostReference } from "../scan/types.js";
import { finding, ignores, seName } from "./emit.js";
import { originatesTls } from "./service-entry-facts.js";
import type { Rule } from "./types.js";

export const doubleTls: Rule = {
  name: "double-tls",
  check({ model, references }) {
    const out: Finding[] = [];
    const routed = httpRouteTargets(model);
    // Needed only where a DestinationRule originates TLS: worked out then, not for every run.
    let calledWithTls: Set<string> | undefined;
    for (const se of model.serviceEntries) {
      if (ignores(se.ignoredRules, "double-tls")) continue;
      for (const p of se.ports) {
        if (p.protocol !== "TLS" && p.protocol !== "HTTPS") continue;
        for (const host of se.hosts) {
          const dr = host === "*" ? undefined : originatesTls(model, host, p.number, ["SIMPLE", "MUTUAL"]);
          if (!dr) continue;
          const key = `${host.toLowerCase()}:${p.number}`;
          if (routedHere(routed, se, host, p.number) && !(calledWithTls ??= tlsCallTargets(references)).has(key))
            continue;
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

/**
 * `host:port` of every HTTP route destination that plain HTTP reaches, `host:*` where the route names no port: a route
 * a gateway applies, or one sidecars apply on an HTTP port of the VirtualService's host. A sidecar applies no HTTP
 * route on a TLS port, whatever the VirtualService says.
 */
function httpRouteTargets(model: EgressModel): Set<string> {
  const out = new Set<string>();
  for (const vs of model.virtualServices) {
    const bound = vs.gateways.length ? vs.gateways : ["mesh"];
    for (const route of vs.http) {
      // A match's own gateways, when it names some, replace the VirtualService's (route.go sourceMatchHTTP).
      const through = route.match.length
        ? route.match.flatMap((m) => (m.gateways?.length ? m.gateways : bound))
        : bound;
      const ports = route.match.flatMap((m) => (m.port === undefined ? [] : [m.port]));
      const anyPort = ports.length === 0 || route.match.some((m) => m.port === undefined);
      const byGateway = through.some((g) => g !== "mesh");
      const bySidecars =
        through.includes("mesh") && vs.hosts.some((h) => hasHttpPort(model, h, anyPort ? undefined : ports));
      if (!byGateway && !bySidecars) continue;
      for (const d of route.route) out.add(`${d.host.toLowerCase()}:${d.port ?? "*"}`);
    }
  }
  return out;
}

/** Whether a ServiceEntry gives the host an HTTP (or sniffed) port, among `ports` when given. */
function hasHttpPort(model: EgressModel, host: string, ports: readonly number[] | undefined): boolean {
  const h = host.toLowerCase();
  return model.serviceEntries.some(
    (se) =>
      se.hosts.some((x) => x.toLowerCase() === h) &&
      se.ports.some((p) => isHttpOrSniffed(p.protocol) && (ports === undefined || ports.includes(p.number))),
  );
}

/** Whether an HTTP route sends to host:port: by its number, or with none where the entry has only this port. */
function routedHere(routed: ReadonlySet<string>, se: ServiceEntry, host: string, port: number): boolean {
  const h = host.toLowerCase();
  return routed.has(`${h}:${port}`) || (se.ports.length === 1 && routed.has(`${h}:*`));
}

/** `host:port` the code calls speaking TLS itself (`https://`, `wss://`…): its TLS would be wrapped again. */
function tlsCallTargets(references: readonly HostReference[]): Set<string> {
  const out = new Set<string>();
  for (const r of references)
    if (clientProtocol(r.scheme, r.port) === "tls") out.add(`${r.host.toLowerCase()}:${r.port}`);
  return out;
}
