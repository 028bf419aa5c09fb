// The rendering stage: the repository's Kustomize trees, Helm charts and Argo CD / Flux targets, read as deployed.
import { shellTextsOf } from "../model/script-texts.js";
import { scriptTargets } from "./script-targets.js";
import path from "node:path";
import type { ManifestSide } from "../discover/snapshot.js";
import { matchesAny } from "../glob.js";
import { listFiles, readRepositoryFiles } from "../discover/read-files.js";
import type { LoadedManifests } from "../manifests/load.js";
import { unservedWorkload } from "../manifests/unserved-workload.js";
import { validateIstioResource } from "../manifests/validate.js";
import { chartsOf, deployTargets, kustomizationFilesOf, parseKustomizations, targetRepo } from "./discover.js";
import { KUSTOMIZATION_FILE_NAMES } from "./kustomization.js";
import { meshDocumentOf } from "./helm-values.js";
import { listBeyond, workTreeTop } from "./beyond-folder.js";
import { dirOf, isOutsideFolder, isUnder, sortedUnique } from "./paths.js";
import { planRendering, treeFiles } from "./plan.js";
import { executeJobs } from "./execute.js";
import type { JobContext } from "./job.js";
import { SourceIndex } from "./source-index.js";
import type { RenderStats } from "./render-stats.js";
import type { RenderEnvironment, RenderJob } from "./types.js";

export interface RenderOptions {
  /** The manifest globs: kustomizations and charts outside them are left alone, like any other file. */
  manifests: readonly string[];
  defaultNamespace: string;
  exclude: readonly string[];
  maxFileBytes: number;
  env: RenderEnvironment;
  /**
   * Where the linted folder lies in its git work tree ("" or absent: at the top). Kustomizations may then build on
   * files anywhere in the work tree, which are named from the folder (`../../base/deployment.yaml`).
   */
  prefix?: string;
}

export interface RenderedRepository {
  /** Manifest files the renders read; the raw loader must skip them. */
  consumed: Set<string>;
  loaded: LoadedManifests;
  /** How many builds each kind of job ran, for measurements. */
  jobs: { kustomize: number; helm: number; plain: number };
  stats: RenderStats;
}

export async function renderRepository(
  root: string,
  snapshot: ManifestSide,
  options: RenderOptions,
): Promise<RenderedRepository> {
  const allFiles = snapshot.files ?? listFiles(root, options.exclude);
  const files = new Set(allFiles);
  const texts = new Map(snapshot.manifests.map((f) => [f.path, f.text]));
  // `Kustomization` has no extension; it is selected when a kustomization.yaml in its place would be.
  const selected = (f: string) =>
    matchesAny(f, options.manifests) ||
    matchesAny(f.replace(/Kustomization$/, "kustomization.yaml"), options.manifests);
  // Names first: matching globs against a monorepo's every file costs more than the rest of a render-less run.
  const kustomizationFiles = kustomizationFilesOf(allFiles.filter((f) => isKustomizationFile(f) && selected(f)));
  const chartFiles = allFiles.filter((f) => (f === "Chart.yaml" || f.endsWith("/Chart.yaml")) && selected(f));
  const prefix = options.prefix ?? "";
  const read = (paths: readonly string[]) =>
    readInto(root, prefix, texts, paths, options.maxFileBytes, options.exclude);
  await read([...kustomizationFiles.values(), ...chartFiles]);
  const textOf = (f: string) => texts.get(f);
  let kustomizations = parseKustomizations({ files, kustomizations: kustomizationFiles, textOf, prefix });
  const listed = new Set<string>();
  // Each round may find bases that build on further folders; a chain longer than this is a loop.
  for (let round = 0; prefix !== "" && round < 64; round++) {
    const beyond = sortedUnique([...kustomizations.values()].flatMap((k) => k.beyond)).filter((t) => !listed.has(t));
    if (beyond.length === 0) break;
    const found = (await listBeyond(root, prefix, beyond, listed)).filter((f) => !files.has(f));
    for (const f of found) files.add(f);
    const more = kustomizationFilesOf(found.filter(isKustomizationFile));
    for (const [dir, file] of more) if (!kustomizationFiles.has(dir)) kustomizationFiles.set(dir, file);
    await read([...more.values()]);
    kustomizations = parseKustomizations({ files, kustomizations: kustomizationFiles, textOf, prefix });
  }
  const charts = chartsOf(chartFiles, textOf);
  // Only an Argo CD or Flux object asks whether a folder exists.
  let dirs: Set<string> | undefined;
  const discovered = deployTargets(
    snapshot.manifests,
    targetRepo((d) => (dirs ??= new Set(allFiles.flatMap(ancestors))).has(d), prefix),
  );
  const manifestPaths = snapshot.manifests.map((f) => f.path);
  const plan = planRendering({
    kustomizations,
    charts,
    // A script's `helm install -n NS ./chart` or `kubectl apply -n NS -f PATH` deploys like an Application; an Argo CD
    // or Flux object's target wins.
    targets: [
      ...discovered.targets,
      ...scriptTargets(shellTextsOf(snapshot.buildFiles ?? []), charts, new Set(manifestPaths), kustomizations).filter(
        (t) => !discovered.targets.some((d) => d.path === t.path),
      ),
    ],
    manifests: manifestPaths,
    defaultNamespace: options.defaultNamespace,
  });
  // Builds read files the manifest globs may not cover (a resource named `Kustomization`-style, chart templates).
  const under = new Map<string, string[]>();
  const filesUnder = (dir: string) => {
    let list = under.get(dir);
    if (!list) under.set(dir, (list = [...files].filter((f) => isUnder(f, dir))));
    return list;
  };
  const needed = new Set<string>();
  for (const job of plan.jobs) {
    if (job.kind === "kustomize") for (const f of treeFiles(job.dir, kustomizations)) needed.add(f);
    if (job.kind === "helm")
      for (const f of [
        ...[job.chartDir, ...(job.localDependencies ?? []).map((d) => d.dir)].flatMap((d) =>
          filesUnder(d).filter((x) => /\.(ya?ml|tpl|json)$/.test(x)),
        ),
        ...job.values.valueFiles,
      ])
        needed.add(f);
  }
  await read([...needed].filter((f) => files.has(f)));
  const ctx: JobContext = {
    root,
    prefix,
    env: options.env,
    kustomizations,
    sources: new SourceIndex(textOf),
    textOf,
    filesUnder,
    defaultNamespace: options.defaultNamespace,
  };
  // What else shapes a render's output, beside its files: part of every cache key.
  const shaping = {
    manifests: options.manifests,
    defaultNamespace: options.defaultNamespace,
    exclude: options.exclude,
    maxFileBytes: options.maxFileBytes,
  };
  const { outcomes, stats } = await executeJobs(plan.jobs, ctx, files, manifestPaths, shaping);
  const loaded: LoadedManifests = { resources: [], meshDocuments: [], findings: [...discovered.findings] };
  // Inline values of a chart that is not rendered here (istiod from its chart repository) still set the mesh policy.
  loaded.meshDocuments.push(...discovered.remoteChartValues.map(meshDocumentOf).filter((d) => d !== undefined));
  const consumed = new Set(plan.consumed);
  for (const o of outcomes) {
    for (const r of o.resources) {
      loaded.resources.push(r);
      loaded.findings.push(...validateIstioResource(r), ...unservedWorkload(r));
    }
    loaded.meshDocuments.push(...o.meshDocuments);
    loaded.findings.push(...o.findings);
    for (const f of o.consumed) consumed.add(f);
  }
  const count = (kind: RenderJob["kind"]) => plan.jobs.filter((j) => j.kind === kind).length;
  return {
    consumed,
    loaded,
    jobs: { kustomize: count("kustomize"), helm: count("helm"), plain: count("plain") },
    stats,
  };
}

async function readInto(
  root: string,
  prefix: string,
  texts: Map<string, string>,
  paths: readonly string[],
  maxFileBytes: number,
  exclude: readonly string[],
): Promise<void> {
  const missing = [...new Set(paths)].filter((p) => !texts.has(p)).sort();
  if (missing.length === 0) return;
  // Files that cannot be read are reported by the snapshot when they are manifests; a build then fails on them.
  const inside = await readRepositoryFiles(
    root,
    missing.filter((p) => !isOutsideFolder(p)),
    maxFileBytes,
    exclude,
  );
  for (const f of inside.files) texts.set(f.path, f.text);
  const beyond = missing.filter(isOutsideFolder);
  if (beyond.length === 0) return;
  // The rest of the work tree is read from its top, where the same checks keep links from leading out of it.
  const byTopPath = new Map(beyond.map((p) => [path.posix.join(prefix, p), p]));
  const outside = await readRepositoryFiles(workTreeTop(root, prefix), [...byTopPath.keys()], maxFileBytes);
  for (const f of outside.files) texts.set(byTopPath.get(f.path)!, f.text);
}

function isKustomizationFile(f: string): boolean {
  return (KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(f.slice(f.lastIndexOf("/") + 1));
}

function ancestors(file: string): string[] {
  const out: string[] = [];
  for (let d = dirOf(file); ; d = dirOf(d)) {
    out.push(d);
    if (d === ".") return out;
  }
}
