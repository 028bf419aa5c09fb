// A workload written against an API group Kubernetes does not serve for it: the API server refuses the manifest, and
// egress-lint does not model it. Said, so that a repository whose workloads all disappear is not taken as clean.
import type { Finding } from "../findings.js";
import { ruleMeta } from "../rules/catalog.js";
import type { Resource } from "./resource.js";

/** extensions/v1beta1 served these until Kubernetes 1.16; apps/v1 serves them now. */
const MOVED_TO_APPS = new Set(["Deployment", "DaemonSet", "ReplicaSet"]);

/** The group that serves each workload kind egress-lint models from Kubernetes' own groups. */
const SERVED_IN: ReadonlyMap<string, string> = new Map([
  ["Deployment", "apps"],
  ["StatefulSet", "apps"],
  ["DaemonSet", "apps"],
  ["Job", "batch"],
  ["CronJob", "batch"],
]);

/**
 * Kubernetes' own groups that hold workloads, the core group among them. A kind of the same name in any other group is
 * a custom resource (OpenKruise's StatefulSet, Volcano's Job), not a misspelt built-in one.
 */
const BUILT_IN_GROUPS = new Set(["", "apps", "batch", "extensions"]);

export function unservedWorkload(r: Resource): Finding[] {
  const served = SERVED_IN.get(r.kind);
  let why: string;
  let use: string;
  if (r.group === "extensions" && MOVED_TO_APPS.has(r.kind)) {
    why = `which Kubernetes has not served for ${r.kind}s since 1.16`;
    use = "apps";
  } else if (served !== undefined && r.group !== served && BUILT_IN_GROUPS.has(r.group)) {
    why = `a group that has never served ${r.kind}s`;
    use = served;
  } else return [];
  const meta = ruleMeta("unserved-workload");
  return [
    {
      rule: meta.name,
      code: meta.code,
      severity: meta.severity,
      message: `${r.kind} ${r.namespace}/${r.name} uses apiVersion ${r.apiVersion}, ${why}: the API server refuses it, and egress-lint does not model it, so its calls are not judged. Use apiVersion ${use}/v1.`,
      file: r.loc.file,
      line: r.lines.get("/apiVersion") ?? r.loc.line,
      namespace: r.namespace,
      workload: r.name,
    },
  ];
}
