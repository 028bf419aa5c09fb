// Rendered resources join the raw ones: the files a render read leave the raw set, so nothing is counted twice.
import type { RepoSnapshot } from "../discover/snapshot.js";
import type { LoadedManifests } from "../manifests/load.js";
import type { Resource } from "../manifests/resource.js";
import type { RenderedRepository } from "./index.js";

export function withRendering(snapshot: RepoSnapshot, rendered: RenderedRepository): RepoSnapshot {
  return {
    ...snapshot,
    manifests: snapshot.manifests.filter((f) => !rendered.consumed.has(f.path)),
    // What a build read (values, patches, generator inputs) reaches the model through the rendered objects.
    scanned: snapshot.scanned.filter((f) => !rendered.consumed.has(f)),
    references: snapshot.references.filter((r) => !rendered.consumed.has(r.file)),
    rendered: rendered.loaded,
    // Each chart now has its own finding when it could not be rendered.
    skippedCharts: [],
  };
}

/**
 * Rendered mesh config comes first: values written inline in an Application win over a chart's values file, as in
 * Helm. The same object rendered by two overlays that deploy it alike (one per cluster) is kept once.
 */
export function mergeRendered(raw: LoadedManifests, rendered: LoadedManifests | undefined): LoadedManifests {
  if (!rendered) return raw;
  const seen = new Set<string>();
  const unique: Resource[] = [];
  for (const r of rendered.resources) {
    const key = JSON.stringify([r.loc.file, r.loc.line, r.namespace, r.body]);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(r);
  }
  return {
    resources: [...raw.resources, ...unique],
    meshDocuments: [...rendered.meshDocuments, ...raw.meshDocuments],
    findings: [...raw.findings, ...rendered.findings],
  };
}
