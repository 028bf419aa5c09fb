// `istioctl proxy-config cluster <pod>`: outbound clusters (and DestinationRule subsets) of every service in the
// sidecar scope, the catch-all clusters, the inbound clusters and the bootstrap ones, in istioctl's order.
import { cmp } from "../findings.js";
import type { EgressModel, LoadBalancerPolicy, Workload } from "../model/types.js";
import { simContext, type SimContext } from "./context.js";
import { destinationRuleFor } from "./destination-rules.js";
import { inboundPorts } from "./inbound.js";
import { outboundMode, proxyFacts, type ProxyFacts } from "./proxy.js";
import { sidecarScope } from "./scope.js";
import type { Resolution } from "./services.js";
import type { ClusterRow, ClusterTable, RouteOptions } from "./types.js";
import { renderConfigRef } from "./versions.js";

interface SimCluster {
  /** Parsed like istioctl's safelyParseSubsetKey: plain names have no direction, subset or port. */
  fqdn: string;
  port: number;
  subset: string;
  direction: string;
  type: string;
  destinationRule: string;
  keyed: boolean;
}

/** cluster.go convertResolution, for a sidecar. */
const CLUSTER_TYPE: Record<Resolution, string> = {
  ClientSideLB: "EDS",
  DNSLB: "STRICT_DNS",
  DNSRoundRobinLB: "LOGICAL_DNS",
  Passthrough: "ORIGINAL_DST",
  DynamicDNS: "EDS",
  Alias: "EDS",
};

const PASSTHROUGH = "PASSTHROUGH";

/**
 * The load balancer a cluster of this port gets (cluster_traffic_policy.go, util.GetPortLevelTrafficPolicy): a
 * `portLevelSettings` entry for the port replaces the whole policy, so its unset load balancer is unset.
 */
function policyForPort(policy: LoadBalancerPolicy, port: number): string | undefined {
  const level = policy.ports.find((p) => p.port === port);
  return level ? level.simple : policy.simple;
}

/**
 * A subset's cluster (cluster_builder.go buildSubsetCluster, util.MergeSubsetTrafficPolicy): it starts from the
 * DestinationRule's cluster, so a PASSTHROUGH there carries over; the subset's own load balancer, or its port-level
 * entry for the port, replaces the rule's.
 */
function subsetLoadBalancer(rule: string | undefined, subset: LoadBalancerPolicy, port: number): string | undefined {
  if (rule === PASSTHROUGH || subset.simple === PASSTHROUGH) return PASSTHROUGH;
  const level = subset.ports.find((p) => p.port === port);
  if (level) return level.simple;
  return subset.simple ?? rule;
}

function plain(name: string, type: string): SimCluster {
  return { fqdn: name, port: 0, subset: "", direction: "", type, destinationRule: "", keyed: false };
}

function outboundClusters(ctx: SimContext, proxy: ProxyFacts): SimCluster[] {
  const out: SimCluster[] = [];
  for (const svc of sidecarScope(ctx, proxy).clusterServices) {
    if (svc.resolution === "Alias") continue;
    const dr = destinationRuleFor(ctx, proxy, svc);
    const drName = dr ? renderConfigRef(ctx.flags, dr) : "";
    for (const p of svc.ports) {
      if (p.protocol === "UDP") continue;
      const type = CLUSTER_TYPE[svc.resolution];
      // A dynamic-DNS cluster has its load balancing set already; PASSTHROUGH cannot change it.
      const passthroughApplies = svc.resolution !== "DynamicDNS";
      const drPort = dr ? policyForPort(dr.loadBalancer, p.number) : undefined;
      const base = {
        fqdn: svc.hostname,
        port: p.number,
        direction: "outbound",
        type: passthroughApplies && drPort === PASSTHROUGH ? "ORIGINAL_DST" : type,
        destinationRule: drName,
        keyed: true,
      };
      out.push({ ...base, subset: "" });
      for (const s of dr?.subsets ?? []) {
        const passthrough = passthroughApplies && subsetLoadBalancer(drPort, s.loadBalancer, p.number) === PASSTHROUGH;
        out.push({ ...base, subset: s.name, ...(passthrough ? { type: "ORIGINAL_DST" } : {}) });
      }
    }
  }
  return out;
}

function inboundClusters(ctx: SimContext, proxy: ProxyFacts): SimCluster[] {
  // A Sidecar ingress defaultEndpoint makes the cluster STATIC; otherwise it forwards to the original destination.
  return inboundPorts(ctx, proxy).map((p) => ({
    fqdn: "",
    port: p.targetPort,
    subset: "",
    direction: "inbound",
    type: p.defaultEndpoint ? "STATIC" : "ORIGINAL_DST",
    destinationRule: "",
    keyed: true,
  }));
}

function bootstrapClusters(ctx: SimContext): SimCluster[] {
  const out = [
    plain("prometheus_stats", "STATIC"),
    plain("agent", "STATIC"),
    plain("sds-grpc", "STATIC"),
    plain("xds-grpc", "STATIC"),
  ];
  if (ctx.flags.zipkinBootstrapCluster) out.push(plain("zipkin", "STRICT_DNS"));
  return out;
}

/** retrieveSortedClusterSlice: by service name, subset, port, direction. */
function compare(a: SimCluster, b: SimCluster): number {
  return cmp(a.fqdn, b.fqdn) || cmp(a.subset, b.subset) || a.port - b.port || cmp(a.direction, b.direction);
}

export function buildClusterTable(model: EgressModel, workload: Workload, options?: RouteOptions): ClusterTable {
  return clusterTableOf(simContext(model, options), proxyFacts(model, workload));
}

export function clusterTableOf(ctx: SimContext, proxy: ProxyFacts): ClusterTable {
  const clusters = [
    ...outboundClusters(ctx, proxy),
    plain("BlackHoleCluster", "STATIC"),
    plain("PassthroughCluster", "ORIGINAL_DST"),
    // A dynamic forward proxy is a custom cluster type: the proto's type field stays at its default, STATIC.
    ...(outboundMode(proxy, ctx.flags) === "ALLOW_ANY_DYNAMIC_DNS"
      ? [plain("AllowAnyDynamicDNSCluster", "STATIC")]
      : []),
    ...inboundClusters(ctx, proxy),
    plain(ctx.flags.inboundPassthroughName, "ORIGINAL_DST"),
    ...bootstrapClusters(ctx),
  ].sort(compare);
  const rows: ClusterRow[] = clusters.map((c) =>
    c.keyed
      ? {
          fqdn: c.fqdn,
          port: String(c.port),
          subset: c.subset || "-",
          direction: c.direction,
          type: c.type,
          destinationRule: c.destinationRule,
        }
      : { fqdn: c.fqdn, port: "-", subset: "-", direction: "-", type: c.type, destinationRule: "" },
  );
  return { proxy: proxy.id, rows };
}
