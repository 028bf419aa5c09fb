// The whole pipeline on a repository written by an attacker (see build-repo.ts): it finishes with a verdict, names
// every broken file once, shows nothing from outside the repository, and renders nothing the attacker wrote as
// markup. Speed on this repository is measured by `npm run bench:hostile`, not here.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCheck, type CheckResult } from "../../src/engine.js";
import { planAnnotations } from "../../src/report/annotations.js";
import { renderComment, renderSummary } from "../../src/report/markdown.js";
import { renderReport } from "../../src/report/render.js";
import { parseSettings } from "../../src/settings.js";
import { ensureBundle } from "../e2e/bundle.js";
import { inputEnv, runnerInputs } from "../helpers/runner-env.js";
import { buildHostileRepo, EVIL_SE_HOSTS, type HostileRepo } from "./build-repo.js";
import { markdownProblems } from "./markdown-safety.js";

const LINKS = {
  pathPrefix: "",
  docsUrl: "https://github.com/egress-lint/egress-lint/blob/v0",
  repositoryUrl: "https://github.com/octo-org/gitops",
  headSha: "0123456789abcdef0123456789abcdef01234567",
  fullReportUrl: "https://github.com/octo-org/gitops/actions/runs/1",
};

let repo: HostileRepo;
let result: CheckResult;

beforeAll(async () => {
  repo = buildHostileRepo();
  result = await runCheck(parseSettings({ root: repo.root }));
  await ensureBundle();
}, 120_000);

afterAll(() => repo?.remove());

function expectNoSecrets(label: string, text: string): void {
  for (const secret of repo.secrets) expect(text.includes(secret), `${label} contains ${secret}`).toBe(false);
}

describe("linting a hostile repository", () => {
  it("ends with a verdict and still reports what the healthy files say", () => {
    expect([0, 1]).toContain(result.exitCode);
    expect(result.report.findings).toContainEqual(
      expect.objectContaining({
        rule: "unregistered-host",
        file: "services/curl/client.py",
        host: "api.unregistered-partner.io",
      }),
    );
    expect(result.report.findings).toContainEqual(
      expect.objectContaining({ rule: "unapproved-egress", file: "café/ñandú.yaml" }),
    );
  });

  it("names every broken file with the rule that explains it, and nothing else about it", () => {
    const broken = new Set(repo.expected.map((e) => e.file));
    const about = result.report.findings.filter((f) => broken.has(f.file) && f.rule !== "unapproved-egress");
    for (const e of repo.expected)
      expect(
        about.some((f) => f.rule === e.rule && f.file === e.file),
        `${e.rule} for ${e.file}`,
      ).toBe(true);
    for (const f of about)
      expect(repo.expected, `${f.rule} ${f.file}: ${f.message}`).toContainEqual({ rule: f.rule, file: f.file });
    // A file can hold an error per token; its findings stay few.
    for (const file of broken) expect(about.filter((f) => f.file === file).length, file).toBeLessThanOrEqual(11);
  });

  it("reports nesting, alias bombs and parse errors at their line", () => {
    const at = (file: string) => result.report.findings.find((f) => f.file === file);
    expect(at("broken/deep-flow-seq.yaml")).toMatchObject({
      line: 1,
      message: expect.stringContaining("nesting deeper than 200 levels"),
    });
    expect(at("broken/deep-indentation.yaml")).toMatchObject({ line: 201 });
    expect(at("broken/alias-bomb.yaml")?.message).toMatch(/alias/i);
    expect(at("broken/malformed.yaml")?.line).toBeGreaterThan(1);
  });

  it("reads nothing outside the repository or in .git, and prints only relative paths", () => {
    for (const format of ["text", "json", "markdown", "sarif"] as const)
      expectNoSecrets(format, renderReport(result.report, format, LINKS));
    expectNoSecrets("comment", renderComment(result.report, LINKS));
    for (const f of result.report.findings)
      expect(path.isAbsolute(f.file) || f.file.startsWith(".."), f.file).toBe(false);
  });

  it("renders the comment and the summary with nothing the repository wrote turned into markup", () => {
    const full = [renderComment(result.report, LINKS), renderSummary(result.report, LINKS)];
    for (const markdown of [...full, renderComment(result.report, LINKS, 6000)])
      expect(markdownProblems(markdown)).toEqual([]);
    // The payloads were there to be escaped: the report does show them.
    for (const markdown of full) expect(markdown).toContain("&lt;img src=x onerror=alert(1)&gt;.example.org");
  });
});

describe("the bundled CLI on a hostile repository", () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [path.resolve("dist/cli.js"), "check", repo.root, ...args], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });

  it("exits 0 or 1 in every format, without a stack trace, and prints nothing from outside", () => {
    for (const format of ["text", "json", "markdown", "sarif"]) {
      const run = cli("--format", format);
      expect([0, 1], `${format}: ${run.stderr}`).toContain(run.status);
      expect(run.stderr).toBe("");
      expectNoSecrets(format, run.stdout);
      if (format === "json" || format === "sarif") expect(() => JSON.parse(run.stdout)).not.toThrow();
      if (format === "markdown") expect(markdownProblems(run.stdout)).toEqual([]);
      // The terminal report, printed into a workflow log, starts no command and forges no line.
      if (format === "text") {
        expect(workflowCommands(run.stdout)).toEqual([]);
        expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/);
        expect(run.stdout).toContain("x.example.org ::error::injected");
      }
    }
  });

  it("turns a malformed allowlist into exit 2 and one line, not a stack trace", () => {
    const run = cli("--allowlist", "broken/deep-block-seq.yaml");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^egress-lint: broken\/deep-block-seq\.yaml:1: .*nesting deeper than 200 levels\n$/);
  });
});

/** The lines the runner would take as workflow commands: `::name ...::` at a line's start, `##[name` anywhere. */
function workflowCommands(stdout: string): string[] {
  return stdout.split(/\r?\n/).filter((l) => l.trimStart().startsWith("::") || l.includes("##["));
}

interface ActionRun {
  status: number | null;
  stdout: string;
  outputs: string;
  summary: string;
  /** What the run left in the runner's temporary directory. */
  temp: string[];
}

/** The bundled action on a push to the hostile repository, with the inputs the runner passes for `with`. */
function runAction(withValues: Record<string, string>): ActionRun {
  const run = mkdtempSync(path.join(os.tmpdir(), "egress-lint-hostile-run-"));
  try {
    // A push has no pull request to comment on: the token is never used.
    const inputs = runnerInputs(withValues, { token: "ghs_unused_push_token" });
    for (const f of ["output", "summary", "event.json"])
      writeFileSync(path.join(run, f), f === "event.json" ? "{}" : "");
    const env = {
      PATH: process.env.PATH ?? "",
      GITHUB_ACTIONS: "true",
      GITHUB_EVENT_NAME: "push",
      GITHUB_EVENT_PATH: path.join(run, "event.json"),
      GITHUB_REPOSITORY: "octo-org/gitops",
      GITHUB_WORKSPACE: repo.root,
      GITHUB_OUTPUT: path.join(run, "output"),
      GITHUB_STEP_SUMMARY: path.join(run, "summary"),
      RUNNER_TEMP: run,
      ...inputEnv(inputs),
    };
    const proc = spawnSync(process.execPath, [path.resolve("dist/index.js")], {
      cwd: repo.root,
      env,
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    return {
      status: proc.status,
      stdout: proc.stdout,
      outputs: readFileSync(path.join(run, "output"), "utf8"),
      summary: readFileSync(path.join(run, "summary"), "utf8"),
      temp: readdirSync(run).sort(),
    };
  } finally {
    rmSync(run, { recursive: true, force: true });
  }
}

const FINDING_ANNOTATION = /^::(error|warning|notice) title=EGR\d{3} [a-z-]+,file=/;

describe("the bundled action on a hostile repository", () => {
  /** The log group of each stage, named by the action alone. */
  const STAGE_GROUP = /^::(group::egress-lint (head|base): [a-z ,]+: \d+\.\d\d s|endgroup::)$/;

  it("emits the annotations GitHub shows, escaped, and no command a repository string made", () => {
    const before = readdirSync(repo.root, { recursive: true }).map(String).sort();
    const run = runAction({});
    expect(run.status).toBe(1);
    const commands = workflowCommands(run.stdout);
    const annotations = commands.filter((l) => FINDING_ANNOTATION.test(l));
    const plan = planAnnotations(result.report, { pathPrefix: "", docsUrl: "" }, { verdict: "the verdict" });
    expect(annotations).toHaveLength(plan.annotations.filter((a) => a.properties).length);
    for (const level of ["error", "warning", "notice"])
      expect(
        commands.filter((l) => l.startsWith(`::${level} `) || l.startsWith(`::${level}::`)).length,
      ).toBeLessThanOrEqual(10);
    // Besides the annotations: the token's mask, the verdict, the count of findings left to the summary, and no
    // command a finding's text could have started.
    expect(commands.filter((l) => !annotations.includes(l) && !STAGE_GROUP.test(l))).toEqual([
      "::add-mask::ghs_unused_push_token",
      expect.stringMatching(/^::error::egress-lint: \d+ errors?, \d+ warnings? at fail-on error$/),
      expect.stringMatching(
        /^::notice::egress-lint: not annotated, .*: \d+ more findings? \(.*\); see the job summary, or the JSON report \(the report-file output\)\.$/,
      ),
    ]);
    expectNoSecrets("action log", run.stdout);
    expectNoSecrets("outputs", run.outputs);
    expectNoSecrets("summary", run.summary);
    expect(markdownProblems(run.summary)).toEqual([]);
    // Nothing is written into the repository; the report file is in the runner's temporary directory.
    expect(readdirSync(repo.root, { recursive: true }).map(String).sort()).toEqual(before);
    expect(run.temp).toEqual(["egress-lint-report.json", "event.json", "output", "summary"]);
  });

  it("escapes the hosts a ServiceEntry writes with a line break in its annotations", () => {
    // Without the broken files, the hostile hosts' findings are among the ten errors annotated.
    const run = runAction({ exclude: "broken/**,links/**" });
    const commands = workflowCommands(run.stdout);
    for (const host of EVIL_SE_HOSTS.filter((h) => h.includes("\n")))
      expect(run.stdout).toContain(host.replace(/\n/g, "%0A"));
    expect(commands.filter((l) => !FINDING_ANNOTATION.test(l) && !STAGE_GROUP.test(l))).toEqual([
      "::add-mask::ghs_unused_push_token",
      expect.stringMatching(/^::error::egress-lint: /),
      ...(commands.some((l) => l.startsWith("::notice::")) ? [expect.stringMatching(/^::notice::egress-lint: /)] : []),
    ]);
  });
});
