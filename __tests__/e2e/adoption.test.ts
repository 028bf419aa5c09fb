// Adopting egress-lint on a repository that already has egress debt, through the bundled CLI: the gate counts only
// what a change introduces, a baseline accepts what is there, and `suggest --write` hands over the ServiceEntries.
import { Ajv } from "ajv";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import type { Finding } from "../../src/findings.js";
import type { Report } from "../../src/report/types.js";
import { commitFiles, gitIn, initRepo, removeDir, tempDir } from "../github/git-fixture.js";
import { ensureBundle } from "./bundle.js";

const CLI = path.resolve("dist/cli.js");
const SEED_BASE = path.resolve("__tests__/fixtures/pr-seed/base");
const CLIENT = "services/curl/client.py";
const SECOND_CALL = `\n\ndef releases() -> None:\n    urllib.request.urlopen("https://api.partner-example.io/v1/releases", timeout=5)\n`;

let repo: string;
let base: string;

function cli(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8" });
}

/** A branch off the base with `change` applied and committed; the repository is left checked out at it. */
function headWith(name: string, change: () => void): void {
  gitIn(repo, "checkout", "--quiet", "-B", name, base);
  change();
  commitFiles(repo, {}, name);
}

function checkJson(...args: string[]): { status: number | null; report: Report } {
  const run = cli(repo, "check", ".", "--base-ref", base, "--format", "json", ...args);
  expect(run.stderr).toBe("");
  return { status: run.status, report: JSON.parse(run.stdout) as Report };
}

const rows = (findings: readonly Finding[], rule = "unregistered-host") =>
  findings.filter((f) => f.rule === rule).map((f) => [f.host, f.file, f.status]);
const edit = (file: string, fn: (text: string) => string) =>
  writeFileSync(path.join(repo, file), fn(readFileSync(path.join(repo, file), "utf8")));

beforeAll(async () => {
  await ensureBundle();
  repo = tempDir("egress-lint-adoption-");
  initRepo(repo);
  // The seed's base: httpbin.org is called and nothing registers it, under REGISTRY_ONLY: debt from before adoption.
  cpSync(SEED_BASE, repo, { recursive: true });
  base = commitFiles(repo, {}, "base with an unregistered host");
}, 120_000);

afterAll(() => removeDir(repo));

describe("the gate on a change", () => {
  it("fails only on the host the change adds, and lists the old one as already there", () => {
    headWith("adds-second", () => edit(CLIENT, (t) => t + SECOND_CALL));
    const { status, report } = checkJson();
    expect(status).toBe(1);
    expect(rows(report.findings)).toEqual([
      ["httpbin.org", CLIENT, "existing"],
      ["api.partner-example.io", CLIENT, "new"],
    ]);
    expect(report.summary.gating).toEqual({ errors: 1, warnings: 0, infos: 0 });
    expect(report.gate).toMatchObject({ mode: "new", compared: true, new: 1, fixed: 0 });
    const validate = new Ajv({ allErrors: true, strict: false }).compile(
      JSON.parse(readFileSync("src/report/report.schema.json", "utf8")),
    );
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const markdown = cli(repo, "check", ".", "--base-ref", base, "--format", "markdown").stdout;
    expect(markdown).toMatch(/^❌ \*\*1 new error, 0 new warnings\*\* · 1 already there/m);
    expect(markdown).toContain("#### Introduced by this pull request (1)");
    expect(markdown).toContain("<details><summary>Already there: 1 finding (not counted by the gate)</summary>");
  });

  it("passes a change that adds no finding, and still lists the old one", () => {
    headWith("adds-none", () => writeFileSync(path.join(repo, "NOTES.md"), "Nothing about egress.\n"));
    const { status, report } = checkJson();
    expect(status).toBe(0);
    expect(rows(report.findings)).toEqual([["httpbin.org", CLIENT, "existing"]]);
    const text = cli(repo, "check", ".", "--base-ref", base).stdout;
    expect(text).toMatch(/^Already there, not counted \(1\):$/m);
    expect(text).toMatch(/unregistered-host +services\/curl\/client\.py:5:\d+ +httpbin\.org:80/);
  });

  it("does not take an old finding for new when its line moves", () => {
    headWith("moved", () =>
      edit(CLIENT, (t) =>
        t.replace("import json\n", "import json\n# The echo API answers with what it was sent.\n\n\n"),
      ),
    );
    const { status, report } = checkJson();
    expect(status).toBe(0);
    expect(report.findings.find((f) => f.rule === "unregistered-host")).toMatchObject({
      host: "httpbin.org",
      line: 8,
      status: "existing",
    });
  });

  it("does not take an old finding for new when its file is renamed", () => {
    headWith("renamed", () => {
      renameSync(path.join(repo, CLIENT), path.join(repo, "services/curl/smoke.py"));
      edit("apps/curl.yaml", (t) => t.replace("/app/client.py", "/app/smoke.py"));
    });
    const { status, report } = checkJson();
    expect(status).toBe(0);
    expect(rows(report.findings)).toEqual([["httpbin.org", "services/curl/smoke.py", "existing"]]);
    expect(report.fixed).toEqual([]);
  });

  it("with gate all fails on what was already there", () => {
    headWith("adds-none", () => writeFileSync(path.join(repo, "NOTES.md"), "Nothing about egress.\n"));
    expect(checkJson("--gate", "all").status).toBe(1);
  });

  it("reports what the change fixed", () => {
    headWith("fixes", () =>
      cpSync(path.resolve("__tests__/fixtures/pr-seed/head/egress"), path.join(repo, "egress"), { recursive: true }),
    );
    const { status, report } = checkJson();
    expect(status).toBe(0);
    expect(rows(report.fixed ?? [])).toEqual([["httpbin.org", CLIENT, undefined]]);
  });
});

describe("scan: changed", () => {
  const OTHER = "services/curl/other.py";
  const otherCall = 'import urllib.request\nurllib.request.urlopen("https://api.unchanged-vendor.io/v1", timeout=5)\n';

  it("judges only the source files the change touched, and says so; the model and tables stay whole", () => {
    headWith("scan-changed", () => {
      writeFileSync(path.join(repo, OTHER), otherCall);
      commitFiles(repo, {}, "an untouched caller");
      edit(CLIENT, (t) => t + SECOND_CALL);
      writeFileSync(
        path.join(repo, "egress-new.yaml"),
        "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: new-api, namespace: default}\nspec:\n  hosts: [api.new-api.io]\n  location: MESH_EXTERNAL\n  resolution: DNS\n  ports: [{number: 443, name: https, protocol: HTTPS}]\n",
      );
    });
    const full = checkJson("--gate", "all");
    expect(rows(full.report.findings).map((r) => r[0])).toEqual(
      expect.arrayContaining(["api.unchanged-vendor.io", "api.partner-example.io"]),
    );
    // client.py, other.py and egress-new.yaml are new or changed since the base commit.
    const changed = checkJson("--gate", "all", "--scan", "changed");
    expect(changed.report.scan).toMatchObject({ scope: "changed", files: 3 });
    expect(rows(changed.report.findings)).toEqual(rows(full.report.findings));
    expect(changed.report.routeTables).toEqual(full.report.routeTables);
    // The base was checked out without the program sources the change left alone: its tables are the same.
    expect(changed.report.routeDiff).toEqual(full.report.routeDiff);
    expect(changed.report.clusterDiff).toEqual(full.report.clusterDiff);
    expect(full.report.clusterDiff?.length).toBeGreaterThan(0);
  });

  it("leaves out files the change did not touch", () => {
    gitIn(repo, "checkout", "--quiet", "scan-changed");
    const tip = gitIn(repo, "rev-parse", "HEAD~1");
    const run = cli(repo, "check", ".", "--base-ref", tip, "--format", "json", "--gate", "all", "--scan", "changed");
    const report = JSON.parse(run.stdout) as Report;
    // client.py and egress-new.yaml; not other.py, committed before the base of this run.
    expect(report.scan).toMatchObject({ scope: "changed", files: 2 });
    expect(rows(report.findings).map((r) => r[0])).not.toContain("api.unchanged-vendor.io");
  });

  it("needs a base ref, since only git knows what changed", () => {
    const run = cli(repo, "check", ".", "--scan", "changed");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--scan changed needs --base-ref");
  });
});

describe("a baseline", () => {
  it("records today's findings sorted, and accepts them under gate all while a new one still fails", () => {
    gitIn(repo, "checkout", "--quiet", "-B", "baseline", base);
    const write = cli(repo, "baseline", ".", "--output", "egress-baseline.yaml");
    expect(write.status).toBe(0);
    expect(write.stderr).toMatch(/recorded 1 finding as 1 baseline entry in egress-baseline\.yaml/);
    const file = parse(readFileSync(path.join(repo, "egress-baseline.yaml"), "utf8")) as {
      findings: { rule: string; file: string; host?: string }[];
    };
    // Approved, called and registered nowhere is one cause: one finding, at the call.
    expect(file.findings.map((e) => [e.file, e.rule, e.host])).toEqual([[CLIENT, "unregistered-host", "httpbin.org"]]);
    commitFiles(repo, {}, "accept today's egress debt");

    const accepted = cli(repo, "check", ".", "--baseline", "egress-baseline.yaml", "--gate", "all", "--format", "json");
    expect(accepted.status).toBe(0);
    const report = JSON.parse(accepted.stdout) as Report;
    expect(rows(report.findings)).toEqual([["httpbin.org", CLIENT, "accepted"]]);
    // The baseline's own host entries are accepted findings, not calls.
    expect(report.hosts.map((h) => h.host)).toEqual(["httpbin.org"]);
    expect(report.baseline).toMatchObject({ file: "egress-baseline.yaml", accepted: 1, stale: [] });

    edit(CLIENT, (t) => t + SECOND_CALL);
    expect(cli(repo, "check", ".", "--baseline", "egress-baseline.yaml", "--gate", "all").status).toBe(1);
    gitIn(repo, "checkout", "--quiet", "--", CLIENT);
  });

  it("reports entries that no longer match, so the file can shrink", () => {
    cpSync(path.resolve("__tests__/fixtures/pr-seed/head/egress"), path.join(repo, "egress"), { recursive: true });
    const run = cli(repo, "check", ".", "--baseline", "egress-baseline.yaml", "--format", "json");
    expect(run.status).toBe(0);
    const stale = (JSON.parse(run.stdout) as Report).baseline!.stale;
    expect(stale.map((e) => [e.rule, e.host, e.matched])).toEqual([["unregistered-host", "httpbin.org", 0]]);
    removeDir(path.join(repo, "egress"));
  });

  it("that is malformed is a usage error naming its file and line", () => {
    writeFileSync(
      path.join(repo, "bad-baseline.yaml"),
      "version: 1\nfindings:\n  - rule: unregistered-host\n    fiel: a.py\n",
    );
    const run = cli(repo, "check", ".", "--baseline", "bad-baseline.yaml");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^egress-lint: bad-baseline\.yaml:3: findings\[0\]\.file: is required$/m);
  });
});

describe("suggest --write, then check", () => {
  const SE_RULES = [
    "invalid-resource",
    "http-on-tls-port",
    "tcp-on-443",
    "wildcard-needs-resolution-none",
    "tcp-port-shared-without-addresses",
    "conflicting-service-entries",
    "ip-in-hosts",
    "double-tls",
    "full-wildcard-host",
  ];

  for (const fixture of ["examples", "__tests__/fixtures/scan/polyglot"]) {
    it(`leaves no unregistered host in ${fixture}, with valid ServiceEntries that trip no ServiceEntry rule`, () => {
      const dir = tempDir("egress-lint-suggest-");
      try {
        cpSync(path.resolve(fixture), dir, { recursive: true });
        const before = JSON.parse(cli(dir, "check", ".", "--format", "json").stdout) as Report;
        const unregistered = new Set(before.findings.filter((f) => f.rule === "unregistered-host").map((f) => f.host));
        expect(unregistered.size).toBeGreaterThan(0);

        const written = "egress/suggested-service-entries.yaml";
        // --write creates no folders: a mistyped one is a usage error, not a new directory.
        mkdirSync(path.join(dir, "egress"), { recursive: true });
        const suggest = cli(dir, "suggest", ".", "--write", written);
        expect(suggest.status).toBe(0);
        expect(suggest.stdout).toMatch(/^# Wrote \d+ ServiceEntr(y|ies)/);
        const docs = parseAllDocuments(readFileSync(path.join(dir, written), "utf8")).map(
          (d) => d.toJS() as { kind: string; spec: { hosts: string[]; addresses?: string[] } },
        );
        expect(docs.every((d) => d.kind === "ServiceEntry")).toBe(true);
        const registered = new Set(docs.flatMap((d) => [...d.spec.hosts, ...(d.spec.addresses ?? [])]));
        expect([...unregistered].filter((h) => !registered.has(h!))).toEqual([]);

        const after = JSON.parse(cli(dir, "check", ".", "--format", "json").stdout) as Report;
        expect(after.findings.filter((f) => f.rule === "unregistered-host")).toEqual([]);
        expect(after.findings.filter((f) => f.file === written && SE_RULES.includes(f.rule))).toEqual([]);
        expect(after.serviceEntries.filter((se) => se.file === written)).toHaveLength(docs.length);
        expect(existsSync(path.join(dir, ".git"))).toBe(false);
      } finally {
        removeDir(dir);
      }
    });
  }

  it("adds to a file it wrote before, keeping what is in it", () => {
    const dir = tempDir("egress-lint-suggest-");
    try {
      cpSync(path.resolve("examples"), dir, { recursive: true });
      const written = "egress/suggested.yaml";
      expect(cli(dir, "suggest", ".", "--write", written).status).toBe(0);
      const first = readFileSync(path.join(dir, written), "utf8").replace(
        "  name: api-github-com\n",
        "  name: api-github-com\n  labels: {team: platform}\n",
      );
      writeFileSync(path.join(dir, written), first);
      writeFileSync(
        path.join(dir, "services/curl/status.py"),
        'STATUS = "https://www.githubstatus.com/api/v2/status.json"\n',
      );
      const again = cli(dir, "suggest", ".", "--write", written);
      expect(again.stdout).toMatch(/^# Added 1 ServiceEntry \(1 host\) to egress\/suggested\.yaml\.$/m);
      const text = readFileSync(path.join(dir, written), "utf8");
      expect(text.startsWith(first)).toBe(true);
      expect(parseAllDocuments(text).map((d) => (d.toJS() as { spec: { hosts: string[] } }).spec.hosts)).toEqual([
        ["api.github.com"],
        ["www.githubstatus.com"],
      ]);
      const after = JSON.parse(cli(dir, "check", ".", "--format", "json").stdout) as Report;
      expect(after.findings.filter((f) => f.rule === "unregistered-host")).toEqual([]);
      expect(cli(dir, "suggest", ".", "--write", written).stdout).toMatch(/^# Nothing to suggest/);
    } finally {
      removeDir(dir);
    }
  });
});
