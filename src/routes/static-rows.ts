// Route configs that are not outbound RDS (§9): the bootstrap `backend` vhosts and the inline route configs of the
// virtualInbound listener's HTTP filter chains (one per chain, so PERMISSIVE ports show up twice).
import { listenerClass } from "../model/protocol.js";
import type { SimContext } from "./context.js";
import { inboundPorts } from "./inbound.js";
import { httpChainCount, workloadMtls, type EffectiveMtls } from "./mtls.js";
import type { ProxyFacts } from "./proxy.js";
import type { SimVhost } from "./virtual-hosts.js";

export interface SimRouteConfig {
  name: string;
  vhosts: SimVhost[];
}

function inline(name: string, vhost: string, prefix: string): SimRouteConfig {
  return {
    name,
    vhosts: [{ name: vhost, domains: ["*"], routes: [{ match: { prefix }, virtualService: "", passthrough: false }] }],
  };
}

function chains(protocol: Parameters<typeof listenerClass>[0], mode: EffectiveMtls): number {
  const cls = listenerClass(protocol);
  return cls === "http" || cls === "auto" ? httpChainCount(mode) : 0;
}

export function staticRouteConfigs(ctx: SimContext, proxy: ProxyFacts): SimRouteConfig[] {
  const out: SimRouteConfig[] = [inline("", "backend", "/stats/prometheus"), inline("", "backend", "/healthz/ready")];
  const mtls = workloadMtls(ctx.model, proxy.namespace, proxy.labels);
  const ports = inboundPorts(ctx, proxy);
  for (const p of ports) {
    const n = chains(p.protocol, mtls.ports.get(p.targetPort) ?? mtls.mode);
    for (let i = 0; i < n; i++) out.push(inline(`inbound|${p.targetPort}||`, `inbound|http|${p.servicePort}`, "/"));
  }
  // The passthrough chains belong to the virtualInbound listener, which only exists when traffic is captured.
  if (proxy.interceptionNone) return out;
  const passthrough = ctx.flags.inboundPassthroughName;
  const modes: EffectiveMtls[] = [mtls.mode];
  // Port-level mTLS on a port no inbound listener handles gets its own passthrough chains.
  for (const [port, mode] of [...mtls.ports.entries()].sort((a, b) => a[0] - b[0]))
    if (!ports.some((p) => p.targetPort === port)) modes.push(mode);
  for (const mode of modes)
    for (let i = 0; i < httpChainCount(mode); i++) out.push(inline(passthrough, "inbound|http|0", "/"));
  return out;
}
