// A repository as the pure pipeline sees it: its manifest and source files' text, read once.
import { minimatch } from "minimatch";
import type { Finding } from "../findings.js";
import type { LoadedManifests, TextFile } from "../manifests/load.js";
import { listFiles, readRepositoryFiles } from "./read-files.js";

export interface RepoSnapshot {
  /** YAML/JSON files that may hold Kubernetes objects (Helm templates excluded). */
  manifests: TextFile[];
  /** Files whose code or configuration may call out. May overlap with manifests for YAML/JSON config. */
  sources: TextFile[];
  /** Helm chart folders whose templates were skipped because they are not plain YAML. */
  skippedCharts: string[];
  findings: Finding[];
  /** Objects rendered from Kustomize trees, Helm charts and Argo CD / Flux targets; their files are not in `manifests`. */
  rendered?: LoadedManifests;
}

export interface SnapshotOptions {
  manifests: readonly string[];
  sources: readonly string[];
  exclude: readonly string[];
  maxFileBytes: number;
}

const MANIFEST_EXTENSION = /\.(ya?ml|json)$/i;

export async function readSnapshot(root: string, options: SnapshotOptions): Promise<RepoSnapshot> {
  const [manifestPaths, sourcePaths, chartFiles] = await Promise.all([
    listFiles(root, options.manifests, options.exclude),
    listFiles(root, options.sources, options.exclude),
    listFiles(root, ["**/Chart.yaml"], options.exclude),
  ]);
  const charts = chartFiles.map((f) => f.slice(0, -"Chart.yaml".length));
  const inTemplates = (p: string) => charts.some((dir) => p.startsWith(`${dir}templates/`));
  const manifestSet = new Set(manifestPaths.filter((p) => MANIFEST_EXTENSION.test(p) && !inTemplates(p)));
  const sourceSet = new Set(sourcePaths.filter((p) => !inTemplates(p)));
  const all = [...new Set([...manifestSet, ...sourceSet])].sort();
  const read = await readRepositoryFiles(root, all, options.maxFileBytes, options.exclude);
  const skippedCharts = charts.filter((dir) => manifestPaths.some((p) => p.startsWith(`${dir}templates/`)) || sourcePaths.some((p) => p.startsWith(`${dir}templates/`)));
  return {
    manifests: read.files.filter((f) => manifestSet.has(f.path)),
    sources: read.files.filter((f) => sourceSet.has(f.path)),
    skippedCharts: skippedCharts.map((d) => d.replace(/\/$/, "") || "."),
    findings: read.findings,
  };
}

export function matchesAny(path: string, globs: readonly string[]): boolean {
  return globs.some((g) => minimatch(path, g, { dot: true }));
}
