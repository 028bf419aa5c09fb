// What both adapters (CLI and action) do: read the repository as Settings say, lint it, judge the result.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadAllowlist } from "./allowlist/load.js";
import { readBaselineFile } from "./baseline/read.js";
import type { Allowlist } from "./allowlist/types.js";
import { sourceReaderFor } from "./discover/scan-pool.js";
import { type ManifestSide, readSnapshot, type RepoSnapshot, type SnapshotOptions } from "./discover/snapshot.js";
import { workTreePrefix } from "./discover/work-tree.js";
import { severityRank, type Finding } from "./findings.js";
import type { RenameMap } from "./gate/identity.js";
import { judgeReport } from "./gate/report.js";
import {
  buildEgressModel,
  lint,
  type LintResult,
  type PrebuiltModel,
  prebuiltModel,
  sameManifests,
  withBaseDiff,
} from "./lint.js";
import { isJsonData, parseOnce, type ParsedFile, type TextFile } from "./manifests/load.js";
import type { EgressModel } from "./model/types.js";
import { machineRenderEnvironment } from "./render/exec-runner.js";
import { type RenderedRepository, renderRepository } from "./render/index.js";
import { renderCache, type RenderCache } from "./render/cache.js";
import { withRendering } from "./render/merge.js";
import type { SideRenderStats } from "./render/render-stats.js";
import { SUPPORTED_ISTIO_VERSIONS, type RouteOptions } from "./routes/index.js";
import { SettingsError, type FailOn, type Settings } from "./settings.js";
import { suggestFixes } from "./suggest/index.js";
import { withNamedFixes } from "./suggest/named-fixes.js";
import { formatConfigError } from "./manifests/schema-errors.js";

/** dist/scan-worker.js beside the bundle; absent when running from sources, and then sources are read in this thread. */
function scanWorkerScript(): URL | undefined {
  const script = new URL("./scan-worker.js", import.meta.url);
  return existsSync(fileURLToPath(script)) ? script : undefined;
}

/**
 * The repository as the cluster will receive it: with `render: auto`, Kustomize trees and Helm charts rendered.
 * `only`: the source files to scan (manifests are always read in full).
 */
export async function snapshotOf(
  root: string,
  settings: Settings,
  extra: Pick<SnapshotOptions, "only" | "reuse" | "fromHead"> = {},
  run: SnapshotRun = { cache: renderCache(undefined), renders: [] },
  prepare?: (early: RepoSnapshot) => Promise<void>,
): Promise<RepoSnapshot> {
  const { parsed } = run;
  const readSources = sourceReaderFor(settings.jobs, os.availableParallelism(), scanWorkerScript());
  const stage = run.stages?.(run.side ?? "head");
  // Rendering, and `prepare` (the model), need only the manifests and build definitions: they start as soon as those
  // are read, while the threads scan the sources and this thread would otherwise wait for them.
  let early: Promise<RenderedRepository | undefined> = Promise.resolve(undefined);
  const whileScanning = (side: ManifestSide) => {
    if (parsed) parseManifests(side.manifests, parsed);
    early = (async () => {
      const rendered = settings.render === "none" ? undefined : await renderSide(root, side, settings, run);
      await prepare?.(earlySnapshot(side, rendered));
      return rendered;
    })();
    // Awaited below; when the scan fails first, this work's own failure must not crash the process.
    early.catch(() => undefined);
  };
  stage?.("read and scan", "start");
  const snapshot = await readSnapshot(root, {
    manifests: settings.manifests,
    sources: settings.sources,
    exclude: settings.exclude,
    maxFileBytes: settings.maxFileBytes,
    readSources,
    ...extra,
    whileScanning,
  });
  stage?.("read and scan", "end");
  const rendered = await early;
  return rendered ? withRendering(snapshot, rendered) : snapshot;
}

/** The snapshot as far as the manifests and renders go: no source is scanned in it yet. */
function earlySnapshot(side: ManifestSide, rendered: RenderedRepository | undefined): RepoSnapshot {
  const unscanned: RepoSnapshot = { ...side, scanned: [], references: [], findings: [] };
  return rendered ? withRendering(unscanned, rendered) : unscanned;
}

/** Renders what the manifests deploy (Kustomize trees, Helm charts, Argo CD and Flux targets), timed as a stage. */
async function renderSide(
  root: string,
  side: ManifestSide,
  settings: Settings,
  run: SnapshotRun,
): Promise<RenderedRepository> {
  const stage = run.stages?.(run.side ?? "head");
  stage?.("render", "start");
  const env = await machineRenderEnvironment(process.env, os.tmpdir(), os.availableParallelism(), run.cache);
  if (settings.jobs > 0) env.concurrency = settings.jobs;
  const rendered = await renderRepository(root, side, {
    manifests: settings.manifests,
    defaultNamespace: settings.defaultNamespace,
    exclude: settings.exclude,
    maxFileBytes: settings.maxFileBytes,
    env,
    prefix: run.prefix ?? (await workTreePrefix(root)),
  });
  run.renders.push({ ...rendered.stats, side: run.side ?? "head" });
  stage?.("render", "end");
  return rendered;
}

/** What the head's and the base's snapshots share in one run, and what they tell about it. */
export interface SnapshotRun {
  /** Manifests parsed once for both. */
  parsed?: Map<string, ParsedFile>;
  /** Where the snapshot's root lies in its git work tree; found from the file system when not given. */
  prefix?: string;
  /** Renders by their inputs: the base takes the head's render of every tree the change left alone. */
  cache: RenderCache;
  /** What each render stage did, head first. */
  renders: SideRenderStats[];
  /** Which side this snapshot is of. */
  side?: "head" | "base";
  /** Told when each stage of a side starts and ends: for a progress line and the log, never the report. */
  stages?: StageListener;
}

/** `side` -> a callback for that side's stages. */
export type StageListener = (side: "head" | "base") => (stage: string, event: "start" | "end") => void;

/** The run's render cache: kept in `settings.cacheDir` between runs, or in memory only. */
export function renderCacheFor(settings: Settings): RenderCache {
  return renderCache(settings.cacheDir || undefined);
}

/**
 * Parses the manifests into the run's cache while other threads scan the sources. All at once: the workers take their
 * batches without this thread, and this thread scans a batch only between its other work.
 */
function parseManifests(files: readonly TextFile[], parsed: Map<string, ParsedFile>): void {
  for (const f of files) if (!isJsonData(f)) parseOnce(f.text, parsed);
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

/**
 * `known`: allowlists already loaded, by text. The base's is usually the head's: one object for both lets the base's
 * lint take the verdicts the head's lint reached (they are kept per model and allowlist).
 */
export async function readAllowlist(
  root: string,
  settings: Settings,
  known?: Map<string, Allowlist>,
): Promise<Allowlist | undefined> {
  const text = await readOptional(path.join(root, settings.allowlist));
  if (text === undefined) {
    if (settings.allowlistExplicit) throw new SettingsError(`allowlist ${settings.allowlist}: no such file`);
    return undefined;
  }
  const seen = known?.get(text);
  if (seen) return seen;
  const loaded = loadAllowlist({ path: settings.allowlist, text });
  if ("error" in loaded) {
    throw new SettingsError(formatConfigError(loaded.error));
  }
  known?.set(text, loaded.allowlist);
  return loaded.allowlist;
}

/** The base's findings are judged by the base's own allowlist; one that is missing or unreadable there is none. */
async function readBaseAllowlist(
  baseRoot: string,
  settings: Settings,
  known: Map<string, Allowlist>,
): Promise<Allowlist | undefined> {
  try {
    return await readAllowlist(baseRoot, { ...settings, allowlistExplicit: false }, known);
  } catch (err) {
    if (err instanceof SettingsError) return undefined;
    throw err;
  }
}

async function readMeshConfig(settings: Settings): Promise<TextFile | undefined> {
  if (!settings.meshConfig) return undefined;
  const text = await readOptional(settings.meshConfig);
  if (text === undefined) throw new SettingsError(`mesh-config ${settings.meshConfig}: no such file`);
  return { path: settings.meshConfig, text };
}

/**
 * The models one proxy's tables are built from: the head's and, with a base, the base's. Sources are not read; the
 * mesh config is, since it decides what a sidecar does with a host nothing registers.
 */
export async function routeModels(
  settings: Settings,
  base?: BaseInput,
): Promise<{ head: EgressModel; base?: EgressModel }> {
  const manifestsOnly = { ...settings, sources: [] };
  const cache = renderCacheFor(settings);
  const [snapshot, meshConfig] = await Promise.all([
    snapshotOf(path.resolve(settings.root), manifestsOnly, {}, { cache, renders: [] }),
    readMeshConfig(settings),
  ]);
  const head = buildEgressModel(snapshot, settings.defaultNamespace, meshConfig, undefined, settings.repository).model;
  if (!base) return { head };
  await base.ready;
  // A checkout of the changed files only: the head has the others.
  const fromHead = fromHeadOf(snapshot, base);
  const baseSnapshot = await snapshotOf(path.resolve(base.dir), manifestsOnly, fromHead, {
    cache,
    renders: [],
    side: "base",
    prefix: base.prefix,
  });
  const baseModel = buildEgressModel(
    baseSnapshot,
    settings.defaultNamespace,
    meshConfig,
    undefined,
    settings.repository,
  );
  return { head, base: baseModel.model };
}

export function routeOptionsOf(settings: Settings): RouteOptions {
  if (settings.istioVersion && !SUPPORTED_ISTIO_VERSIONS.includes(settings.istioVersion)) {
    throw new SettingsError(
      `istio-version ${settings.istioVersion} is not modelled; use one of ${SUPPORTED_ISTIO_VERSIONS.join(", ")}`,
    );
  }
  return settings.istioVersion ? { istioVersion: settings.istioVersion } : {};
}

export interface CheckResult extends LintResult {
  exitCode: 0 | 1;
  /** What the render stages did, head first: for the log, never for the report. */
  renders: SideRenderStats[];
  /** The renders this run used, for a caller that saves the cache folder. */
  renderCache: RenderCache;
}

/** The base commit to compare with: a checkout of it, and what git says the change did. */
export interface BaseInput {
  dir: string;
  /** Settles when `dir` holds the base's files: the head is linted meanwhile. */
  ready?: Promise<void>;
  /** Base path -> head path of renamed files. */
  renames?: RenameMap;
  /** Where `dir` lies in the base's tree, whose top holds the rest of the work tree; "" or absent at the top. */
  prefix?: string;
  /** Head paths of the files the change touched: the head's scan of every other file stands for the base's. */
  changed?: ReadonlySet<string>;
  /** Base paths of the files whose text the head does not have (with `changed`). */
  changedInBase?: ReadonlySet<string>;
}

/**
 * For a base checked out in part (only the files the change touched): the head's files, manifests and build files,
 * which stand for the base's wherever the change left them alone.
 */
function fromHeadOf(snapshot: RepoSnapshot, base: BaseInput): Pick<SnapshotOptions, "fromHead"> {
  if (!base.changed || !snapshot.files || !snapshot.manifestRead) return {};
  return {
    fromHead: {
      files: snapshot.files,
      ...snapshot.manifestRead,
      buildFiles: snapshot.buildFiles ?? [],
      changed: base.changed,
    },
  };
}

/** With `scan: changed` and a known change, the source files to scan in the head and in the base. */
function scanLimits(
  settings: Settings,
  base?: BaseInput,
): { head: ReadonlySet<string>; base: ReadonlySet<string> } | undefined {
  if (settings.scan !== "changed" || !base?.changed || !base.changedInBase) return undefined;
  return { head: base.changed, base: base.changedInBase };
}

/**
 * Lints `settings.root`; with a base (a checkout of the base commit), adds the route-table diff and tells the
 * findings the change introduced from those already there.
 */
export async function runCheck(settings: Settings, base?: BaseInput, stages?: StageListener): Promise<CheckResult> {
  const root = path.resolve(settings.root);
  const routeOptions = routeOptionsOf(settings);
  const limits = scanLimits(settings, base);
  const parsed = new Map<string, ParsedFile>();
  const run: SnapshotRun = { parsed, cache: renderCacheFor(settings), renders: [], ...(stages ? { stages } : {}) };
  const allowlists = new Map<string, Allowlist>();
  const meshConfigRead = readMeshConfig(settings);
  // The head's model and route tables are built while its sources are scanned: they need none of the scan.
  let prebuilt: PrebuiltModel | undefined;
  const prepare = async (early: RepoSnapshot) => {
    const meshConfig = await meshConfigRead;
    stages?.("head")("model and route tables", "start");
    prebuilt = prebuiltModel(early, {
      defaultNamespace: settings.defaultNamespace,
      ...(meshConfig ? { meshConfig } : {}),
      parsed,
      ...(settings.repository ? { repository: settings.repository } : {}),
      proxies: settings.proxies,
      routeOptions,
    });
    stages?.("head")("model and route tables", "end");
  };
  const [snapshot, allowlist, meshConfig, baseline] = await Promise.all([
    snapshotOf(root, settings, limits ? { only: limits.head } : {}, run, prepare),
    readAllowlist(root, settings, allowlists),
    meshConfigRead,
    settings.baseline ? readBaselineFile(settings.baseline) : undefined,
  ]);
  const input = {
    allowlist,
    meshConfig,
    defaultNamespace: settings.defaultNamespace,
    proxies: settings.proxies,
    routeOptions,
    scope: limits ? ("changed" as const) : ("all" as const),
    parsed,
    unplaced: settings.unplaced,
    ...(settings.repository ? { repository: settings.repository } : {}),
  };
  stages?.("head")("rules", "start");
  const head = lint({ ...input, snapshot, ...(prebuilt ? { prebuilt } : {}) });
  stages?.("head")("rules", "end");
  const unknown = settings.proxies.filter((p) => !head.model.workloads.some((w) => `${w.namespace}/${w.name}` === p));
  if (unknown.length)
    throw new SettingsError(`proxy ${unknown.join(", ")} not found; workloads: ${workloadList(head.model)}`);
  let report = head.report;
  let baseFindings: Finding[] | undefined;
  if (base) {
    await base.ready;
    const baseDir = path.resolve(base.dir);
    // The base's unchanged files are the head's: the checkout holds few of them, and only the changed ones are read.
    const reuse =
      !limits && base.changed && snapshot.sourceScan
        ? { reuse: { scan: snapshot.sourceScan, changed: base.changed } }
        : {};
    const fromHead = fromHeadOf(snapshot, base);
    const [baseSnapshot, baseAllowlist] = await Promise.all([
      snapshotOf(
        baseDir,
        settings,
        { ...(limits ? { only: limits.base } : reuse), ...fromHead },
        { ...run, side: "base", prefix: base.prefix },
      ),
      readBaseAllowlist(baseDir, settings, allowlists),
    ]);
    const same = sameManifests(snapshot, baseSnapshot) ? { sameManifestsAs: head } : {};
    stages?.("base")("model, rules and route tables", "start");
    const linted = lint({ ...input, allowlist: baseAllowlist, snapshot: baseSnapshot, ...same, summaries: false });
    stages?.("base")("model, rules and route tables", "end");
    report = withBaseDiff(report, linted.report);
    baseFindings = linted.report.findings;
  }
  const judged = judgeReport(report, { base: baseFindings, renames: base?.renames, baseline, gate: settings.gate });
  const suggestions = suggestFixes({
    model: head.model,
    references: head.references,
    allowlist,
    findings: judged.report.findings,
    namespace: settings.suggestNamespace,
  });
  const findings = withNamedFixes(judged.report.findings, suggestions);
  return {
    ...head,
    report: { ...judged.report, findings, suggestions },
    exitCode: gate(judged.gating, settings.failOn),
    renders: run.renders,
    renderCache: run.cache,
  };
}

export function workloadList(model: EgressModel): string {
  const names = model.workloads.map((w) => `${w.namespace}/${w.name}`).sort();
  return names.length ? names.join(", ") : "none";
}

export function gate(findings: readonly Finding[], failOn: FailOn): 0 | 1 {
  if (failOn === "never") return 0;
  const threshold = severityRank(failOn);
  return findings.some((f) => severityRank(f.severity) <= threshold) ? 1 : 0;
}
