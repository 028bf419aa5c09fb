// A workload written against an API group Kubernetes no longer serves for it: the API server refuses the manifest, and
// egress-lint does not model it. Said, so that a repository whose workloads all disappear is not taken as clean.
import type { Finding } from "../findings.js";
import { ruleMeta } from "../rules/catalog.js";
import type { Resource } from "./resource.js";

/** extensions/v1beta1 served these until Kubernetes 1.16; apps/v1 serves them now. */
const MOVED_TO_APPS = new Set(["Deployment", "DaemonSet", "ReplicaSet"]);

export function unservedWorkload(r: Resource): Finding[] {
  if (r.group !== "extensions" || !MOVED_TO_APPS.has(r.kind)) return [];
  const meta = ruleMeta("unserved-workload");
  return [
    {
      rule: meta.name,
      code: meta.code,
      severity: meta.severity,
      message: `${r.kind} ${r.namespace}/${r.name} uses apiVersion ${r.apiVersion}, which Kubernetes has not served for ${r.kind}s since 1.16: the API server refuses it, and egress-lint does not model it, so its calls are not judged. Use apiVersion apps/v1.`,
      file: r.loc.file,
      line: r.lines.get("/apiVersion") ?? r.loc.line,
      namespace: r.namespace,
      workload: r.name,
    },
  ];
}
