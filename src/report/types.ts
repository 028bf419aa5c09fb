// The Report: everything one run found, in the shape of the JSON report contract. Renderers only read it.
import type { StaleBaselineEntry } from "../baseline/types.js";
import type { Finding } from "../findings.js";
import type { MeshConfigSourceKind, OtherMeshSource, OutboundMode } from "../model/types.js";
import type { ClusterRow, RouteRow, TableDiff } from "../routes/index.js";
import type { Suggestion } from "../suggest/index.js";
import type { ScanScope } from "../settings.js";
import type { ReferenceClass } from "../scan/types.js";

export interface HostSummary {
  host: string;
  port: number;
  scheme: string;
  references: {
    file: string;
    line: number;
    column?: number;
    class: ReferenceClass;
    reason: string;
    /** `sdk`: the host is an SDK's default endpoint, which no string in the code names. */
    via?: "sdk";
    callers: string[];
  }[];
  /** Registered for every caller that references it. */
  registered: boolean;
  /** "namespace/name" of the ServiceEntries that register host:port for some caller. */
  serviceEntries: string[];
}

/** A reference the rules did not judge, with its class and the reason. */
export interface NotJudgedReference {
  host: string;
  port: number;
  scheme: string;
  file: string;
  line: number;
  column?: number;
  class: ReferenceClass;
  reason: string;
  /** Egress in a file no workload is known to run. */
  unplaced?: true;
}

/** How many references the scan found, by what became of them. */
export interface ReferenceCounts {
  judged: number;
  unplaced: number;
  mention: number;
  build: number;
  browser: number;
  specialUse: number;
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
  /** Where the workload is defined: a repository that deploys several setups may define one name more than once. */
  file: string;
  line: number;
  /** The code each container's image ships, with the evidence (build provenance). */
  code?: {
    container: string;
    image: string;
    how: "build-definition" | "image-name";
    context: string;
    dockerfile?: string;
    servesStaticFiles?: boolean;
    evidence: { file: string; line: number; says: string }[];
  }[];
  /** Containers whose image the repository does not show how to build. */
  codeNotFound?: { container: string; image: string; why: string }[];
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

/** How the findings were judged: what the gate counted, and how they compare with the base and the baseline. */
export interface GateSummary {
  /** `new`: only findings the change introduces count toward fail-on; `all`: all but those the baseline accepts. */
  mode: "new" | "all";
  /** True when the findings were compared with a base commit (then each has status `new` or `existing`). */
  compared: boolean;
  new: number;
  existing: number;
  accepted: number;
  fixed: number;
}

export interface Report {
  version: string;
  meshPolicy: {
    mode: OutboundMode;
    invalidMode?: string;
    sourceKind: MeshConfigSourceKind;
    source: { file: string; line: number } | null;
    /** Why that source is in force (the precedence among the sources, or that none sets the mode). */
    why?: string;
    /** The sources that set the mode and lost, in precedence order. */
    otherSources?: OtherMeshSource[];
    rootNamespace: string;
  };
  /** Every finding in the head; `gating` counts only those the gate counts toward fail-on. */
  summary: {
    errors: number;
    warnings: number;
    infos: number;
    gating?: { errors: number; warnings: number; infos: number };
  };
  findings: Finding[];
  /** Which source files were scanned: all, or (`scan: changed`) only those the change touched; and how many. */
  scan: { scope: ScanScope; files: number; references?: ReferenceCounts };
  hosts: HostSummary[];
  serviceEntries: ReportServiceEntry[];
  workloads: ReportWorkload[];
  routeTables: ReportRouteTable[];
  /** Who calls which external host, for the egress picture; sidecar-injected callers only. */
  egress?: EgressEdge[];
  routeDiff?: TableDiff<RouteRow>[];
  clusterDiff?: TableDiff<ClusterRow>[];
  gate?: GateSummary;
  /** References the rules did not judge: in code no workload runs, mentions, build steps, special-use names. */
  notJudged?: NotJudgedReference[];
  /** Findings of the base that the head no longer has (paths as in the base); only when compared with a base. */
  fixed?: Finding[];
  /** With a baseline file: how many findings it accepts, and its entries that accept more than there is. */
  baseline?: { file: string; accepted: number; stale: StaleBaselineEntry[] };
  /** ServiceEntries to add, and exportTo or Sidecar changes, for the reachability findings. */
  suggestions?: Suggestion[];
}
