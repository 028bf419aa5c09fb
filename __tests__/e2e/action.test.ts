// The bundled action, run with `node dist/index.js` the way a runner runs it, on a pull request in a throwaway git
// repository, against a local stand-in for GitHub's REST API.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { parseMarker } from "../../src/github/marker.js";
import { FakeGitHub, GITHUB_ACTIONS_TOKEN } from "../github/fake-github.js";
import { commitFiles, gitIn, initRepo, removeDir, tempDir } from "../github/git-fixture.js";
import { inputEnv, runnerInputs } from "../helpers/runner-env.js";
import { ensureBundle } from "./bundle.js";

const SEED = path.resolve("__tests__/fixtures/pr-seed");
const ACTION = path.resolve("dist/index.js");
const BOT = "github-actions[bot]";

/** The fix: register the host the head's code calls. TLS on 443 adds a cluster, and no route row. */
const API_GITHUB_SE = `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: api-github-com
  namespace: default
spec:
  hosts: [api.github.com]
  exportTo: ["."]
  location: MESH_EXTERNAL
  resolution: DNS
  ports:
    - {number: 443, name: tls, protocol: TLS}
`;

const PARTNER_HOSTS = Array.from(
  { length: 14 },
  (_, i) => `api-${String(i).padStart(2, "0")}.partners.acme-payments.io`,
);
const PARTNERS_PY = `import urllib.request\n\n\ndef ping() -> None:\n${PARTNER_HOSTS.map(
  (h) => `    urllib.request.urlopen("https://${h}/v1/ping")\n`,
).join("")}`;

function treeFiles(dir: string, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(path.join(dir, prefix))) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(path.join(dir, rel)).isDirectory()) Object.assign(out, treeFiles(dir, rel));
    else out[rel] = readFileSync(path.join(dir, rel), "utf8");
  }
  return out;
}

interface RunResult {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  /** The JSON report the report-file output names. */
  report: string;
}

let root: string;
let origin: string;
let gh: FakeGitHub;
const COMMITS = ["base", "head", "fixed", "many", "debt", "partners", "bareBase", "bareHead", "bareFixed"] as const;
const sha = Object.fromEntries(COMMITS.map((c) => [c, ""])) as Record<(typeof COMMITS)[number], string>;

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

/** A fresh shallow checkout of `commit`, as actions/checkout makes one, then the action's run in it. */
async function runAction(opts: {
  pr: number;
  commit: keyof typeof sha;
  /** The pull request's base; the seed's base unless given. */
  base?: keyof typeof sha;
  inputs?: Record<string, unknown>;
}): Promise<RunResult> {
  const run = tempDir("egress-lint-e2e-run-");
  const workspace = path.join(run, "ws");
  gitIn(
    root,
    "clone",
    "--quiet",
    "--depth=1",
    "--no-local",
    "--branch",
    `pr-${opts.commit}`,
    `file://${origin}`,
    workspace,
  );
  const event = path.join(run, "event.json");
  writeFileSync(
    event,
    JSON.stringify({
      action: "synchronize",
      number: opts.pr,
      pull_request: { number: opts.pr, base: { sha: sha[opts.base ?? "base"] }, head: { sha: sha[opts.commit] } },
      repository: { full_name: "octo-org/gitops" },
    }),
  );
  for (const f of ["output", "summary"]) writeFileSync(path.join(run, f), "");
  // Every input with a default is set, as the runner sets it, and the step's `with:` on top.
  const inputs = runnerInputs(opts.inputs ?? {}, { token: GITHUB_ACTIONS_TOKEN });
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? run,
    // The render cache goes where a runner's would, inside this run's folder.
    XDG_CACHE_HOME: path.join(run, "cache"),
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: "octo-org/gitops",
    GITHUB_SHA: sha[opts.commit],
    GITHUB_WORKSPACE: workspace,
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "42",
    GITHUB_OUTPUT: path.join(run, "output"),
    GITHUB_STEP_SUMMARY: path.join(run, "summary"),
    RUNNER_TEMP: run,
    ...inputEnv(inputs),
  };
  const before = gitIn(workspace, "status", "--porcelain", "--untracked-files=all");
  // Asynchronously: the stand-in API answers from this process, so blocking it would deadlock the run.
  const child = await new Promise<{ status: number | null; stdout: string }>((resolve) => {
    const proc = spawn(process.execPath, [ACTION], { cwd: workspace, env });
    let stdout = "";
    proc.stdout.on("data", (chunk) => (stdout += chunk));
    proc.on("close", (status) => resolve({ status, stdout }));
  });
  // The user's checkout is never touched: same HEAD, nothing modified or added.
  expect(gitIn(workspace, "rev-parse", "HEAD")).toBe(sha[opts.commit]);
  expect(gitIn(workspace, "status", "--porcelain", "--untracked-files=all")).toBe(before);
  const outputs = parseOutputs(readFileSync(path.join(run, "output"), "utf8"));
  const report =
    outputs["report-file"] && existsSync(outputs["report-file"]) ? readFileSync(outputs["report-file"], "utf8") : "";
  const result = {
    status: child.status,
    stdout: child.stdout,
    outputs,
    summary: readFileSync(path.join(run, "summary"), "utf8"),
    report,
  };
  removeDir(run);
  return result;
}

const ours = (pr: number) => gh.commentsOn(pr).filter((c) => c.user.login === BOT);
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

beforeAll(async () => {
  await ensureBundle();
  root = tempDir("egress-lint-e2e-");
  origin = path.join(root, "origin");
  initRepo(origin);
  sha.base = commitFiles(origin, treeFiles(path.join(SEED, "base")), "base: REGISTRY_ONLY, no ServiceEntry");
  sha.head = commitFiles(origin, treeFiles(path.join(SEED, "head")), "register httpbin.org; call api.github.com");
  sha.fixed = commitFiles(origin, { "egress/api-github-com.yaml": API_GITHUB_SE }, "register api.github.com");
  const many = Array.from(
    { length: 1500 },
    (_, i) => `    urllib.request.urlopen("https://svc-${i}.partner-api.acme-payments.io/v1/ping")\n`,
  ).join("");
  sha.many = commitFiles(
    origin,
    { "services/curl/many.py": `import urllib.request\n\n\ndef ping() -> None:\n${many}` },
    "call many hosts",
  );
  // A change that adds no egress on top of the base, whose httpbin.org call nothing registers.
  gitIn(origin, "checkout", "--quiet", "-B", "debt", sha.base);
  sha.debt = commitFiles(origin, { "NOTES.md": "Nothing about egress.\n" }, "touch nothing egress-related");
  gitIn(origin, "checkout", "--quiet", "main");
  // Fourteen hosts nothing registers, on top of a head that is otherwise clean.
  gitIn(origin, "checkout", "--quiet", "-B", "partners", sha.fixed);
  sha.partners = commitFiles(origin, { "services/curl/partners.py": PARTNERS_PY }, "call fourteen partner hosts");
  // The seed's pull request on a repository that never had an allowlist file.
  gitIn(origin, "checkout", "--quiet", "-B", "bare", sha.base);
  sha.bareBase = commitFiles(origin, { "egress-allowlist.yaml": null }, "no allowlist");
  const head = treeFiles(path.join(SEED, "head"));
  delete head["egress-allowlist.yaml"];
  sha.bareHead = commitFiles(origin, head, "register httpbin.org; call api.github.com; no allowlist");
  sha.bareFixed = commitFiles(origin, { "egress/api-github-com.yaml": API_GITHUB_SE }, "register api.github.com");
  gitIn(origin, "checkout", "--quiet", "main");
  for (const name of COMMITS) gitIn(origin, "branch", "--force", `pr-${name}`, sha[name]);

  gh = await new FakeGitHub().start();
  for (let i = 0; i < 120; i++) gh.addComment(1, "someone", `review comment ${i}`);
  gh.addComment(1, "mallory", `<!-- egress-lint:comment id=. head=${sha.head} -->\nnot the bot's comment`);
}, 120_000);

afterAll(async () => {
  await gh?.close();
  if (root) removeDir(root);
});

describe("the action on a pull request", () => {
  it("comments once, edits that comment on the next push, and gates on errors", async () => {
    gh.pulls.set(1, { head: sha.head, base: sha.base });
    const first = await runAction({ pr: 1, commit: "head" });
    expect(first.status).toBe(1);
    const line = lineOf(readFileSync(path.join(SEED, "head/services/curl/client.py"), "utf8"), "api.github.com");
    expect(first.stdout).toMatch(
      new RegExp(
        `^::error title=EGR020 unregistered-host,file=services/curl/client\\.py,line=${line},col=\\d+::api\\.github\\.com:443`,
        "m",
      ),
    );
    expect(first.outputs).toMatchObject({ "routes-changed": "true", "unregistered-hosts": '["api.github.com"]' });
    expect(Number(first.outputs.errors)).toBeGreaterThanOrEqual(1);
    expect(ours(1)).toHaveLength(1);
    const comment = ours(1)[0]!;
    expect(first.outputs["comment-url"]).toBe(comment.html_url);
    expect(parseMarker(comment.body)).toEqual({ id: ".", headSha: sha.head });
    expect(comment.body).toMatch(/^\+ 80 +httpbin\.org:80 +httpbin\.org/m);
    // The first lines name the commits compared, the refused host and the route row the change adds.
    const firstLines = comment.body.split("\n").slice(0, 12).join("\n");
    expect(firstLines).toContain(`- Compares head \`${sha.head.slice(0, 7)}\` with base \`${sha.base.slice(0, 7)}\``);
    expect(firstLines).toContain("- Refused for `default/curl`: `api.github.com:443`");
    expect(firstLines).toContain("- Route rows: `+ httpbin.org:80` on 1 workload");
    expect(comment.body).toContain(
      `(https://github.com/octo-org/gitops/blob/${sha.head}/services/curl/client.py#L${line})`,
    );
    expect(first.summary).toContain("## egress-lint");
    expect(first.report).toContain('"routeDiff"');
    expect(first.report).not.toContain(root);

    gh.pulls.set(1, { head: sha.fixed, base: sha.base });
    const second = await runAction({ pr: 1, commit: "fixed" });
    expect(second.status).toBe(0);
    expect(second.stdout).not.toMatch(/^::error/m);
    expect(ours(1)).toHaveLength(1);
    expect(ours(1)[0]!.id).toBe(comment.id);
    expect(parseMarker(ours(1)[0]!.body)?.headSha).toBe(sha.fixed);
    // TLS egress has no route row: the change shows as a cluster.
    expect(ours(1)[0]!.body).toMatch(/^\+ api\.github\.com +443 +- +outbound +STRICT_DNS/m);
    expect(gh.requests.filter((r) => r.method === "POST")).toHaveLength(1);
    expect(gh.requests.every((r) => r.authorized)).toBe(true);
  });

  it("leaves another user's comment with a copied marker untouched", () => {
    const mallory = gh.commentsOn(1).filter((c) => c.user.login === "mallory");
    expect(mallory).toHaveLength(1);
    expect(mallory[0]!.body).toBe(`<!-- egress-lint:comment id=. head=${sha.head} -->\nnot the bot's comment`);
  });

  it("does not let a late run for an older commit overwrite the newer result", async () => {
    gh.requests = [];
    const late = await runAction({ pr: 1, commit: "head" });
    expect(late.status).toBe(1);
    expect(gh.requests.filter((r) => r.method === "PATCH" || r.method === "POST")).toEqual([]);
    expect(parseMarker(ours(1)[0]!.body)?.headSha).toBe(sha.fixed);
  });

  it("keeps a large report under GitHub's comment limit", async () => {
    gh.pulls.set(3, { head: sha.many, base: sha.base });
    const big = await runAction({ pr: 3, commit: "many" });
    expect(big.status).toBe(1);
    expect(big.stdout).not.toMatch(/could not post/);
    const body = ours(3)[0]!.body;
    expect([...body].length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(
      /more findings not shown: the full report is in the job summary of \[this run\]\(https:\/\/github\.com\/octo-org\/gitops\/actions\/runs\/42\)/,
    );
  });
});

describe("the action on a fork's pull request", () => {
  it("turns a refused comment into a warning that names the permission, and still gates", async () => {
    gh.readOnly = true;
    try {
      gh.pulls.set(2, { head: sha.head, base: sha.base });
      const failing = await runAction({ pr: 2, commit: "head" });
      expect(failing.status).toBe(1);
      expect(failing.stdout).toMatch(
        /^::warning::egress-lint could not post its pull-request comment .*HTTP 403.*pull-requests: write/m,
      );
      expect(failing.stdout).toMatch(/^::error title=EGR020/m);
      expect(failing.stdout).not.toContain("internal error");
      expect(failing.summary).toContain("## egress-lint");

      gh.pulls.set(2, { head: sha.fixed, base: sha.base });
      const passing = await runAction({ pr: 2, commit: "fixed", inputs: { comment: "always" } });
      expect(passing.stdout).toMatch(/^::warning::egress-lint could not post its pull-request comment/m);
      expect(passing.status).toBe(0);
      expect(gh.commentsOn(2)).toEqual([]);
    } finally {
      gh.readOnly = false;
    }
  });
});

describe("the action on a repository with egress debt", () => {
  it("passes a pull request that adds none, shows the old findings as notices, and fails with gate all", async () => {
    gh.pulls.set(4, { head: sha.debt, base: sha.base });
    const run = await runAction({ pr: 4, commit: "debt", inputs: { comment: "never" } });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.stdout).toMatch(
      /^::notice title=EGR020 unregistered-host \(already there\),file=services\/curl\/client\.py,line=5,/m,
    );
    expect(Number(run.outputs.errors)).toBe(1);
    expect(JSON.parse(run.report).gate).toMatchObject({ mode: "new", compared: true, new: 0, existing: 1 });

    const all = await runAction({ pr: 4, commit: "debt", inputs: { comment: "never", gate: "all" } });
    expect(all.status).toBe(1);
    expect(all.stdout).toMatch(
      /^::error title=EGR020 unregistered-host \(already there\),file=services\/curl\/client\.py,line=5,/m,
    );
  });

  it("with scan: changed judges only the files the pull request touched", async () => {
    gh.pulls.set(4, { head: sha.debt, base: sha.base });
    const run = await runAction({ pr: 4, commit: "debt", inputs: { comment: "never", gate: "all", scan: "changed" } });
    const report = JSON.parse(run.report) as { scan: unknown; findings: { rule: string }[]; routeDiff: unknown[] };
    // NOTES.md is the whole change and is no source: the old client.py call is not scanned, so nothing gates.
    expect(report.scan).toMatchObject({ scope: "changed", files: 0 });
    expect(report.findings.filter((f) => f.rule === "unregistered-host")).toEqual([]);
    expect(report.routeDiff).toEqual([]);
    expect(run.status).toBe(0);
  });
});

/** The workflow the README tells a new user to copy: its trigger, and the `with:` of the egress-lint step. */
function readmeWorkflow(): { on: unknown; with: Record<string, unknown> } {
  const readme = readFileSync("README.md", "utf8");
  const block = /<!-- workflow:start -->\s*```yaml\n([\s\S]*?)```\s*<!-- workflow:end -->/.exec(readme);
  if (!block) throw new Error("README.md has no workflow between <!-- workflow:start --> and <!-- workflow:end -->");
  const workflow = parseYaml(block[1]!) as {
    on: unknown;
    jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
  const step = steps.find((s) => s.uses?.startsWith("egress-lint/egress-lint@"));
  if (!step) throw new Error("the README's workflow has no egress-lint step");
  return { on: workflow.on, with: step.with ?? {} };
}

describe("the README's workflow on a repository with no allowlist file", () => {
  it("comments, writes the summary and the outputs, and fails only on findings", async () => {
    const workflow = readmeWorkflow();
    expect(workflow.on).toBe("pull_request");

    gh.pulls.set(5, { head: sha.bareHead, base: sha.bareBase });
    const failing = await runAction({ pr: 5, commit: "bareHead", base: "bareBase", inputs: workflow.with });
    expect(failing.stdout).not.toMatch(/no such file|internal error/);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toMatch(/^::error::egress-lint: 1 new error, 0 new warnings at fail-on error$/m);
    expect(failing.stdout).toMatch(/^::error title=EGR020 unregistered-host,file=services\/curl\/client\.py,/m);
    expect(failing.outputs).toMatchObject({ errors: "1", warnings: "0", "unregistered-hosts": '["api.github.com"]' });
    expect(failing.outputs["comment-url"]).toBe(ours(5)[0]!.html_url);
    expect(ours(5)[0]!.body).toContain("api.github.com");
    expect(failing.summary).toContain("## egress-lint");
    expect(JSON.parse(failing.report).findings).toEqual([
      expect.objectContaining({ rule: "unregistered-host", host: "api.github.com", status: "new" }),
    ]);

    gh.pulls.set(5, { head: sha.bareFixed, base: sha.bareBase });
    const clean = await runAction({ pr: 5, commit: "bareFixed", base: "bareBase", inputs: workflow.with });
    expect(clean.status).toBe(0);
    expect(clean.stdout).not.toMatch(/^::(error|warning)/m);
    expect(clean.outputs).toMatchObject({ errors: "0", warnings: "0", "unregistered-hosts": "[]" });
    expect(ours(5)).toHaveLength(1);
    expect(clean.outputs["comment-url"]).toBe(ours(5)[0]!.html_url);
    expect(parseMarker(ours(5)[0]!.body)?.headSha).toBe(sha.bareFixed);
    expect(clean.summary).toContain("## egress-lint");
  });

  it("still fails when the workflow names an allowlist file that is not there", async () => {
    gh.pulls.set(6, { head: sha.bareFixed, base: sha.bareBase });
    const run = await runAction({
      pr: 6,
      commit: "bareFixed",
      base: "bareBase",
      inputs: { ...readmeWorkflow().with, allowlist: "policy/egress-allowlist.yaml" },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::egress-lint: allowlist policy\/egress-allowlist\.yaml: no such file$/m);
  });
});

describe("the action on a pull request that calls fourteen unregistered hosts", () => {
  it("annotates the verdict first and nine of the errors, and points to the job summary for the rest", async () => {
    gh.pulls.set(7, { head: sha.partners, base: sha.base });
    const run = await runAction({ pr: 7, commit: "partners", inputs: { comment: "never" } });
    expect(run.status).toBe(1);
    const errors = run.stdout.split("\n").filter((l) => l.startsWith("::error"));
    expect(errors).toHaveLength(10);
    expect(errors[0]).toBe("::error::egress-lint: 14 new errors, 0 new warnings at fail-on error");
    for (const line of errors.slice(1))
      expect(line).toMatch(/^::error title=EGR020 unregistered-host,file=services\/curl\/partners\.py,line=\d+,/);
    expect(run.stdout).toMatch(
      /^::notice::egress-lint: not annotated, .*: 5 more findings \(5 errors, 0 warnings, 0 info\); see the job summary, or the JSON report \(the report-file output\)\.$/m,
    );
    expect(run.stdout.split("\n").filter((l) => l.startsWith("::notice"))).toHaveLength(1);
    for (const host of PARTNER_HOSTS) expect(run.summary).toContain(host);
    expect(Number(run.outputs.errors)).toBe(14);
  });
});
