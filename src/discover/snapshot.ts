// A repository as the pure pipeline sees it: its manifests' text, and what its source files refer to. The tree is
// walked once; source files are scanned as they are read and their text is dropped, so memory stays flat.
import { isBuildDefinitionFile } from "../provenance/build-file-kind.js";
import { cmp, type Finding } from "../findings.js";
import type { LoadedManifests, TextFile } from "../manifests/load.js";
import { readRepositoryFile } from "../scan/collect.js";
import { detachedStrings } from "../scan/detached.js";
import type { FileEnvironment } from "../scan/environment-names.js";
import { importsOf, type FileImports } from "../scan/module-imports.js";
import { isModuleInDocsFolder, isScannableSource } from "../scan/scannable.js";
import type { HostReference } from "../scan/types.js";
import { listFiles, listWorkflowFiles, readRepositoryFiles } from "./read-files.js";
import { globMatcher } from "../glob.js";

export interface RepoSnapshot {
  /** YAML/JSON files that may hold Kubernetes objects (Helm templates excluded). */
  manifests: TextFile[];
  /** The source and config files that were scanned, sorted. */
  scanned: string[];
  /** What the scanned files refer to (`scanRepositoryFile`), before the model and the allowlist have their say. */
  references: HostReference[];
  /**
   * The environment variables the scanned files name, sorted by file: what decides which values code reads. Absent
   * where the files were not read for it, and then every variable counts as read.
   */
  environment?: FileEnvironment[];
  /**
   * The modules the scanned JavaScript and TypeScript files load, sorted by file: what decides which shipped modules
   * run. Absent where the files were not read for it, and then every shipped module counts as run.
   */
  imports?: FileImports[];
  /** Helm chart folders whose templates were skipped because they are not plain YAML. */
  skippedCharts: string[];
  findings: Finding[];
  /** Every file the walk listed (excluded places left out), for renders to look things up without walking again. */
  files?: string[];
  /** The source-only files' scan as read, before renders take their inputs out: what another snapshot may reuse. */
  sourceScan?: ScannedSources;
  /** The manifests as read, before renders take their inputs out, and what kept some from being read. */
  manifestRead?: { manifests: TextFile[]; findings: Finding[] };
  /** The texts of the files that say how images are built (Dockerfiles, compose, skaffold, scripts, Makefiles). */
  buildFiles?: TextFile[];
  /** Objects rendered from Kustomize trees, Helm charts and Argo CD / Flux targets; their files are not in `manifests`. */
  rendered?: LoadedManifests;
}

/** What a snapshot knows before its sources are scanned: all that rendering and the model need of the repository. */
export type ManifestSide = Pick<RepoSnapshot, "manifests" | "files" | "buildFiles" | "skippedCharts" | "manifestRead">;

export interface SnapshotOptions {
  manifests: readonly string[];
  sources: readonly string[];
  exclude: readonly string[];
  maxFileBytes: number;
  /** Scan only these source files (paths relative to the root); manifests are always read in full. */
  only?: ReadonlySet<string>;
  /** How the source files are read and scanned; in this thread by default. */
  readSources?: SourceReader;
  /**
   * Called once the manifests are read, while the sources are still being scanned: it may parse them, and start work
   * it does not wait for (rendering, the model), which its caller awaits.
   */
  whileScanning?: (side: ManifestSide) => void;
  /**
   * The head's scan, for the base commit's snapshot: every file it looked at but those in `changed` (its paths the
   * change touched) is in the base with the same text, so what the scan says of it is taken as it is, whether or not
   * the base checkout holds the file; only the other files are read.
   */
  reuse?: { scan: ScannedSources; changed: ReadonlySet<string> };
  /**
   * The head's files and manifests, for a base commit checked out only in part: every file outside `changed` (the
   * head paths the change touched) is in the base with the same text, so one the checkout left out is listed, and
   * read, as the head has it.
   */
  fromHead?: {
    files: readonly string[];
    manifests: readonly TextFile[];
    buildFiles?: readonly TextFile[];
    findings: readonly Finding[];
    changed: ReadonlySet<string>;
  };
}

/** Reads and scans source files: `scanSources` in this thread, or a pool of worker threads. */
export interface SourceReader {
  (root: string, paths: readonly string[], maxFileBytes: number, exclude: readonly string[]): Promise<ScannedSources>;
  /**
   * Threads that boot while the tree is listed: `start` once the walk has listed `files` files. Called only when a
   * read follows in the same snapshot, which takes the threads or stops them.
   */
  warmUp?: { files: number; start: () => void };
}

export interface ScannedSources {
  scanned: string[];
  references: HostReference[];
  environment: FileEnvironment[];
  imports: FileImports[];
  findings: Finding[];
}

const MANIFEST_EXTENSION = /\.(ya?ml|json)$/i;

export async function readSnapshot(root: string, options: SnapshotOptions): Promise<RepoSnapshot> {
  const readSources: SourceReader = options.readSources ?? scanSources;
  // A narrowed scan (a pull request's changed files, or a base that reuses the head's scan) reads few sources.
  const warmUp = options.only || options.reuse ? undefined : readSources.warmUp;
  const walked = listFiles(root, options.exclude, warmUp && { count: warmUp.files, reached: warmUp.start });
  const onDisk = options.fromHead ? new Set(walked) : undefined;
  const files = options.fromHead ? withUnchangedFiles(walked, onDisk!, options.fromHead) : walked;
  const isManifest = globMatcher(options.manifests);
  const isSource = globMatcher(options.sources);
  const charts = new Set(
    files.filter((f) => f === "Chart.yaml" || f.endsWith("/Chart.yaml")).map((f) => f.slice(0, -"Chart.yaml".length)),
  );
  const chartOf = (p: string) => chartHolding(p, charts);
  const skippedCharts = new Set<string>();
  const manifestPaths: string[] = [];
  const sourcePaths: string[] = [];
  const docsModules: string[] = [];
  for (const f of files) {
    const manifest = isManifest(f);
    const source = isSource(f);
    if (!manifest && !source) continue;
    const chart = chartOf(f);
    if (chart !== undefined) {
      skippedCharts.add(chart);
      continue;
    }
    if (manifest && MANIFEST_EXTENSION.test(f)) manifestPaths.push(f);
    // Files in no language the scanner reads are never opened: images, archives, binaries.
    else if (source && (!options.only || options.only.has(f)) && isScannableSource(f)) sourcePaths.push(f);
    else if (source && !options.only && isModuleInDocsFolder(f)) docsModules.push(f);
  }
  const { carried, toScan } = splitByReuse(sourcePaths, options.reuse);
  const scanning = readSources(root, toScan, options.maxFileBytes, options.exclude).then((fresh) =>
    mergeScans([carried, fresh]),
  );
  // Awaited below; when reading the manifests fails first, the scan's own failure must not crash the process.
  scanning.catch(() => undefined);
  const excludedByUser = globMatcher(options.exclude);
  const workflows = (await listWorkflowFiles(root)).filter((p) => !excludedByUser(p));
  const buildPaths = [...files.filter(isBuildDefinitionFile), ...workflows];
  const [read, builds, docs] = await Promise.all([
    readManifests(root, manifestPaths, options, onDisk),
    readManifests(
      root,
      buildPaths,
      options,
      onDisk && new Set([...onDisk, ...workflows]),
      options.fromHead?.buildFiles ?? [],
    ),
    readRepositoryFiles(root, docsModules, options.maxFileBytes, options.exclude),
  ]);
  const skipped = [...skippedCharts].map((d) => d.replace(/\/$/, "") || ".").sort();
  const manifestRead = { manifests: read.files, findings: read.findings };
  options.whileScanning?.({
    manifests: read.files,
    files,
    buildFiles: builds.files,
    skippedCharts: skipped,
    manifestRead,
  });
  const sources = await scanning;
  // A manifest that is also a source (application config in YAML) is scanned from the text already read.
  const alsoSources = read.files
    .filter((f) => isSource(f.path) && isScannableSource(f.path) && (!options.only || options.only.has(f.path)))
    .map((f) => ({ path: f.path, ...readRepositoryFile(f) }));
  return {
    manifests: read.files,
    scanned: [...sources.scanned, ...alsoSources.map((f) => f.path)].sort(),
    references: inChartsUnread([...sources.references, ...alsoSources.flatMap((f) => f.references)], charts),
    environment: [...sources.environment, ...alsoSources.flatMap((f) => f.environment ?? [])].sort((a, b) =>
      cmp(a.file, b.file),
    ),
    imports: [...sources.imports, ...docs.files.flatMap((f) => detachedStrings(importsOf(f.path, f.text)) ?? [])].sort(
      (a, b) => cmp(a.file, b.file),
    ),
    skippedCharts: skipped,
    findings: [...read.findings, ...sources.findings].sort((a, b) => cmp(a.file ?? "", b.file ?? "")),
    files,
    buildFiles: builds.files,
    sourceScan: sources,
    manifestRead,
  };
}

/** The walk's files and the head's files the change left alone, in the walk's order. */
function withUnchangedFiles(
  walked: string[],
  onDisk: ReadonlySet<string>,
  head: NonNullable<SnapshotOptions["fromHead"]>,
): string[] {
  const unchanged = head.files.filter((f) => !head.changed.has(f) && !onDisk.has(f));
  return unchanged.length === 0 ? walked : [...walked, ...unchanged].sort();
}

/**
 * Reads the manifests (or other files whose texts are kept); with `fromHead`, one the checkout does not hold is the
 * head's text (`headTexts`), or the head's finding.
 */
async function readManifests(
  root: string,
  paths: readonly string[],
  options: SnapshotOptions,
  onDisk: ReadonlySet<string> | undefined,
  headTexts: readonly TextFile[] = options.fromHead?.manifests ?? [],
): Promise<{ files: TextFile[]; findings: Finding[] }> {
  const head = options.fromHead;
  if (!head || !onDisk) return readRepositoryFiles(root, paths, options.maxFileBytes, options.exclude);
  const read = await readRepositoryFiles(
    root,
    paths.filter((p) => onDisk.has(p)),
    options.maxFileBytes,
    options.exclude,
  );
  const readTexts = new Map(read.files.map((f) => [f.path, f]));
  const fromHeadText = new Map(headTexts.map((f) => [f.path, f]));
  const files = paths.flatMap((p) => (onDisk.has(p) ? readTexts.get(p) : fromHeadText.get(p)) ?? []);
  const fromHead = new Set(paths.filter((p) => !onDisk.has(p)));
  const findings = [...read.findings, ...head.findings.filter((f) => f.file !== undefined && fromHead.has(f.file))];
  return { files, findings };
}

/** What the head's scan says of the files the change left alone, and the paths still to read. */
function splitByReuse(
  paths: readonly string[],
  reuse: SnapshotOptions["reuse"],
): { carried: ScannedSources; toScan: readonly string[] } {
  if (!reuse)
    return { carried: { scanned: [], references: [], environment: [], imports: [], findings: [] }, toScan: paths };
  const kept = (file: string | undefined) => file !== undefined && !reuse.changed.has(file);
  const carried: ScannedSources = {
    scanned: reuse.scan.scanned.filter(kept),
    references: reuse.scan.references.filter((r) => kept(r.file)),
    environment: reuse.scan.environment.filter((e) => kept(e.file)),
    imports: reuse.scan.imports.filter((e) => kept(e.file)),
    findings: reuse.scan.findings.filter((f) => kept(f.file)),
  };
  const known = new Set([...carried.scanned, ...carried.findings.map((f) => f.file)]);
  return { carried, toScan: paths.filter((p) => !known.has(p)) };
}

/** Scans of disjoint sets of files as one: files and findings sorted by path. */
export function mergeScans(scans: readonly ScannedSources[]): ScannedSources {
  const out: ScannedSources = { scanned: [], references: [], environment: [], imports: [], findings: [] };
  for (const r of scans) {
    for (const f of r.scanned) out.scanned.push(f);
    for (const ref of r.references) out.references.push(ref);
    for (const e of r.environment) out.environment.push(e);
    for (const i of r.imports) out.imports.push(i);
    for (const f of r.findings) out.findings.push(f);
  }
  out.scanned.sort(cmp);
  out.environment.sort((a, b) => cmp(a.file, b.file));
  out.imports.sort((a, b) => cmp(a.file, b.file));
  out.findings.sort((a, b) => cmp(a.file ?? "", b.file ?? ""));
  return out;
}

/** Reads each file and scans it right away, in this thread: at most a few texts are held at any time. */
export async function scanSources(
  root: string,
  paths: readonly string[],
  maxFileBytes: number,
  exclude: readonly string[],
): Promise<ScannedSources> {
  const out: ScannedSources = { scanned: [], references: [], environment: [], imports: [], findings: [] };
  const read = await readRepositoryFiles(root, paths, maxFileBytes, exclude, (file) => {
    out.scanned.push(file.path);
    const { references, environment, imports } = readRepositoryFile(file);
    for (const ref of references) out.references.push(ref);
    if (environment) out.environment.push(environment);
    if (imports) out.imports.push(imports);
  });
  out.findings.push(...read.findings);
  return out;
}

/**
 * A Helm chart's own YAML and JSON files (values files, Chart.yaml) configure workloads only through the chart's templates: the
 * rendered objects carry what reaches a container. Read raw, a chart's values would be judged for no workload, or
 * for the wrong one when the chart could not be rendered, so they are never placed.
 */
function inChartsUnread(refs: HostReference[], charts: ReadonlySet<string>): HostReference[] {
  if (charts.size === 0) return refs;
  const dirs = [...charts];
  return refs.map((r) => {
    const chart = MANIFEST_EXTENSION.test(r.file) ? dirs.find((dir) => r.file.startsWith(dir)) : undefined;
    if (chart === undefined || r.unread) return r;
    const name = chart.replace(/\/$/, "") || ".";
    return {
      ...r,
      unread: true,
      reason: `${r.reason}; a value of Helm chart ${name}, which reaches workloads only through what the chart renders`,
    };
  });
}

/** The chart folder (with its trailing slash) whose `templates/` holds `path`, if any. */
function chartHolding(path: string, charts: ReadonlySet<string>): string | undefined {
  if (charts.size === 0) return undefined;
  for (let i = path.indexOf("templates/"); i !== -1; i = path.indexOf("templates/", i + 1)) {
    if (i > 0 && path[i - 1] !== "/") continue;
    const dir = path.slice(0, i);
    if (charts.has(dir)) return dir;
  }
  return undefined;
}
