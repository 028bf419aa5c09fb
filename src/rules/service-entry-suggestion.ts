// The ServiceEntry that would register a reference, written as one line of flow YAML users can paste and expand.
import { parseIp } from "../model/reachability.js";
import type { HostReference } from "../scan/types.js";
import { TLS_PORT_NUMBERS } from "./service-entry-facts.js";

interface SuggestedPort {
  number: number;
  name: string;
  protocol: "HTTP" | "HTTPS" | "TLS" | "TCP";
}

const TLS_SCHEMES = new Set(["rediss", "amqps", "mqtts", "ldaps", "ftps", "smtps", "imaps", "pop3s", "grpcs"]);

/** https is TLS passthrough routed by SNI; http gets a vhost; connection strings carry no host name, so TCP. */
export function suggestedPort(scheme: string, port: number): SuggestedPort {
  const s = scheme.toLowerCase();
  if (s === "https" || s === "wss") return { number: port || 443, name: "https", protocol: "HTTPS" };
  if (s === "http" || s === "ws") return { number: port || 80, name: "http", protocol: "HTTP" };
  if (TLS_SCHEMES.has(s)) return { number: port, name: `tls-${port}`, protocol: "TLS" };
  // A TCP entry on a TLS port would capture every TLS connection on it (tcp-on-443), so those ports get SNI routing.
  if (port === 0 || TLS_PORT_NUMBERS.has(port)) return { number: port || 443, name: port === 443 || port === 0 ? "https" : `https-${port}`, protocol: "HTTPS" };
  if (s === "" && port === 80) return { number: 80, name: "http", protocol: "HTTP" };
  return { number: port, name: `tcp-${port}`, protocol: "TCP" };
}

/** An IP cannot be a host (failure mode 13): it goes in addresses, under a name of the user's choosing. */
export function serviceEntrySuggestion(ref: Pick<HostReference, "host" | "port" | "scheme">): string {
  const p = suggestedPort(ref.scheme, ref.port);
  const ports = `ports: [{number: ${p.number}, name: ${p.name}, protocol: ${p.protocol}}]`;
  if (parseIp(ref.host)) {
    return `{apiVersion: networking.istio.io/v1, kind: ServiceEntry, spec: {hosts: [<a-name-for-${ref.host.replace(/[.:]/g, "-")}>], addresses: [${ref.host}], ${ports}, resolution: NONE, location: MESH_EXTERNAL}}`;
  }
  return `{apiVersion: networking.istio.io/v1, kind: ServiceEntry, spec: {hosts: [${ref.host}], ${ports}, resolution: DNS, location: MESH_EXTERNAL}}`;
}
