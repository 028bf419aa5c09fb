// The action adapter: inputs -> Settings -> engine (head, and the base on pull requests) -> publish: outputs, report
// file, SARIF, job summary, sticky comment, annotations, gate.
import * as core from "@actions/core";
import path from "node:path";
import os from "node:os";
import { givenInputs, rawSettingsOf, usesActionsCache } from "./action-inputs.js";
import { restoreRenders, saveRenders } from "./github/actions-cache.js";
import { defaultCacheDir, pruneStale } from "./render/cache.js";
import { cacheWriteLine, renderLogLines, type SideRenderStats } from "./render/render-stats.js";
import { runCheck, type CheckResult, type StageListener } from "./engine.js";
import { stageClock, stageLine, type StageTime } from "./stage-clock.js";
import { writeReportFile } from "./write-report.js";
import { checkoutBase, repositoryPrefix, type BaseTree } from "./github/base-tree.js";
import { createGitHubApi, GitHubApiError } from "./github/client.js";
import { GitError } from "./github/git.js";
import { repositoryOf } from "./github/repository.js";
import { readRunContext, type RunContext } from "./github/context.js";
import { markerId } from "./github/marker.js";
import { realTime } from "./github/retry.js";
import { upsertStickyComment } from "./github/sticky-comment.js";
import { gateVerdict, planAnnotations } from "./report/annotations.js";
import { renderJson } from "./report/json.js";
import { plainLine } from "./report/plain.js";
import type { ReportLinks } from "./report/links.js";
import { hasNews, renderComment, renderSummary } from "./report/markdown.js";
import { renderSarif } from "./report/sarif.js";
import type { Report } from "./report/types.js";
import { parseSettings, SettingsError, type Settings } from "./settings.js";

/**
 * The run's own warnings, held until the annotations are written: they share GitHub's ten warnings a step with the
 * findings, and the gate's verdict goes before them all.
 */
type Warnings = string[];

function baseUnreadable(sha: string, err: unknown): string {
  return `egress-lint could not read the base commit ${sha.slice(0, 7)}, so route tables are not compared and every finding counts as new: ${(err as Error).message}`;
}

/** On a pull request, the base commit's files; a base that cannot be read costs only the table diffs. */
async function readBase(settings: Settings, ctx: RunContext, warnings: Warnings): Promise<BaseTree | undefined> {
  const pr = ctx.pullRequest;
  if (!pr) return undefined;
  try {
    return await checkoutBase(settings.root, pr.baseSha, {
      fetch: true,
      tempRoot: ctx.tempDir,
      keep: [settings.allowlist],
    });
  } catch (err) {
    warnings.push(baseUnreadable(pr.baseSha, err));
    return undefined;
  }
}

/** The check, and the removal of the base's temporary files, which goes on while the results are published. */
async function check(
  settings: Settings,
  ctx: RunContext,
  warnings: Warnings,
  stages: StageListener,
): Promise<{ result: CheckResult; removal: Promise<void> }> {
  if (settings.scan === "changed" && !ctx.pullRequest)
    core.info("scan: changed narrows the scan on pull requests only; this run scans every source file.");
  const base = await readBase(settings, ctx, warnings);
  let result: CheckResult;
  try {
    result = await runCheck(settings, base, stages);
  } catch (err) {
    // Writing the base's files can still fail while the head is linted: then lint without it, as above.
    await base?.remove();
    if (!(err instanceof GitError) || !base) throw err;
    warnings.push(baseUnreadable(base.sha, err));
    return { result: await runCheck(settings, undefined, stages), removal: Promise.resolve() };
  }
  const removal = base ? base.remove() : Promise.resolve();
  removal.catch(() => undefined); // awaited once the results are out
  return { result, removal };
}

/**
 * One log group per stage with its time; the render stage's holds what rendering did (built, from the cache, the
 * slowest, what fell back). None of it is in the report, which is the same whatever the cache held.
 */
function logStages(times: readonly StageTime[], renders: readonly SideRenderStats[]): void {
  for (const t of times) {
    core.startGroup(`egress-lint ${stageLine(t).slice("stage ".length)}`);
    const stats = t.stage === "render" ? renders.find((r) => r.side === t.side) : undefined;
    for (const line of stats ? renderLogLines(stats) : []) core.info(plainLine(line));
    core.endGroup();
  }
}

function setOutputs(report: Report, reportFile: string): void {
  const unregistered = [...new Set(report.hosts.filter((h) => !h.registered).map((h) => h.host))].sort();
  core.setOutput("errors", report.summary.errors);
  core.setOutput("warnings", report.summary.warnings);
  core.setOutput("unregistered-hosts", JSON.stringify(unregistered));
  core.setOutput("routes-changed", String(Boolean(report.routeDiff?.length || report.clusterDiff?.length)));
  core.setOutput("report-file", reportFile);
}

/** A comment that cannot be posted is a warning: the summary, annotations and gate carry the result anyway. */
async function comment(
  token: string,
  settings: Settings,
  ctx: RunContext,
  report: Report,
  links: ReportLinks,
  warnings: Warnings,
): Promise<void> {
  const pr = ctx.pullRequest;
  if (!pr || settings.comment === "never") return;
  if (!token) {
    warnings.push("egress-lint has no github-token, so it cannot comment on the pull request.");
    return;
  }
  try {
    const onRetry = (f: { status?: number }, ms: number) =>
      core.info(`GitHub answered ${f.status ?? "nothing"}; trying again in ${Math.ceil(ms / 1000)}s`);
    const api = createGitHubApi({ token, baseUrl: ctx.apiUrl, hooks: { ...realTime, onRetry } });
    const marker = { id: markerId(settings.root), headSha: pr.headSha };
    const outcome = await upsertStickyComment(api, {
      pr: pr.pr,
      marker,
      body: renderComment(report, links),
      mode: settings.comment,
      hasNews: hasNews(report),
    });
    if (outcome.action === "skipped") return core.info(`No pull-request comment: ${outcome.reason}.`);
    core.info(`Pull-request comment ${outcome.action}: ${outcome.url}`);
    core.setOutput("comment-url", outcome.url);
  } catch (err) {
    const status = err instanceof GitHubApiError ? err.status : undefined;
    const hint =
      status === 403 || status === 404
        ? " Grant the job `permissions: pull-requests: write`. Pull requests from forks get a read-only token: see docs/pull-requests.md for the two-workflow setup."
        : "";
    warnings.push(
      `egress-lint could not post its pull-request comment (${(err as Error).message}).${hint} The job summary, annotations and check are unaffected.`,
    );
  }
}

export async function run(): Promise<void> {
  try {
    const given = givenInputs((name) => core.getInput(name));
    const token = given["github-token"] ?? "";
    if (token) core.setSecret(token);
    const parsed = parseSettings(rawSettingsOf(given, defaultCacheDir(process.env, os.homedir())));
    // The runner names the repository; workflows build images after it (`ghcr.io/${{ github.repository }}`).
    const repository = await repositoryOf(path.resolve(parsed.root), process.env);
    const settings: Settings = repository ? { ...parsed, repository } : parsed;
    const ctx = await readRunContext(process.env);
    const warnings: Warnings = [];
    const shared = usesActionsCache(given) && settings.cacheDir && process.env.GITHUB_REPOSITORY;
    const restored = shared ? await restoreRenders(settings.cacheDir!, process.env.GITHUB_REPOSITORY!) : undefined;
    const clock = stageClock(() => performance.now());
    const { result, removal } = await check(settings, ctx, warnings, clock.listener);
    logStages(clock.times, result.renders);
    for (const line of cacheWriteLine(settings.cacheDir, result.renderCache.writeError)) core.info(plainLine(line));
    // A folder the Actions cache carries is pruned to this run's renders when saved; one kept on the runner (a
    // self-hosted runner's disk) loses what no run has used for a month.
    const saved = shared
      ? saveRenders(settings.cacheDir!, process.env.GITHUB_REPOSITORY!, result.renderCache.used, restored)
      : settings.cacheDir
        ? pruneStale(settings.cacheDir, new Date())
        : Promise.resolve();
    const report = result.report;
    const root = path.resolve(settings.root);
    const pathPrefix = (await repositoryPrefix(root)) ?? path.relative(ctx.workspace, root).split(path.sep).join("/");
    const links: ReportLinks = {
      pathPrefix,
      docsUrl: ctx.docsUrl,
      ...(ctx.repositoryUrl ? { repositoryUrl: ctx.repositoryUrl } : {}),
      ...(ctx.headSha ? { headSha: ctx.headSha } : {}),
      ...(ctx.pullRequest && report.routeDiff !== undefined ? { baseSha: ctx.pullRequest.baseSha } : {}),
      ...(ctx.runUrl ? { fullReportUrl: ctx.runUrl } : {}),
    };

    const id = markerId(settings.root);
    const reportFile = path.join(
      ctx.tempDir,
      id === "." ? "egress-lint-report.json" : `egress-lint-report-${id.replace(/\//g, "_")}.json`,
    );
    writeReportFile(reportFile, renderJson(report));
    setOutputs(report, reportFile);
    if (settings.sarifFile) writeReportFile(settings.sarifFile, renderSarif(report, links));
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderSummary(report, links)).write();
    await comment(token, settings, ctx, report, links, warnings);
    const failed = result.exitCode !== 0;
    const plan = planAnnotations(report, links, {
      ...(failed ? { verdict: gateVerdict(report, settings.failOn) } : {}),
      warnings,
    });
    const emit = { error: core.error, warning: core.warning, notice: core.notice };
    for (const a of plan.annotations) emit[a.level](a.message, a.properties);
    // The verdict is already the first annotation: setFailed would write it again, last.
    if (failed) process.exitCode = core.ExitCode.Failure;
    await Promise.all([removal, saved]);
  } catch (err) {
    if (err instanceof SettingsError) core.setFailed(`egress-lint: ${err.message}`);
    else
      core.setFailed(
        `egress-lint: internal error: ${(err as Error).message}. Please report it with the workflow run's log.`,
      );
  }
}
