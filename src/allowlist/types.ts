// The allowlist file (default egress-allowlist.yaml): the egress the organisation approved, and what to ignore.
import type { SourceLocation } from "../model/types.js";

export interface AllowlistHost {
  /** Exact name or `*.suffix`. */
  host: string;
  /** Undefined = any port. */
  ports?: number[];
  /** Undefined = every namespace. */
  namespaces?: string[];
  reason?: string;
  owner?: string;
  loc: SourceLocation;
}

export interface WorkloadMapping {
  paths: string[];
  namespace: string;
  workload: string;
  loc: SourceLocation;
}

export interface Allowlist {
  file: string;
  version: 1;
  hosts: AllowlistHost[];
  ignore: { hosts: string[]; paths: string[]; rules: string[] };
  workloads: WorkloadMapping[];
}
