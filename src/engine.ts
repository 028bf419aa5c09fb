// What both adapters (CLI and action) do: read the repository as Settings say, lint it, judge the result.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadAllowlist } from "./allowlist/load.js";
import type { Allowlist } from "./allowlist/types.js";
import { readSnapshot, type RepoSnapshot } from "./discover/snapshot.js";
import { severityRank, type Finding } from "./findings.js";
import { lint, withBaseDiff, type LintResult } from "./lint.js";
import type { TextFile } from "./manifests/load.js";
import type { EgressModel } from "./model/types.js";
import { SUPPORTED_ISTIO_VERSIONS, type RouteOptions } from "./routes/index.js";
import { SettingsError, type FailOn, type Settings } from "./settings.js";

export async function snapshotOf(root: string, settings: Settings): Promise<RepoSnapshot> {
  return readSnapshot(root, { manifests: settings.manifests, sources: settings.sources, exclude: settings.exclude, maxFileBytes: settings.maxFileBytes });
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

export async function readAllowlist(root: string, settings: Settings): Promise<Allowlist | undefined> {
  const text = await readOptional(path.join(root, settings.allowlist));
  if (text === undefined) {
    if (settings.allowlistExplicit) throw new SettingsError(`allowlist ${settings.allowlist}: no such file`);
    return undefined;
  }
  const loaded = loadAllowlist({ path: settings.allowlist, text });
  if ("error" in loaded) {
    const e = loaded.error;
    throw new SettingsError(`${e.file}:${e.line}: ${e.field ? `${e.field}: ` : ""}${e.message}`);
  }
  return loaded.allowlist;
}

async function readMeshConfig(settings: Settings): Promise<TextFile | undefined> {
  if (!settings.meshConfig) return undefined;
  const text = await readOptional(settings.meshConfig);
  if (text === undefined) throw new SettingsError(`mesh-config ${settings.meshConfig}: no such file`);
  return { path: settings.meshConfig, text };
}

export function routeOptionsOf(settings: Settings): RouteOptions {
  if (settings.istioVersion && !SUPPORTED_ISTIO_VERSIONS.includes(settings.istioVersion)) {
    throw new SettingsError(`istio-version ${settings.istioVersion} is not modelled; use one of ${SUPPORTED_ISTIO_VERSIONS.join(", ")}`);
  }
  return settings.istioVersion ? { istioVersion: settings.istioVersion } : {};
}

export interface CheckResult extends LintResult {
  exitCode: 0 | 1;
}

/** Lints `settings.root`; with a base directory (a checkout of the base commit), adds the route-table diff. */
export async function runCheck(settings: Settings, baseRoot?: string): Promise<CheckResult> {
  const root = path.resolve(settings.root);
  const routeOptions = routeOptionsOf(settings);
  const [snapshot, allowlist, meshConfig] = await Promise.all([snapshotOf(root, settings), readAllowlist(root, settings), readMeshConfig(settings)]);
  const input = { allowlist, meshConfig, defaultNamespace: settings.defaultNamespace, proxies: settings.proxies, routeOptions };
  const head = lint({ ...input, snapshot });
  const unknown = settings.proxies.filter((p) => !head.model.workloads.some((w) => `${w.namespace}/${w.name}` === p));
  if (unknown.length) throw new SettingsError(`proxy ${unknown.join(", ")} not found; workloads: ${workloadList(head.model)}`);
  let report = head.report;
  if (baseRoot) {
    const base = lint({ ...input, snapshot: await snapshotOf(path.resolve(baseRoot), settings) });
    report = withBaseDiff(report, head.model, base.model, routeOptions);
  }
  return { model: head.model, report, exitCode: gate(report.findings, settings.failOn) };
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
