import { describe, expect, it } from "vitest";
import { ACTION_INPUT_DEFAULTS, type ActionInput, givenInputs, rawSettingsOf } from "../../src/action-inputs.js";
import { parseSettings } from "../../src/settings.js";
import { actionInputSpecs, runnerInputs } from "../helpers/runner-env.js";

const TOKEN = "ghs_job_token";

/** What `core.getInput` reads from the runner's environment for a step `with:` these values. */
const reader = (withValues: Record<string, string>, token = TOKEN) => {
  const inputs = runnerInputs(withValues, { token });
  return (name: ActionInput) => (inputs[name] ?? "").trim();
};
const settingsFor = (read: (name: ActionInput) => string) => parseSettings(rawSettingsOf(givenInputs(read)));

describe("the action's inputs", () => {
  it("knows action.yml's defaults exactly", () => {
    const declared = Object.fromEntries(
      Object.entries(actionInputSpecs()).map(([name, spec]) => [name, String(spec.default)]),
    );
    expect(ACTION_INPUT_DEFAULTS).toEqual(declared);
  });

  it("with the runner's defaults present, gives the settings of a run with no input at all", () => {
    const atDefaults = settingsFor(reader({}));
    expect(atDefaults).toEqual(settingsFor(() => ""));
    expect(atDefaults.allowlistExplicit).toBe(false);
  });

  it.each(Object.entries(ACTION_INPUT_DEFAULTS))("takes %s written at its default as not given", (name, value) => {
    expect(settingsFor(reader({ [name]: value }))).toEqual(settingsFor(() => ""));
  });

  it("keeps renders in the runner's cache folder, one the workflow names, or nowhere", () => {
    const cacheDirOf = (withValues: Record<string, string>) =>
      parseSettings(rawSettingsOf(givenInputs(reader(withValues)), "/home/runner/.cache/egress-lint")).cacheDir;
    expect(cacheDirOf({})).toBe("/home/runner/.cache/egress-lint");
    expect(cacheDirOf({ "render-cache": "local", "cache-dir": "/mnt/renders" })).toBe("/mnt/renders");
    expect(cacheDirOf({ "render-cache": "off" })).toBeUndefined();
    expect(() => cacheDirOf({ "render-cache": "sometimes" })).toThrow(
      'render-cache must be actions, local or off; got "sometimes"',
    );
  });

  it("takes the token the runner evaluates the default to, and no token from an unevaluated default", () => {
    expect(givenInputs(reader({}))["github-token"]).toBe(TOKEN);
    expect(givenInputs(() => ACTION_INPUT_DEFAULTS["github-token"])["github-token"]).toBeUndefined();
  });

  it("marks an allowlist the workflow names at another path as explicit, so a missing file is an error", () => {
    expect(settingsFor(reader({ allowlist: "policy/egress.yaml" }))).toMatchObject({
      allowlist: "policy/egress.yaml",
      allowlistExplicit: true,
    });
  });

  it("reads mesh-config and baseline relative to working-directory, and every named value", () => {
    const s = settingsFor(
      reader({
        "working-directory": "clusters/prod",
        "mesh-config": "mesh.yaml",
        baseline: "egress-baseline.yaml",
        "fail-on": "warning",
        "max-file-size": "1024",
        scan: "changed",
        render: "none",
        gate: "all",
      }),
    );
    expect(s).toMatchObject({
      root: "clusters/prod",
      meshConfig: "clusters/prod/mesh.yaml",
      baseline: "clusters/prod/egress-baseline.yaml",
      failOn: "warning",
      maxFileBytes: 1024,
      scan: "changed",
      render: "none",
      gate: "all",
    });
  });
});
