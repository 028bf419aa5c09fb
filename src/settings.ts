// Settings: parsed and validated once at the boundary (CLI flags or action inputs); nothing below reads inputs again.
import type { UnplacedMode } from "./rules/judged-references.js";

export type OutputFormat = "text" | "json" | "markdown" | "sarif";
export type FailOn = "error" | "warning" | "never";
export type CommentMode = "always" | "on-change" | "never";
/** new: only findings the change introduces gate; all: every finding but those the baseline accepts. */
export type GateMode = "new" | "all";
/** auto: render Kustomize trees and Helm charts as deployed; none: read every manifest file as written. */
export type RenderMode = "auto" | "none";
/** all: scan every source file; changed: with a base, only the files the change touches (manifests are always read). */
export type ScanScope = "all" | "changed";

export interface Settings {
  /** The directory linted; never printed (output paths are relative to it). */
  root: string;
  /** Relative to root. */
  allowlist: string;
  /** True when the user named the allowlist: then a missing file is an error, not "no allowlist". */
  allowlistExplicit: boolean;
  manifests: string[];
  sources: string[];
  exclude: string[];
  proxies: string[];
  baseRef?: string;
  baseDir?: string;
  istioVersion?: string;
  meshConfig?: string;
  format: OutputFormat;
  output?: string;
  failOn: FailOn;
  defaultNamespace: string;
  maxFileBytes: number;
  /** When the action posts its pull-request comment. */
  comment: CommentMode;
  /** Where the action writes SARIF; undefined = nowhere. */
  sarifFile?: string;
  render: RenderMode;
  /** Undefined: `new` when there is a base to compare with, else `all`. */
  gate?: GateMode;
  /** The baseline file (relative to the current directory; the action joins it to working-directory). */
  baseline?: string;
  /** Where suggested ServiceEntries go; undefined: the callers' namespace. */
  suggestNamespace?: string;
  scan: ScanScope;
  /** `report`: code no workload is known to run is listed, never judged; `any-workload`: judged for every workload. */
  unplaced: UnplacedMode;
  /**
   * Threads that read and scan sources, and render builds run at a time: 0 = as many as help (up to four), 1 = this
   * thread only and one build at a time.
   */
  jobs: number;
  /** Where renders are kept between runs; undefined: in memory for this run only. */
  cacheDir?: string;
  /**
   * `owner/name` of the repository on GitHub, which workflows build as `${{ github.repository }}`: GITHUB_REPOSITORY
   * in the action, or what the CLI reads of the git remote. Not an input.
   */
  repository?: string;
}

export interface RawSettings {
  root?: string;
  allowlist?: string;
  manifests?: string;
  sources?: string;
  exclude?: string;
  proxies?: string[] | string;
  baseRef?: string;
  baseDir?: string;
  istioVersion?: string;
  meshConfig?: string;
  format?: string;
  output?: string;
  failOn?: string;
  defaultNamespace?: string;
  maxFileBytes?: string;
  comment?: string;
  sarifFile?: string;
  render?: string;
  gate?: string;
  baseline?: string;
  namespace?: string;
  scan?: string;
  unplaced?: string;
  jobs?: string;
  /** A folder, or `off`. */
  cacheDir?: string;
}

export const DEFAULTS = {
  allowlist: "egress-allowlist.yaml",
  manifests: ["**/*.yaml", "**/*.yml", "**/*.json"],
  sources: ["**/*"],
  format: "text" as OutputFormat,
  failOn: "error" as FailOn,
  comment: "on-change" as CommentMode,
  render: "auto" as RenderMode,
  defaultNamespace: "default",
  maxFileBytes: 5 * 1024 * 1024,
  scan: "all" as ScanScope,
  unplaced: "report" as UnplacedMode,
};

export class SettingsError extends Error {}

/** Splits a list input: commas or newlines, blanks dropped (action inputs are multi-line strings). */
export function splitList(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === "") return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new SettingsError(`${name} must be one of ${allowed.join(", ")}; got "${value}"`);
}

const PROXY = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?\/[a-z0-9]([-.a-z0-9]*[a-z0-9])?$/;
const VERSION = /^1\.\d{1,2}$/;
const NAMESPACE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function parseSettings(raw: RawSettings): Settings {
  const proxies = (Array.isArray(raw.proxies) ? raw.proxies : splitList(raw.proxies)).flatMap((p) => splitList(p));
  for (const p of proxies) {
    if (!PROXY.test(p)) throw new SettingsError(`proxy must be NAMESPACE/WORKLOAD; got "${p}"`);
  }
  if (raw.istioVersion && !VERSION.test(raw.istioVersion))
    throw new SettingsError(`istio-version must look like 1.25; got "${raw.istioVersion}"`);
  if (raw.baseRef && raw.baseDir) throw new SettingsError("give either a base ref or a base directory, not both");
  let maxFileBytes = DEFAULTS.maxFileBytes;
  if (raw.maxFileBytes !== undefined && raw.maxFileBytes !== "") {
    if (!/^\d+$/.test(raw.maxFileBytes) || Number(raw.maxFileBytes) === 0)
      throw new SettingsError(`max-file-size must be a positive number of bytes; got "${raw.maxFileBytes}"`);
    maxFileBytes = Number(raw.maxFileBytes);
  }
  let jobs = 0;
  if (raw.jobs !== undefined && raw.jobs !== "" && raw.jobs !== "auto") {
    if (!/^\d+$/.test(raw.jobs) || Number(raw.jobs) === 0 || Number(raw.jobs) > 64)
      throw new SettingsError(`jobs must be auto or a number of threads from 1 to 64; got "${raw.jobs}"`);
    jobs = Number(raw.jobs);
  }
  if (raw.namespace && !NAMESPACE.test(raw.namespace))
    throw new SettingsError(`namespace must be a Kubernetes namespace name; got "${raw.namespace}"`);
  const manifests = splitList(raw.manifests);
  const sources = splitList(raw.sources);
  return {
    root: raw.root || ".",
    allowlist: raw.allowlist || DEFAULTS.allowlist,
    allowlistExplicit: Boolean(raw.allowlist),
    manifests: manifests.length ? manifests : DEFAULTS.manifests,
    sources: sources.length ? sources : DEFAULTS.sources,
    exclude: splitList(raw.exclude),
    proxies: [...new Set(proxies)].sort(),
    baseRef: raw.baseRef || undefined,
    baseDir: raw.baseDir || undefined,
    istioVersion: raw.istioVersion || undefined,
    meshConfig: raw.meshConfig || undefined,
    format: oneOf("format", raw.format, ["text", "json", "markdown", "sarif"], DEFAULTS.format),
    output: raw.output || undefined,
    failOn: oneOf("fail-on", raw.failOn, ["error", "warning", "never"], DEFAULTS.failOn),
    defaultNamespace: raw.defaultNamespace || DEFAULTS.defaultNamespace,
    maxFileBytes,
    comment: oneOf("comment", raw.comment, ["always", "on-change", "never"], DEFAULTS.comment),
    sarifFile: raw.sarifFile || undefined,
    render: oneOf("render", raw.render, ["auto", "none"], DEFAULTS.render),
    unplaced: oneOf("unplaced", raw.unplaced, ["report", "any-workload"], DEFAULTS.unplaced),
    gate: raw.gate ? oneOf<GateMode>("gate", raw.gate, ["new", "all"], "new") : undefined,
    baseline: raw.baseline || undefined,
    suggestNamespace: raw.namespace || undefined,
    scan: oneOf("scan", raw.scan, ["all", "changed"], DEFAULTS.scan),
    jobs,
    ...(raw.cacheDir && raw.cacheDir !== "off" ? { cacheDir: raw.cacheDir } : {}),
  };
}
