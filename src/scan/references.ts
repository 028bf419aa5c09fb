// Raw references -> the HostReferences rules read: external hosts only, placed, suppressed and in a stable order.
import { cmp } from "../findings.js";
import { isAddressName } from "./address-names.js";
import { lastPart } from "./key-role.js";
import { classifyHost, NO_IN_CLUSTER_NAMES } from "./classify.js";
import type { Extracted } from "./extract.js";
import type { RawRef } from "./raw-ref.js";
import { ignoredRulesAt } from "./ignore.js";
import { normalizeHost } from "./host-syntax.js";
import { privateIPv4, specialUseOf } from "./special-use.js";
import type { HostReference, InClusterNames, ReferenceClass } from "./types.js";

export interface Placement {
  file: string;
  /** The class of a reference that is neither text for people nor a special-use name: `call` in code, else `config`. */
  use: "call" | "config";
  /** Said of every reference: why a `config` or `call` reference counts (`container env DB_HOST of shop/api`). */
  where?: string;
  /** Every reference of the text has this class and reason (a Dockerfile's build steps, an example file). */
  whole?: { class: ReferenceClass; reason: string };
  /** Manifest values nothing reads (a ConfigMap no workload mounts): never placed in a workload. */
  unread?: boolean;
  /** The 1-based lines that are build steps (a Dockerfile's RUN): what they fetch is fetched at build time. */
  buildLines?: ReadonlySet<number>;
  /** Maps a line and column inside the scanned text to where it was written; default: unchanged. */
  place?: (line: number, column: number) => { line: number; column: number };
  namespace?: string;
  workload?: string;
}

export function externalReferences(
  found: Extracted,
  at: Placement,
  inCluster: InClusterNames = NO_IN_CLUSTER_NAMES,
): HostReference[] {
  const out: HostReference[] = [];
  // Per host: its class, and for a reserved one why it never counts (worked out once, as hosts repeat in a file).
  const hostClass = new Map<string, { kind: string; reserved?: string }>();
  for (const raw of found.refs) {
    let known = hostClass.get(raw.host);
    if (known === undefined) {
      const kind = classifyHost(raw.host, inCluster);
      known = kind === "reserved" ? { kind, reserved: specialUseReason(raw.host) } : { kind };
      hostClass.set(raw.host, known);
    }
    if (known.kind !== "external" && known.kind !== "reserved") continue;
    const innerLine = found.lines.line(raw.offset);
    const ignoredRules = ignoredRulesAt(found.ignores, innerLine);
    const innerColumn = found.lines.column(raw.offset, innerLine);
    const { line, column } = at.place ? at.place(innerLine, innerColumn) : { line: innerLine, column: innerColumn };
    const judged = classOf(raw, known.reserved, at, innerLine);
    const ref: HostReference = {
      host: raw.host,
      port: raw.port,
      scheme: raw.scheme,
      kind: raw.kind,
      file: at.file,
      line,
      column,
      ignoredRules,
      class: judged.class,
      reason: judged.reason,
    };
    if (at.namespace !== undefined) ref.namespace = at.namespace;
    if (at.workload !== undefined) ref.workload = at.workload;
    if (at.unread) ref.unread = true;
    if (raw.overwritten !== undefined) {
      ref.unread = true;
      ref.reason = `${ref.reason}; ${raw.overwritten}`;
    }
    if (raw.trailingDot) ref.trailingDot = true;
    if (raw.requested) ref.requested = true;
    if (raw.defines !== undefined) ref.soleDefinition = raw.defines;
    if (at.use === "call" && raw.binding !== undefined) {
      const name = lastPart(raw.binding);
      if (isAddressName(name)) ref.addressName = name;
    }
    out.push(ref);
  }
  return out;
}

function classOf(
  raw: RawRef,
  reserved: string | undefined,
  at: Placement,
  innerLine: number,
): { class: ReferenceClass; reason: string } {
  if (reserved !== undefined) return { class: "special-use", reason: reserved };
  if (at.whole) return at.whole;
  if (raw.mention !== undefined) return { class: "mention", reason: raw.mention };
  if (raw.browser !== undefined) return { class: "browser", reason: raw.browser };
  // A server setting with its port (`--server` defaulting to `172.29.13.181:50051`) is where a client connects.
  if (at.use === "call" && raw.kind === "ip" && !raw.hostSetting) {
    const lan = privateIPv4(raw.host);
    if (lan)
      return { class: "special-use", reason: `${lan.kind}: ${lan.why}, written in code: sample data or a LAN device` };
  }
  if (at.buildLines?.has(innerLine))
    return { class: "build", reason: "a build step: fetched while the image is built, not by the running workload" };
  const bound = raw.binding === undefined ? "" : ` (${raw.binding})`;
  if (at.where !== undefined)
    return { class: at.use, reason: raw.binding && at.where.includes(raw.binding) ? at.where : `${at.where}${bound}` };
  return { class: at.use, reason: at.use === "call" ? `a string in code${bound}` : `a config value${bound}` };
}

/** Why a reserved host never counts, from the special-use knowledge. */
export function specialUseReason(host: string): string {
  const normal = normalizeHost(host);
  const special = normal ? specialUseOf(normal.host, normal.kind) : undefined;
  return special ? `${special.kind}: ${special.why}` : "a special-use name";
}

export function compareReferences(a: HostReference, b: HostReference): number {
  return (
    cmp(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    cmp(a.host, b.host) ||
    a.port - b.port ||
    cmp(a.scheme, b.scheme) ||
    cmp(a.kind, b.kind) ||
    cmp(a.namespace ?? "", b.namespace ?? "") ||
    cmp(a.workload ?? "", b.workload ?? "")
  );
}

/** Sorted by (file, line, column, host, ...), with exact duplicates dropped. */
export function sortReferences(refs: HostReference[]): HostReference[] {
  const sorted = [...refs].sort(compareReferences);
  return sorted.filter((r, i) => i === 0 || compareReferences(r, sorted[i - 1] as HostReference) !== 0);
}
