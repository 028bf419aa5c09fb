// Which workloads run the code a reference was found in: visibility and policy are per calling workload.
import { minimatch } from "minimatch";
import type { Allowlist } from "../allowlist/types.js";
import { cmp } from "../findings.js";
import type { EgressModel } from "../model/types.js";
import type { HostReference } from "../scan/types.js";

export interface Caller {
  namespace: string;
  /** Undefined for a namespace-level caller (a ConfigMap value) and for the mesh-wide caller. */
  workload?: string;
  /** Nobody could place the code: judge it by what every namespace sees under the mesh policy. */
  meshWide: boolean;
  /** False when the pod runs without a sidecar: its egress never meets the outbound policy. */
  injected: boolean;
  how: "manifest" | "allowlist" | "folder" | "mesh-wide";
}

export const MESH_WIDE_CALLER: Caller = { namespace: "", meshWide: true, injected: true, how: "mesh-wide" };

/**
 * In order: the namespace/workload a manifest value carries; the allowlist's `workloads:` globs; a folder named
 * after a workload (the deepest such folder; every namespace that has a workload of that name); else mesh-wide.
 */
export function callersOf(ref: HostReference, model: EgressModel, allowlist?: Allowlist): Caller[] {
  if (ref.namespace !== undefined) return [placed(model, ref.namespace, ref.workload, "manifest")];
  const mapped = (allowlist?.workloads ?? []).filter((m) => m.paths.some((glob) => minimatch(ref.file, glob, { dot: true })));
  if (mapped.length) return dedupe(mapped.map((m) => placed(model, m.namespace, m.workload, "allowlist")));
  const folders = ref.file.split("/").slice(0, -1);
  for (let i = folders.length - 1; i >= 0; i--) {
    const named = model.workloads.filter((w) => w.name === folders[i]);
    if (named.length) return dedupe(named.map((w) => placed(model, w.namespace, w.name, "folder")));
  }
  return [MESH_WIDE_CALLER];
}

function placed(model: EgressModel, namespace: string, workload: string | undefined, how: Caller["how"]): Caller {
  const w = workload === undefined ? undefined : model.workloads.find((x) => x.namespace === namespace && x.name === workload);
  // A workload the manifests do not show is assumed to run a sidecar unless its namespace opts out.
  const injected = w ? w.injected : model.namespaces.find((n) => n.name === namespace)?.injection !== false;
  return { namespace, ...(workload !== undefined ? { workload } : {}), meshWide: false, injected, how };
}

function dedupe(callers: Caller[]): Caller[] {
  const seen = new Map<string, Caller>();
  for (const c of callers) seen.set(`${c.namespace}/${c.workload ?? ""}`, seen.get(`${c.namespace}/${c.workload ?? ""}`) ?? c);
  return [...seen.values()].sort((a, b) => cmp(a.namespace, b.namespace) || cmp(a.workload ?? "", b.workload ?? ""));
}

export function describeCaller(c: Caller): string {
  if (c.meshWide) return "any workload (no workload is mapped to this file)";
  return c.workload === undefined ? `namespace ${c.namespace}` : `${c.namespace}/${c.workload}`;
}
