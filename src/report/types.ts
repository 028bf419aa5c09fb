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
  routeDiff?: TableDiff<RouteRow>[];
  clusterDiff?: TableDiff<ClusterRow>[];
}
