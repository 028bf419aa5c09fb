// The action's inputs as the workflow gave them. GitHub's runner sets INPUT_<NAME> for every input that declares a
// default, so a value read is not a value named: one equal to action.yml's default is taken as not given, and only
// then does the engine's own default (and its leniency, such as a missing default allowlist) apply.
import path from "node:path";
import { SettingsError, type RawSettings } from "./settings.js";

/** action.yml's defaults, as the runner passes them (a project test holds the two equal). */
export const ACTION_INPUT_DEFAULTS = {
  "github-token": "${{ github.token }}",
  "working-directory": ".",
  allowlist: "egress-allowlist.yaml",
  manifests: "**/*.yaml,**/*.yml,**/*.json",
  sources: "**/*",
  exclude: "",
  proxies: "",
  "istio-version": "",
  "mesh-config": "",
  "fail-on": "error",
  comment: "on-change",
  "sarif-file": "",
  gate: "",
  baseline: "",
  render: "auto",
  "max-file-size": "5242880",
  scan: "all",
  unplaced: "report",
  "render-cache": "actions",
  "cache-dir": "",
} as const;

export type ActionInput = keyof typeof ACTION_INPUT_DEFAULTS;

/** What the workflow named: undefined for an input left empty or at its default. */
export type GivenInputs = Partial<Record<ActionInput, string>>;

/** `read` returns an input's value as the runner passed it (trimmed, "" when unset), like `core.getInput`. */
export function givenInputs(read: (name: ActionInput) => string): GivenInputs {
  const given: GivenInputs = {};
  for (const name of Object.keys(ACTION_INPUT_DEFAULTS) as ActionInput[]) {
    const value = read(name);
    if (value !== "" && value !== ACTION_INPUT_DEFAULTS[name]) given[name] = value;
  }
  return given;
}

/** The Actions cache is used unless the workflow asks for a local cache only, or none. */
export function usesActionsCache(given: GivenInputs): boolean {
  return given["render-cache"] === undefined || given["render-cache"] === "actions";
}

/**
 * The settings the inputs ask for; the mesh-config and baseline paths are relative to working-directory.
 * `cacheDir`: the runner's default cache folder, used when the workflow names none.
 */
export function rawSettingsOf(given: GivenInputs, cacheDir = ""): RawSettings {
  const mode = given["render-cache"];
  if (mode !== undefined && !["actions", "local", "off"].includes(mode))
    throw new SettingsError(`render-cache must be actions, local or off; got "${mode}"`);
  const root = given["working-directory"] ?? ".";
  const inRoot = (file: string | undefined) => (file ? path.join(root, file) : undefined);
  return {
    root,
    allowlist: given.allowlist,
    manifests: given.manifests,
    sources: given.sources,
    exclude: given.exclude,
    proxies: given.proxies,
    istioVersion: given["istio-version"],
    meshConfig: inRoot(given["mesh-config"]),
    failOn: given["fail-on"],
    comment: given.comment,
    sarifFile: given["sarif-file"],
    gate: given.gate,
    baseline: inRoot(given.baseline),
    render: given.render,
    maxFileBytes: given["max-file-size"],
    scan: given.scan,
    unplaced: given.unplaced,
    cacheDir: mode === "off" ? "off" : (given["cache-dir"] ?? cacheDir),
    format: "json",
  };
}
