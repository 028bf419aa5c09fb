// The rendering stage: the repository's Kustomize trees, Helm charts and Argo CD / Flux targets, read as deployed.
import type { RepoSnapshot } from "../discover/snapshot.js";
import { matchesAny } from "../glob.js";
import { listFiles, readRepositoryFiles } from "../discover/read-files.js";
import type { LoadedManifests } from "../manifests/load.js";
import { validateIstioResource } from "../manifests/validate.js";
import { chartsOf, deployTargets, kustomizationFilesOf, parseKustomizations } from "./discover.js";
import { KUSTOMIZATION_FILE_NAMES } from "./kustomization.js";
import { meshDocumentOf } from "./helm-values.js";
import { dirOf, isUnder } from "./paths.js";
import { planRendering, treeFiles } from "./plan.js";
import { executeJobs } from "./execute.js";
import type { JobContext } from "./job.js";
import { SourceIndex } from "./source-index.js";
import type { RenderEnvironment, RenderJob } from "./types.js";

export interface RenderOptions {
  /** The manifest globs: kustomizations and charts outside them are left alone, like any other file. */
  manifests: readonly string[];
  defaultNamespace: string;
  exclude: readonly string[];
  maxFileBytes: number;
  env: RenderEnvironment;
}

export interface RenderedRepository {
  /** Manifest files the renders read; the raw loader must skip them. */
  consumed: Set<string>;
  loaded: LoadedManifests;
  /** How many builds each kind of job ran, for measurements. */
  jobs: { kustomize: number; helm: number; plain: number };
}

export async function renderRepository(
  root: string,
  snapshot: RepoSnapshot,
  options: RenderOptions,
): Promise<RenderedRepository> {
  const allFiles = snapshot.files ?? (await listFiles(root, options.exclude));
  const files = new Set(allFiles);
  const texts = new Map(snapshot.manifests.map((f) => [f.path, f.text]));
  // `Kustomization` has no extension; it is selected when a kustomization.yaml in its place would be.
  const selected = (f: string) =>
    matchesAny(f, options.manifests) ||
    matchesAny(f.replace(/Kustomization$/, "kustomization.yaml"), options.manifests);
  // Names first: matching globs against a monorepo's every file costs more than the rest of a render-less run.
  const kustomizationFiles = kustomizationFilesOf(
    allFiles.filter(
      (f) => (KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(f.slice(f.lastIndexOf("/") + 1)) && selected(f),
    ),
  );
  const chartFiles = allFiles.filter((f) => (f === "Chart.yaml" || f.endsWith("/Chart.yaml")) && selected(f));
  await readInto(root, texts, [...kustomizationFiles.values(), ...chartFiles], options.maxFileBytes, options.exclude);
  const textOf = (f: string) => texts.get(f);
  const kustomizations = parseKustomizations({ files, kustomizations: kustomizationFiles, textOf });
  const charts = chartsOf(chartFiles, textOf);
  // Only an Argo CD or Flux object asks whether a folder exists.
  let dirs: Set<string> | undefined;
  const discovered = deployTargets(snapshot.manifests, (d) => (dirs ??= new Set(allFiles.flatMap(ancestors))).has(d));
  const manifestPaths = snapshot.manifests.map((f) => f.path);
  const plan = planRendering({
    kustomizations,
    charts,
    targets: discovered.targets,
    manifests: manifestPaths,
    defaultNamespace: options.defaultNamespace,
  });
  // Builds read files the manifest globs may not cover (a resource named `Kustomization`-style, chart templates).
  const needed = new Set<string>();
  for (const job of plan.jobs) {
    if (job.kind === "kustomize") for (const f of treeFiles(job.dir, kustomizations)) needed.add(f);
    if (job.kind === "helm")
      for (const f of [
        ...allFiles.filter((x) => isUnder(x, job.chartDir) && /\.(ya?ml|tpl|json)$/.test(x)),
        ...job.values.valueFiles,
      ])
        needed.add(f);
  }
  await readInto(
    root,
    texts,
    [...needed].filter((f) => files.has(f)),
    options.maxFileBytes,
    options.exclude,
  );
  const ctx: JobContext = {
    root,
    env: options.env,
    kustomizations,
    sources: new SourceIndex(textOf),
    textOf,
    defaultNamespace: options.defaultNamespace,
  };
  const outcomes = await executeJobs(plan.jobs, ctx, files, manifestPaths);
  const loaded: LoadedManifests = { resources: [], meshDocuments: [], findings: [...discovered.findings] };
  // Inline values of a chart that is not rendered here (istiod from its chart repository) still set the mesh policy.
  loaded.meshDocuments.push(...discovered.remoteChartValues.map(meshDocumentOf).filter((d) => d !== undefined));
  const consumed = new Set(plan.consumed);
  for (const o of outcomes) {
    for (const r of o.resources) {
      loaded.resources.push(r);
      loaded.findings.push(...validateIstioResource(r));
    }
    loaded.meshDocuments.push(...o.meshDocuments);
    loaded.findings.push(...o.findings);
    for (const f of o.consumed) consumed.add(f);
  }
  const count = (kind: RenderJob["kind"]) => plan.jobs.filter((j) => j.kind === kind).length;
  return { consumed, loaded, jobs: { kustomize: count("kustomize"), helm: count("helm"), plain: count("plain") } };
}

async function readInto(
  root: string,
  texts: Map<string, string>,
  paths: readonly string[],
  maxFileBytes: number,
  exclude: readonly string[],
): Promise<void> {
  const missing = [...new Set(paths)].filter((p) => !texts.has(p)).sort();
  if (missing.length === 0) return;
  // Files that cannot be read are reported by the snapshot when they are manifests; a build then fails on them.
  const read = await readRepositoryFiles(root, missing, maxFileBytes, exclude);
  for (const f of read.files) texts.set(f.path, f.text);
}

function ancestors(file: string): string[] {
  const out: string[] = [];
  for (let d = dirOf(file); ; d = dirOf(d)) {
    out.push(d);
    if (d === ".") return out;
  }
}
