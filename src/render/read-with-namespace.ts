// Repository files read as written, with the namespace a deploy tool would give them (for fallbacks and plain folders).
import { loadManifests, type LoadedManifests } from "../manifests/load.js";
import { isObject } from "../manifests/resource.js";
import { isClusterScoped } from "./cluster-scoped.js";
import type { TargetNamespace } from "./types.js";

export interface FileNamespace {
  file: string;
  namespace?: TargetNamespace;
}

export function readFilesWithNamespace(
  files: readonly FileNamespace[],
  textOf: (file: string) => string | undefined,
  defaultNamespace: string,
): LoadedManifests {
  const out: LoadedManifests = { resources: [], meshDocuments: [], findings: [] };
  for (const { file, namespace } of files) {
    const text = textOf(file);
    if (text === undefined) continue;
    const fill = namespace?.mode === "fill" ? namespace.name : defaultNamespace;
    const loaded = loadManifests([{ path: file, text }], { defaultNamespace: fill });
    for (const r of loaded.resources) {
      if (namespace?.mode === "override" && !isClusterScoped(r.kind)) {
        r.namespace = namespace.name;
        r.namespaceExplicit = true;
        r.body.metadata = { ...(isObject(r.body.metadata) ? r.body.metadata : {}), namespace: namespace.name };
      }
    }
    out.resources.push(...loaded.resources);
    out.meshDocuments.push(...loaded.meshDocuments);
    out.findings.push(...loaded.findings);
  }
  return out;
}
