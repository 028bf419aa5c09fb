// Which trees to render, with which namespace and values, and which raw files they replace. Pure.
import type { Kustomization } from "./kustomization.js";
import { dirOf, isOutsideFolder, isUnder, sortedUnique } from "./paths.js";
import type { DeployTarget, PlainDirJob, RenderJob } from "./types.js";

export interface ChartInfo {
  dir: string;
  name: string;
  /** Library charts render nothing on their own. */
  library: boolean;
  /** Dependencies Chart.yaml takes from the repository (`repository: file://../lib`): copied in before a render. */
  localDependencies?: LocalDependency[];
}

export interface LocalDependency {
  /** The dependency's name, the folder it goes to under `charts/`. */
  name: string;
  /** Its chart folder in the repository. */
  dir: string;
}

export interface PlanInput {
  kustomizations: ReadonlyMap<string, Kustomization>;
  charts: ReadonlyMap<string, ChartInfo>;
  targets: readonly DeployTarget[];
  /** The repository's manifest files (what the raw loader would read). */
  manifests: readonly string[];
  defaultNamespace: string;
}

export interface RenderPlan {
  jobs: RenderJob[];
  /** Manifest files that Kustomize and plain-directory jobs read in place of the raw loader. */
  consumed: Set<string>;
}

export function planRendering(input: PlanInput): RenderPlan {
  const jobs = new Map<string, RenderJob>();
  const add = (key: string, job: RenderJob) => {
    if (!jobs.has(key)) jobs.set(key, job);
  };
  const targeted = new Set<string>();
  for (const t of input.targets) {
    const k = input.kustomizations.get(t.path);
    const chart = input.charts.get(t.path);
    if (k && !k.isComponent) {
      targeted.add(t.path);
      add(`k|${t.path}|${t.namespace?.mode ?? ""}|${t.namespace?.name ?? ""}`, {
        kind: "kustomize",
        dir: k.dir,
        file: k.file,
        namespace: t.namespace,
        origin: t.origin,
      });
    } else if (chart && !chart.library) {
      targeted.add(t.path);
      const namespace = t.namespace?.name ?? input.defaultNamespace;
      const release = t.helm?.releaseName ?? releaseNameOf(chart.name);
      add(`h|${t.path}|${namespace}|${release}|${t.origin.loc.file}`, {
        kind: "helm",
        chartDir: chart.dir,
        chartName: chart.name,
        ...(chart.localDependencies ? { localDependencies: chart.localDependencies } : {}),
        release,
        namespace,
        values: t.helm ?? { valueFiles: [], inline: [] },
        origin: t.origin,
      });
    }
  }
  const included = new Set([...input.kustomizations.values()].flatMap((k) => k.includes));
  const leaves = [...input.kustomizations.values()].filter(
    (k) => !k.isComponent && !included.has(k.dir) && !targeted.has(k.dir),
  );
  for (const k of leaves) add(`k|${k.dir}||`, { kind: "kustomize", dir: k.dir, file: k.file });
  // Kustomizations that only include each other (a cycle) have no leaf; render them so that Kustomize reports it.
  const reached = reachable(
    [...jobs.values()].flatMap((j) => (j.kind === "kustomize" ? [j.dir] : [])),
    input.kustomizations,
  );
  for (const k of input.kustomizations.values()) {
    if (!k.isComponent && !reached.has(k.dir)) {
      add(`k|${k.dir}||`, { kind: "kustomize", dir: k.dir, file: k.file });
      for (const d of reachable([k.dir], input.kustomizations)) reached.add(d);
    }
  }
  for (const chart of input.charts.values()) {
    if (chart.library || targeted.has(chart.dir)) continue;
    const release = releaseNameOf(chart.name);
    add(`h|${chart.dir}|${input.defaultNamespace}|${release}|`, {
      kind: "helm",
      chartDir: chart.dir,
      chartName: chart.name,
      ...(chart.localDependencies ? { localDependencies: chart.localDependencies } : {}),
      release,
      namespace: input.defaultNamespace,
      values: { valueFiles: [], inline: [] },
    });
  }
  const consumed = kustomizeFiles(input.kustomizations);
  const inChart = (f: string) => [...input.charts.keys()].some((d) => isUnder(f, d));
  for (const t of input.targets) {
    if (!t.namespace || input.kustomizations.has(t.path) || input.charts.has(t.path)) continue;
    const files = input.manifests.filter(
      // A script's `kubectl apply -f FILE` targets the one file.
      (f) =>
        !consumed.has(f) && !inChart(f) && (f === t.path || (t.recurse ? isUnder(f, t.path) : dirOf(f) === t.path)),
    );
    if (files.length === 0) continue;
    const job: PlainDirJob = { kind: "plain", dir: t.path, files, namespace: t.namespace, origin: t.origin };
    add(`p|${t.path}|${t.namespace.mode}|${t.namespace.name}`, job);
    for (const f of files) consumed.add(f);
  }
  // Only the linted folder's own trees are deployed; what they build on elsewhere in the work tree (`../base`) is
  // rendered through them.
  const own = [...jobs.values()].filter((j) => !isOutsideFolder(jobDir(j)));
  return { jobs: own.sort(compareJobs), consumed };
}

/** Every file a kustomization reads is the build's input, never deployed as it is written. */
function kustomizeFiles(kustomizations: ReadonlyMap<string, Kustomization>): Set<string> {
  const out = new Set<string>();
  for (const k of kustomizations.values()) for (const f of [k.file, ...k.resourceFiles, ...k.otherFiles]) out.add(f);
  return out;
}

/** The kustomization directories `roots` build on, transitively, roots included. */
export function reachable(roots: readonly string[], kustomizations: ReadonlyMap<string, Kustomization>): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const dir = stack.pop()!;
    if (seen.has(dir)) continue;
    seen.add(dir);
    stack.push(...(kustomizations.get(dir)?.includes ?? []));
  }
  return seen;
}

/** The kustomization file of every directory in the closure, and the files they read. */
export function treeFiles(root: string, kustomizations: ReadonlyMap<string, Kustomization>): string[] {
  const files: string[] = [];
  for (const dir of reachable([root], kustomizations)) {
    const k = kustomizations.get(dir);
    if (k) files.push(k.file, ...k.resourceFiles, ...k.otherFiles);
  }
  return sortedUnique(files);
}

/** The folder a job renders: a kustomization's, a chart's, or a plain folder an Argo CD or Flux object deploys. */
export function jobDir(j: RenderJob): string {
  return j.kind === "helm" ? j.chartDir : j.dir;
}

function jobKey(j: RenderJob): string {
  const dir = jobDir(j);
  const ns = j.kind === "helm" ? j.namespace : (j.namespace?.name ?? "");
  return `${dir}\u0000${j.kind}\u0000${ns}\u0000${j.origin?.loc.file ?? ""}\u0000${j.kind === "helm" ? j.release : ""}`;
}

function compareJobs(a: RenderJob, b: RenderJob): number {
  const ka = jobKey(a);
  const kb = jobKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Helm's limit on a release name: it goes into the names of what the chart makes, which Kubernetes caps at 63. */
const MAX_RELEASE_NAME = 53;

/**
 * The release name a chart is rendered under when nothing deploys it by name: the chart's name as Helm takes one,
 * lower-case letters, digits and hyphens (`Ephemeral-Environments` -> `ephemeral-environments`, `my_app` -> `my-app`).
 * Helm refuses any other, and the chart would not be rendered at all.
 */
export function releaseNameOf(chartName: string): string {
  const name = chartName
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .slice(0, MAX_RELEASE_NAME)
    .replace(/^-+|-+$/g, "");
  return name === "" ? "release" : name;
}
