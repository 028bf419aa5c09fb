// The bundled CLI answers a mistake like a CLI: one line on stderr that names what is wrong, exit 2, no stack trace
// (exit 1 means findings); and each command has its own help.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, tempDir } from "../github/git-fixture.js";
import { ensureBundle } from "./bundle.js";

const CLI = path.resolve("dist/cli.js");
const SEED = path.resolve("__tests__/fixtures/pr-seed");
let cwd: string;

function cli(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8" });
}

beforeAll(async () => {
  await ensureBundle();
  cwd = tempDir("egress-lint-cli-usage-");
  cpSync(path.join(SEED, "head"), path.join(cwd, "repo"), { recursive: true });
  writeFileSync(path.join(cwd, "a-file.txt"), "not a directory\n");
  mkdirSync(path.join(cwd, "a-dir"));
}, 120_000);
afterAll(() => removeDir(cwd));

function expectUsageError(run: ReturnType<typeof cli>, ...parts: string[]): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(/^egress-lint: [^\n]+\n$/);
  for (const part of parts) expect(run.stderr).toContain(part);
  expect(run.stderr).not.toMatch(/\bat /);
}

describe("a path that is not there, or not what it should be", () => {
  it.each([
    ["a missing directory", ["check", "no-such-dir"], "DIR no-such-dir: no such directory"],
    ["a missing directory, the command left out", ["no-such-dir"], "DIR no-such-dir: no such directory"],
    ["a file given as DIR", ["check", "a-file.txt"], "DIR a-file.txt: not a directory"],
    ["routes on a missing directory", ["routes", "gone", "--proxy", "default/curl"], "DIR gone: no such directory"],
    ["a missing --base-dir", ["check", "repo", "--base-dir", "no-base"], "--base-dir no-base: no such directory"],
    [
      "an --output into a missing folder",
      ["check", "repo", "--output", "no-folder/report.txt"],
      "--output no-folder/report.txt: no directory no-folder to write it in",
    ],
    [
      "a missing --mesh-config",
      ["check", "repo", "--mesh-config", "no-mesh.yaml"],
      "--mesh-config no-mesh.yaml: no such file",
    ],
    ["a directory as --mesh-config", ["check", "repo", "--mesh-config", "a-dir"], "--mesh-config a-dir: not a file"],
    [
      "a missing --baseline",
      ["check", "repo", "--baseline", "no-baseline.yaml"],
      "--baseline no-baseline.yaml: no such file",
    ],
    [
      "a missing --allowlist, looked for in DIR",
      ["check", "repo", "--allowlist", "no-allow.yaml"],
      "--allowlist no-allow.yaml: no such file in repo",
    ],
    [
      "a --write into a missing folder",
      ["suggest", "repo", "--write", "no-folder/se.yaml"],
      "--write no-folder/se.yaml: no directory no-folder to write it in",
    ],
    [
      "a baseline --output into a missing folder",
      ["baseline", "repo", "--output", "no-folder/b.yaml"],
      "--output no-folder/b.yaml: no directory no-folder to write it in",
    ],
  ])("%s: exit 2, one line naming the path", (_name, args, message) => {
    expectUsageError(cli(...args), message);
  });

  it("writes nothing, not even the folder, when --write names a missing one", () => {
    cli("suggest", "repo", "--write", "no-folder/se.yaml");
    expect(existsSync(path.join(cwd, "no-folder"))).toBe(false);
  });
});

describe("a command line with a mistake in it", () => {
  it("names an unknown command and suggests the one it is close to", () => {
    expectUsageError(cli("chek", "repo"), 'unknown command "chek"; did you mean check?');
    expectUsageError(cli("rotues", "--proxy", "default/curl"), 'unknown command "rotues"; did you mean routes?');
  });

  it("still takes an existing directory without a command as check's DIR", () => {
    const run = cli("repo", "--fail-on", "never");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Mesh outbound policy: /);
  });

  it("suggests the option an unknown one is close to", () => {
    expectUsageError(
      cli("check", "repo", "--alowlist", "x.yaml"),
      "unknown option --alowlist; did you mean --allowlist?",
    );
  });

  it("says when an option is missing its value", () => {
    expectUsageError(cli("check", "repo", "--format"), "option --format needs a value: --format FORMAT");
    expectUsageError(cli("check", "repo", "--output", "--format", "json"), "option --output needs a value");
  });

  it("refuses an option the command does not read", () => {
    expectUsageError(cli("check", "repo", "--write", "x.yaml"), "check does not take --write (suggest does)");
  });
});

describe("help", () => {
  it("gives routes its own usage and only its options, with --help, -h and help routes", () => {
    for (const args of [
      ["routes", "--help"],
      ["routes", "-h"],
      ["help", "routes"],
    ]) {
      const run = cli(...args);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Usage: egress-lint routes \[DIR\] --proxy NS\/WORKLOAD/);
      expect(run.stdout).toContain("--clusters");
      expect(run.stdout).not.toContain("--fail-on");
      expect(run.stdout).not.toContain("--allowlist");
    }
  });

  it("lists every command and --version in the general help, and prints the version with -V", () => {
    const help = cli("--help");
    expect(help.status).toBe(0);
    for (const c of ["check", "routes", "suggest", "baseline"]) expect(help.stdout).toContain(`egress-lint ${c} [DIR]`);
    expect(help.stdout).toMatch(/^ {2}-V, --version /m);
    expect(cli("-V").stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
