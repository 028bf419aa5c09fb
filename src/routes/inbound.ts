// The sidecar's inbound ports (listener_inbound.go buildInboundChainConfigs): one per target port of the Services
// selecting the pod (oldest Service wins a port), or the Sidecar's ingress listeners when it declares any.
import { listenerClass } from "../model/protocol.js";
import { selectorMatches } from "../model/sidecar-scope.js";
import type { Protocol } from "../model/types.js";
import type { SimContext } from "./context.js";
import type { ProxyFacts } from "./proxy.js";
import type { MeshService } from "./services.js";
import { addTo } from "../group.js";

export interface InboundPort {
  servicePort: number;
  targetPort: number;
  protocol: Protocol;
  /** Sidecar ingress: where traffic is forwarded; empty = the original destination. */
  defaultEndpoint?: string;
}

const RESERVED = new Set([15001, 15006, 15021, 15090]);
const STATIC_LISTENER_PORTS = new Set([15021, 15090]);

/** A named targetPort resolves through the pod's container ports; unresolved names have no endpoint. */
function resolveTargetPort(
  target: number | string | undefined,
  fallback: number,
  proxy: ProxyFacts,
): number | undefined {
  if (target === undefined) return fallback;
  if (typeof target === "number") return target;
  if (/^[0-9]+$/.test(target)) return Number(target);
  for (const c of proxy.workload.containers) for (const p of c.ports) if (p.name === target) return p.containerPort;
  return undefined;
}

// Every proxy asks which services of its namespace select it: the candidates are listed once per namespace.
const selecting = new WeakMap<SimContext, Map<string, MeshService[]>>();

/** The services of `namespace` with a selector that are no aliases, in creation order. */
function selectingServicesIn(ctx: SimContext, namespace: string): MeshService[] {
  let byNamespace = selecting.get(ctx);
  if (!byNamespace) {
    byNamespace = new Map();
    for (const s of ctx.services) if (s.resolution !== "Alias" && s.selector) addTo(byNamespace, s.namespace, s);
    selecting.set(ctx, byNamespace);
  }
  return byNamespace.get(namespace) ?? [];
}

export function inboundPorts(ctx: SimContext, proxy: ProxyFacts): InboundPort[] {
  const byTarget = new Map<number, InboundPort>();
  const ingress = proxy.sidecar?.ingress ?? [];
  if (ingress.length > 0) {
    for (const i of ingress) {
      const bind = i.bind ?? "";
      // Only Envoy's own static listeners can clash here (no push context is consulted for ingress).
      const wildcardBound = bind === "0.0.0.0" || (bind === "" && listenerClass(i.port.protocol) === "http");
      if (wildcardBound && STATIC_LISTENER_PORTS.has(i.port.number)) continue;
      if (byTarget.has(i.port.number)) continue;
      byTarget.set(i.port.number, {
        servicePort: i.port.number,
        targetPort: i.port.number,
        protocol: i.port.protocol,
        ...(i.defaultEndpoint ? { defaultEndpoint: i.defaultEndpoint } : {}),
      });
    }
  } else if (!proxy.interceptionNone) {
    // Service targets in creation order (ServiceEntries that select the pod count too).
    const targets = selectingServicesIn(ctx, proxy.namespace).filter((s) => selectorMatches(s.selector!, proxy.labels));
    for (const s of targets) {
      for (const p of s.ports) {
        if (p.protocol === "UDP") continue;
        const target = resolveTargetPort(p.targetPort, p.number, proxy);
        if (target === undefined || RESERVED.has(target) || byTarget.has(target)) continue;
        byTarget.set(target, { servicePort: p.number, targetPort: target, protocol: p.protocol });
      }
    }
  }
  return [...byTarget.values()].sort((a, b) => a.targetPort - b.targetPort);
}
