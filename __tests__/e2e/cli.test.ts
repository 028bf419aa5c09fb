// The bundled CLI's pull-request features: --base-ref from git, and the markdown and SARIF formats.
import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitFiles, gitIn, initRepo, removeDir, tempDir } from "../github/git-fixture.js";
import { ensureBundle } from "./bundle.js";

const SEED = path.resolve("__tests__/fixtures/pr-seed");
const CLI = path.resolve("dist/cli.js");
let repo: string;
let base: string;

function cli(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: repo, encoding: "utf8" });
}

/** With its own temporary folder: other test files run the CLI against bases at the same time. */
function cliWithTemp(temp: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, TMPDIR: temp },
  });
}

beforeAll(async () => {
  await ensureBundle();
  repo = tempDir("egress-lint-cli-");
  initRepo(repo);
  cpSync(path.join(SEED, "base"), path.join(repo, "gitops"), { recursive: true });
  base = commitFiles(repo, {}, "base");
  cpSync(path.join(SEED, "head"), path.join(repo, "gitops"), { recursive: true });
  commitFiles(repo, {}, "head");
});
afterAll(() => removeDir(repo));

describe("egress-lint check --base-dir", () => {
  it("prints the route and cluster table diff in the text report", () => {
    const run = cli("check", "gitops", "--base-dir", path.join(SEED, "base"));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Route table changes against the base \(1 workload\):\n {2}default\/curl: 1 added$/m);
    expect(run.stdout).toMatch(/^ {6}NAME +VHOST NAME +DOMAINS +MATCH +VIRTUAL SERVICE$/m);
    expect(run.stdout).toMatch(/^ {4}\+ 80 +httpbin\.org:80 +httpbin\.org, httpbin\.org\. +\/\*$/m);
    expect(run.stdout).toMatch(
      /^Cluster table changes against the base \(1 workload\):\n.*\n.*\n {4}\+ httpbin\.org +80 /m,
    );
  });

  it("says so when no table changed", () => {
    const run = cli("check", "gitops", "--base-dir", path.join(SEED, "head"), "--fail-on", "never");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("\nRoute and cluster tables: no changes against the base\n");
  });
});

describe("egress-lint routes against a base", () => {
  it("prints how the proxy's route table changed, from a base directory or a commit", () => {
    const expected = /^Route table of default\/curl against the base: 1 added\n {2}NAME .*\n\+ 80 +httpbin\.org:80 /;
    const fromDir = cli("routes", "gitops", "--proxy", "default/curl", "--base-dir", path.join(SEED, "base"));
    expect(fromDir.status).toBe(0);
    expect(fromDir.stdout).toMatch(expected);
    const fromRef = cli("routes", "gitops", "--proxy", "default/curl", "--base-ref", base);
    expect(fromRef.status).toBe(0);
    expect(fromRef.stdout).toBe(fromDir.stdout);
    expect(gitIn(repo, "status", "--porcelain")).toBe("");
  });

  it("reads --mesh-config, which decides what the sidecar does with unregistered hosts", () => {
    const meshConfig = path.join(repo, "..", `${path.basename(repo)}-allow-any.yaml`);
    writeFileSync(meshConfig, "outboundTrafficPolicy:\n  mode: ALLOW_ANY\n");
    try {
      const registryOnly = cli("routes", "gitops", "--proxy", "default/curl");
      const allowAny = cli("routes", "gitops", "--proxy", "default/curl", "--mesh-config", meshConfig);
      expect(registryOnly.stdout).toMatch(/ block_all /);
      expect(allowAny.status).toBe(0);
      expect(allowAny.stdout).not.toMatch(/ block_all /);
    } finally {
      rmSync(meshConfig, { force: true });
    }
  });
});

describe("egress-lint check --base-ref", () => {
  it("diffs the tables against a commit read from git, in a directory inside the repository", () => {
    const temp = tempDir("egress-lint-cli-temp-");
    const leftovers = () => readdirSync(temp);
    const run = cliWithTemp(temp, "check", "gitops", "--base-ref", base, "--format", "markdown");
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^\+ 80 +httpbin\.org:80 +httpbin\.org/m);
    expect(run.stdout).toContain("`gitops/services/curl/client.py:11`");
    expect(gitIn(repo, "status", "--porcelain")).toBe("");
    expect(leftovers()).toEqual([]);
    removeDir(temp);
  });

  it("accepts any revision git does, and fails with a usage error for one it does not know", () => {
    expect(cli("check", "gitops", "--base-ref", "HEAD~1", "--format", "json").stdout).toContain('"routeDiff"');
    const bad = cli("check", "gitops", "--base-ref", "no-such-branch");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^egress-lint: --base-ref no-such-branch: .*no-such-branch/);
  });

  it("prints the table diff in the text report too", () => {
    const run = cli("check", "gitops", "--base-ref", base);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Route table changes against the base \(1 workload\):\n {2}default\/curl: 1 added$/m);
    expect(run.stdout).toMatch(/^ {4}\+ 80 +httpbin\.org:80 +httpbin\.org/m);
  });

  it("writes SARIF with paths from the repository root", () => {
    const run = cli("check", "gitops", "--format", "sarif");
    const log = JSON.parse(run.stdout) as {
      runs: {
        results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }[];
    };
    const uris = log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toContain("gitops/services/curl/client.py");
  });
});
