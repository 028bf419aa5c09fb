import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { VERSION } from "../../src/version.js";

const action = parse(readFileSync("action.yml", "utf8"));
const pkg = JSON.parse(readFileSync("package.json", "utf8"));

describe("the action's contract", () => {
  it("runs the committed bundle on node24", () => {
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
  });

  it("declares every input and output of the design, each with a description", () => {
    expect(Object.keys(action.inputs).sort()).toEqual(
      [
        "allowlist",
        "baseline",
        "comment",
        "exclude",
        "fail-on",
        "gate",
        "github-token",
        "istio-version",
        "manifests",
        "max-file-size",
        "mesh-config",
        "proxies",
        "render",
        "render-cache",
        "cache-dir",
        "sarif-file",
        "scan",
        "sources",
        "unplaced",
        "working-directory",
      ].sort(),
    );
    expect(Object.keys(action.outputs).sort()).toEqual([
      "comment-url",
      "errors",
      "report-file",
      "routes-changed",
      "unregistered-hosts",
      "warnings",
    ]);
    for (const [name, input] of Object.entries<{ description?: string; default?: unknown }>(action.inputs)) {
      expect(input.description, name).toBeTruthy();
      expect(input.default, name).not.toBeUndefined();
    }
    for (const [name, output] of Object.entries<{ description?: string }>(action.outputs))
      expect(output.description, name).toBeTruthy();
    expect(action.inputs["fail-on"].default).toBe("error");
    expect(action.inputs.comment.default).toBe("on-change");
  });

  it("has the README's inputs and outputs tables generated from action.yml", async () => {
    // @ts-expect-error -- a plain .mjs script without types
    const { withTable } = await import("../../scripts/action-docs.mjs");
    const readme = readFileSync("README.md", "utf8");
    expect(withTable(readme)).toBe(readme);
  });

  it("reports the package's version and ships the CLI as the egress-lint bin", () => {
    expect(VERSION).toBe(pkg.version);
    expect(pkg.bin).toEqual({ "egress-lint": "dist/cli.js" });
    expect(pkg.scripts.test).toBe("vitest run");
  });
});
