// The ServiceEntry that would register a reference: the spec `egress-lint suggest` writes out (src/suggest/), and the
// one line of flow YAML the unregistered-host message carries.
import { parseIp } from "../model/reachability.js";
import type { HostReference } from "../scan/types.js";
import { TLS_PORT_NUMBERS } from "./service-entry-facts.js";

export interface SuggestedPort {
  number: number;
  name: string;
  protocol: "HTTP" | "HTTPS" | "TLS" | "TCP";
}

export interface SuggestedServiceEntrySpec {
  hosts: string[];
  addresses?: string[];
  ports: SuggestedPort[];
  location: "MESH_EXTERNAL";
  resolution: "DNS" | "NONE";
}

const TLS_SCHEMES = new Set(["rediss", "amqps", "mqtts", "ldaps", "ftps", "smtps", "imaps", "pop3s", "grpcs"]);

/** https is TLS passthrough routed by SNI; http gets a vhost; connection strings carry no host name, so TCP. */
export function suggestedPort(scheme: string, port: number): SuggestedPort {
  const s = scheme.toLowerCase();
  if (s === "https" || s === "wss") return { number: port || 443, name: "https", protocol: "HTTPS" };
  if (s === "http" || s === "ws") return { number: port || 80, name: "http", protocol: "HTTP" };
  if (TLS_SCHEMES.has(s) && port !== 0) return { number: port, name: `tls-${port}`, protocol: "TLS" };
  // A TCP entry on a TLS port would capture every TLS connection on it (tcp-on-443), so those ports get SNI routing.
  if (port === 0 || TLS_PORT_NUMBERS.has(port))
    return { number: port || 443, name: port === 443 || port === 0 ? "https" : `https-${port}`, protocol: "HTTPS" };
  if (s === "" && port === 80) return { number: 80, name: "http", protocol: "HTTP" };
  return { number: port, name: `tcp-${port}`, protocol: "TCP" };
}

/** The placeholder the one-line suggestion shows where an IP needs a name of the user's choosing. */
function placeholderName(ip: string): string {
  return `<a-name-for-${ip.replace(/[.:]/g, "-")}>`;
}

/**
 * An IP cannot be a host (failure mode 13): it goes in addresses, with resolution NONE, under a name. A wildcard
 * cannot be resolved by DNS (wildcard-needs-resolution-none), so it gets NONE too; every other host gets DNS.
 */
export function suggestedSpec(
  ref: Pick<HostReference, "host" | "port" | "scheme">,
  nameForIp: (ip: string) => string = placeholderName,
): SuggestedServiceEntrySpec {
  const ports = [suggestedPort(ref.scheme, ref.port)];
  if (parseIp(ref.host))
    return {
      hosts: [nameForIp(ref.host)],
      addresses: [ref.host],
      ports,
      resolution: "NONE",
      location: "MESH_EXTERNAL",
    };
  return {
    hosts: [ref.host],
    ports,
    resolution: ref.host.startsWith("*.") ? "NONE" : "DNS",
    location: "MESH_EXTERNAL",
  };
}

export function serviceEntrySuggestion(ref: Pick<HostReference, "host" | "port" | "scheme">): string {
  const spec = suggestedSpec(ref);
  const ports = `ports: [${spec.ports.map((p) => `{number: ${p.number}, name: ${p.name}, protocol: ${p.protocol}}`).join(", ")}]`;
  const addresses = spec.addresses ? `addresses: [${spec.addresses.join(", ")}], ` : "";
  return `{apiVersion: networking.istio.io/v1, kind: ServiceEntry, spec: {hosts: [${spec.hosts.join(", ")}], ${addresses}${ports}, resolution: ${spec.resolution}, location: ${spec.location}}}`;
}
