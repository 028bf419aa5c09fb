// With rendering off, the Helm values Argo CD Applications and Flux HelmReleases write inline still configure istiod:
// its chart comes from Istio's chart repository and is never rendered here anyway.
import type { MeshConfigDocument, TextFile } from "../manifests/load.js";
import { deployTargets, targetRepo } from "./discover.js";
import { meshDocumentOf } from "./helm-values.js";
import { dirOf } from "./paths.js";

export function inlineMeshDocuments(manifests: readonly TextFile[], files: readonly string[]): MeshConfigDocument[] {
  const dirs = new Set<string>();
  for (const f of files) {
    for (let d = dirOf(f); !dirs.has(d); d = dirOf(d)) {
      dirs.add(d);
      if (d === ".") break;
    }
  }
  const found = deployTargets(
    manifests,
    targetRepo((d) => dirs.has(d)),
  );
  const inline = [...found.remoteChartValues, ...found.targets.flatMap((t) => [...(t.helm?.inline ?? [])].reverse())];
  return inline.map(meshDocumentOf).filter((d) => d !== undefined);
}
