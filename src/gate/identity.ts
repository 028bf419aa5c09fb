// What a finding is, as opposed to where it happens to be written: the key that matches a finding across commits and
// against the baseline file.
import type { Finding } from "../findings.js";

/**
 * A finding's identity: its rule, its file (the head's path, after following the renames git reports), and the host,
 * port, namespace and workload it is about; for findings about a resource rather than a host, also that resource
 * (`Kind namespace/name`, set by the rule), so that two resources in one file stay apart.
 *
 * Never the line or the column: moving code inside a file, or a file's lines shifting above it, must not make an old
 * finding new. Never the rest of the message either: its wording may change between egress-lint versions.
 */
export interface FindingIdentity {
  rule: string;
  file: string;
  host?: string;
  port?: number;
  namespace?: string;
  workload?: string;
  resource?: string;
}

export type RenameMap = ReadonlyMap<string, string>;

/** `renames` maps a base path to the head path git says it was renamed to; other paths stay as they are. */
export function identityOf(f: Finding, renames?: RenameMap): FindingIdentity {
  const resource = f.host === undefined ? f.resource : undefined;
  return compact({
    rule: f.rule,
    file: renames?.get(f.file) ?? f.file,
    host: f.host,
    port: f.port,
    namespace: f.namespace,
    workload: f.workload,
    resource,
  });
}

export function compact(id: FindingIdentity): FindingIdentity {
  const out: FindingIdentity = { rule: id.rule, file: id.file };
  if (id.host !== undefined) out.host = id.host;
  if (id.port !== undefined) out.port = id.port;
  if (id.namespace !== undefined) out.namespace = id.namespace;
  if (id.workload !== undefined) out.workload = id.workload;
  if (id.resource !== undefined) out.resource = id.resource;
  return out;
}

/** One string per identity, absent and undefined alike. */
export function identityKey(id: FindingIdentity): string {
  return JSON.stringify([
    id.rule,
    id.file,
    id.host ?? null,
    id.port ?? null,
    id.namespace ?? null,
    id.workload ?? null,
    id.resource ?? null,
  ]);
}
