// Port protocols as Istio derives them (pkg/config/kube/conversion.go ConvertProtocol, pkg/config/protocol Parse).
import type { Protocol } from "./types.js";

const BY_NAME: Record<string, Protocol> = {
  http: "HTTP",
  http2: "HTTP2",
  grpc: "GRPC",
  "grpc-web": "GRPC-Web",
  http_proxy: "HTTP_PROXY",
  https: "HTTPS",
  tls: "TLS",
  tcp: "TCP",
  mongo: "Mongo",
  redis: "Redis",
  mysql: "MySQL",
  udp: "UDP",
};

/** A ServiceEntry or Sidecar `protocol:` field, case-insensitively; anything else is sniffed. */
export function parseProtocol(value: string | undefined): Protocol {
  if (!value) return "Unsupported";
  return BY_NAME[value.toLowerCase()] ?? "Unsupported";
}

/** Ports where Istio never sniffs, so an undeclared protocol is TCP. */
const WELL_KNOWN_TCP_PORTS = new Set([25, 53, 3306, 27017]);

/** A Kubernetes Service port: protocol UDP, else appProtocol alone, else the port name's prefix. */
export function kubePortProtocol(port: {
  name?: string;
  number: number;
  protocol?: string;
  appProtocol?: string;
}): Protocol {
  if (port.protocol?.toUpperCase() === "UDP") return "UDP";
  let result: Protocol;
  if (port.appProtocol) {
    const app = port.appProtocol;
    if (app === "kubernetes.io/h2c") result = "HTTP2";
    else if (app === "kubernetes.io/ws") result = "HTTP";
    else if (app === "kubernetes.io/wss") result = "HTTPS";
    else result = protocolFromName(app);
  } else {
    result = protocolFromName(port.name ?? "");
  }
  if (result === "Unsupported" && WELL_KNOWN_TCP_PORTS.has(port.number)) return "TCP";
  return result;
}

function protocolFromName(name: string): Protocol {
  if (name.toLowerCase().startsWith("grpc-web")) return "GRPC-Web";
  const prefix = name.split("-")[0]!;
  return parseProtocol(prefix);
}

const HTTP_CLASS = new Set<Protocol>(["HTTP", "HTTP2", "GRPC", "GRPC-Web", "HTTP_PROXY"]);
const TCP_CLASS = new Set<Protocol>(["TCP", "HTTPS", "TLS", "Mongo", "Redis", "MySQL"]);

export type ListenerClass = "http" | "tcp" | "auto" | "none";

/** Which kind of outbound listener a port gets (pilot/pkg/networking ModelProtocolToListenerProtocol). */
export function listenerClass(p: Protocol): ListenerClass {
  if (HTTP_CLASS.has(p)) return "http";
  if (TCP_CLASS.has(p)) return "tcp";
  if (p === "UDP") return "none";
  return "auto";
}

export function isHttpOrSniffed(p: Protocol): boolean {
  const c = listenerClass(p);
  return c === "http" || c === "auto";
}
