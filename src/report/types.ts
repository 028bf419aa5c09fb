// The Report: everything one run found, in the shape of the JSON report contract. Renderers only read it.
import type { Finding } from "../findings.js";
import type { MeshConfigSourceKind, OutboundMode } from "../model/types.js";
import type { ClusterRow, RouteRow, TableDiff } from "../routes/index.js";

export interface HostSummary {
  host: string;
  port: number;
  scheme: string;
  references: { file: string; line: number; column?: number }[];
  /** Registered for every caller that references it. */
  registered: boolean;
  /** "namespace/name" of the ServiceEntries that register host:port for some caller. */
  serviceEntries: string[];
}

export interface ReportServiceEntry {
  namespace: string;
  name: string;
  hosts: string[];
  ports: { number: number; protocol: string; name?: string }[];
  exportTo: string[];
  resolution: string;
  location: string;
  file: string;
  line: number;
}

export interface ReportWorkload {
  namespace: string;
  kind: string;
  name: string;
  injected: boolean;
  mode: OutboundMode;
  modeSource: "sidecar" | "mesh";
  sidecar: string | null;
}

export interface ReportRouteTable {
  proxy: string;
  /** Every workload whose sidecar gets exactly this table. */
  proxies: string[];
  rows: RouteRow[];
  clusters: ClusterRow[];
}

/** One caller -> external host:port edge of the egress picture. */
export interface EgressEdge {
  /** "namespace/workload"; a bare namespace for a namespace-level caller; "" when no workload is mapped to the code. */
  from: string;
  host: string;
  /** 0 = the code gave no port. */
  port: number;
  /** `blocked`: not registered for a REGISTRY_ONLY caller; `would-block`: the same under ALLOW_ANY, allowed today. */
  status: "allowed" | "blocked" | "would-block";
}

export interface Report {
  version: string;
  meshPolicy: {
    mode: OutboundMode;
    invalidMode?: string;
    sourceKind: MeshConfigSourceKind;
    source: { file: string; line: number } | null;
    rootNamespace: string;
  };
  summary: { errors: number; warnings: number; infos: number };
  findings: Finding[];
  hosts: HostSummary[];
  serviceEntries: ReportServiceEntry[];
  workloads: ReportWorkload[];
  routeTables: ReportRouteTable[];
  /** Who calls which external host, for the egress picture; sidecar-injected callers only. */
  egress?: EgressEdge[];
  routeDiff?: TableDiff<RouteRow>[];
  clusterDiff?: TableDiff<ClusterRow>[];
}
