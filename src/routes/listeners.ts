// Which route configs (RDS names) a sidecar asks for: its outbound listeners and their HTTP filter chains
// (listener.go buildSidecarOutboundListeners, buildSidecarOutboundListener, buildSidecarOutboundHTTPListenerOpts).
import type { Protocol } from "../model/types.js";
import { listenerClass } from "../model/protocol.js";
import { addressForProxy, type SimContext } from "./context.js";
import type { ProxyFacts } from "./proxy.js";
import type { SidecarScope } from "./scope.js";
import { UNSPECIFIED_IP, type MeshPort, type MeshService } from "./services.js";

export const WILDCARD = "0.0.0.0";
const LOCALHOST = "127.0.0.1";
/** Envoy status (15021) and Prometheus (15090) listeners, and the outbound/inbound capture ports. */
const RESERVED_PORTS = new Set([15001, 15006, 15021, 15090]);

export interface OutboundRouteName {
  name: string;
  port: number;
  /** `fqdn:port`: one service's route for a protocol-sniffing listener bound to its own address. */
  sniffed: boolean;
}

interface Entry {
  protocol: Protocol;
  locked: boolean;
  routes: Set<string>;
}

type Conflict = "none" | "HTTPOverTCP" | "TCPOverHTTP" | "TCPOverTCP" | "TCPOverAuto" | "AutoOverHTTP" | "AutoOverTCP";

const isHttp = (p: Protocol) => listenerClass(p) === "http";
const isTcp = (p: Protocol) => listenerClass(p) === "tcp";

/** context.go conflictWithReservedListener: only listeners on the wildcard address clash with Envoy's own. */
function clashesWithReservedListener(bind: string, port: number, protocol: Protocol): boolean {
  if (bind !== "") {
    if (bind !== WILDCARD) return false;
  } else if (!isHttp(protocol)) {
    return false;
  }
  return RESERVED_PORTS.has(port);
}

/** listener.go isConflictWithWellKnownPort: Mongo and MySQL listeners never share a port with another protocol. */
function wellKnownPortAllows(incoming: Protocol, existing: Protocol, conflict: Conflict): boolean {
  if (conflict === "none") return true;
  const special = (p: Protocol) => p === "Mongo" || p === "MySQL";
  return !((special(incoming) || special(existing)) && incoming !== existing);
}

interface BuildOpts {
  binds: string[];
  port: MeshPort;
  service: MeshService;
}

class ListenerSet {
  readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ctx: SimContext,
    private readonly proxy: ProxyFacts,
  ) {}

  private rdsName(binds: string[], port: MeshPort, service: MeshService, auto: boolean): string {
    if (port.number === 0) return binds[0] ?? "";
    if (auto && binds[0] !== WILDCARD) return `${service.hostname}:${port.number}`;
    return String(port.number);
  }

  build(opts: BuildOpts): void {
    const { port, service } = opts;
    if (service.resolution === "Alias") return;
    let binds = opts.binds;
    const cls = listenerClass(port.protocol);
    if ((cls === "tcp" || cls === "auto") && binds.length === 0) {
      const address = addressForProxy(this.ctx, service, this.proxy);
      // A CIDR address listens on the wildcard with a destination match on the range.
      binds = address.includes("/") ? [WILDCARD] : [address];
    }
    if (cls === "http" && binds.length === 0) binds = [WILDCARD];
    const key = `${binds[0] ?? ""}|${port.number}`;
    const cur = this.entries.get(key);
    if (cur?.locked) return;
    let protocol: Protocol = port.protocol;
    let routes: string[] = [];
    let conflict: Conflict = "none";
    if (port.protocol === "HTTP_PROXY") {
      routes = [this.rdsName(binds, port, service, false)];
    } else if (cls === "http") {
      if (cur) {
        if (!isTcp(cur.protocol)) return;
        conflict = "HTTPOverTCP";
      }
      routes = [this.rdsName(binds, port, service, false)];
      // An HTTP listener on the wildcard gets a TCP fallthrough chain, which makes it a sniffing listener.
      if (binds[0] === WILDCARD) protocol = "Unsupported";
    } else if (cls === "tcp") {
      if (cur) conflict = isHttp(cur.protocol) ? "TCPOverHTTP" : isTcp(cur.protocol) ? "TCPOverTCP" : "TCPOverAuto";
    } else if (cls === "auto") {
      if (cur) {
        if (isHttp(cur.protocol)) conflict = "AutoOverHTTP";
        else if (isTcp(cur.protocol)) conflict = "AutoOverTCP";
        else return;
      }
      routes = [this.rdsName(binds, port, service, true)];
    } else {
      return;
    }
    if (cur && !wellKnownPortAllows(port.protocol, cur.protocol, conflict)) return;
    if (conflict === "none" || conflict === "AutoOverHTTP") {
      this.entries.set(key, { protocol, locked: false, routes: new Set(routes) });
    } else if (conflict === "HTTPOverTCP" || conflict === "TCPOverHTTP" || conflict === "AutoOverTCP") {
      for (const r of routes) cur!.routes.add(r);
      cur!.protocol = "Unsupported";
    }
  }

  lockAll(): void {
    for (const e of this.entries.values()) e.locked = true;
  }
}

/** The RDS names the proxy requests, each once. */
export function outboundRouteNames(ctx: SimContext, proxy: ProxyFacts, scope: SidecarScope): OutboundRouteName[] {
  const set = new ListenerSet(ctx, proxy);
  for (const l of scope.egress) {
    const bindToPort = proxy.interceptionNone || l.captureMode === "NONE" || (l.bind?.startsWith("unix://") ?? false);
    const binds = l.bind ? [l.bind] : bindToPort ? [LOCALHOST] : [];
    if (l.port) {
      const listenPort: MeshPort = { number: l.port.number, protocol: l.port.protocol };
      if (clashesWithReservedListener(binds[0] ?? "", listenPort.number, listenPort.protocol)) continue;
      for (const service of l.services) set.build({ binds, port: listenPort, service });
      continue;
    }
    // The catch-all listener never adds to listeners the port-specific egress listeners already built.
    set.lockAll();
    for (const service of l.services) {
      const address = addressForProxy(ctx, service, proxy);
      for (const port of service.ports) {
        if (clashesWithReservedListener(binds[0] ?? "", port.number, port.protocol)) continue;
        const cls = listenerClass(port.protocol);
        if (
          binds.length === 0 &&
          service.resolution === "Passthrough" &&
          address === UNSPECIFIED_IP &&
          (cls === "tcp" || port.protocol === "Unsupported")
        ) {
          // Headless services and endpoint-backed NONE ServiceEntries get one listener per endpoint IP; a plain
          // NONE ServiceEntry without endpoints falls back to the wildcard.
          if (service.registry !== "Kubernetes" && service.endpoints.length === 0 && !service.labelSelector) {
            set.build({ binds, port, service });
            continue;
          }
          for (const ep of service.endpoints) set.build({ binds: [ep], port, service });
          continue;
        }
        set.build({ binds, port, service });
      }
    }
  }
  const out = new Map<string, OutboundRouteName>();
  for (const [key, e] of set.entries) {
    const port = Number(key.slice(key.lastIndexOf("|") + 1));
    for (const name of e.routes)
      out.set(name, { name, port, sniffed: name.includes(":") && !name.startsWith("unix://") });
  }
  return [...out.values()];
}
