// `istioctl proxy-config cluster <pod>`: outbound clusters (and DestinationRule subsets) of every service in the
// sidecar scope, the catch-all clusters, the inbound clusters and the bootstrap ones, in istioctl's order.
import { cmp } from "../findings.js";
import type { EgressModel, Workload } from "../model/types.js";
import { simContext, type SimContext } from "./context.js";
import { destinationRuleFor } from "./destination-rules.js";
import { inboundPorts } from "./inbound.js";
import { proxyFacts, type ProxyFacts } from "./proxy.js";
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
      const base = {
        fqdn: svc.hostname,
        port: p.number,
        direction: "outbound",
        type: CLUSTER_TYPE[svc.resolution],
        destinationRule: drName,
        keyed: true,
      };
      out.push({ ...base, subset: "" });
      for (const s of dr?.subsets ?? []) out.push({ ...base, subset: s.name });
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
