// The CLI adapter (bin `egress-lint`): flags -> Settings -> engine -> print. The only CLI code that touches the process.
import { existsSync, statSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readBaselineFile, readPreviousBaseline } from "./baseline/read.js";
import { baselineEntries, renderBaseline } from "./baseline/write.js";
import { plural } from "./report/plural.js";
import { routeModels, routeOptionsOf, runCheck, type BaseInput } from "./engine.js";
import { checkoutBase, repositoryPrefix, type BaseTree } from "./github/base-tree.js";
import { GitError } from "./github/git.js";
import { repositoryOf } from "./github/repository.js";
import { parseCommandLine, type OptionValues } from "./cli/parse-args.js";
import { pathProblem, type PathCheck, type PathKind } from "./cli/path-checks.js";
import { commandUsage, generalUsage } from "./cli/usage.js";
import { routesDiff } from "./cli/routes-diff.js";
import { renderExplain } from "./report/explain.js";
import { plainLine } from "./report/plain.js";
import { PLAIN_LINKS, renderReport } from "./report/render.js";
import { routesCommand } from "./routes/index.js";
import { parseSettings, SettingsError, type RawSettings, type Settings } from "./settings.js";
import { renderSuggestions, serviceEntryFile } from "./suggest/index.js";
import { stageClock, stageLine } from "./stage-clock.js";
import { writeReportFile } from "./write-report.js";
import { VERSION } from "./version.js";
import { defaultCacheDir, pruneStale } from "./render/cache.js";
import { cacheWriteLine, renderLogLines, type SideRenderStats } from "./render/render-stats.js";

type Values = OptionValues;

function text(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
}

function rawSettings(values: Values, dir: string | undefined): RawSettings {
  return {
    root: dir ?? ".",
    allowlist: text(values, "allowlist"),
    manifests: text(values, "manifests"),
    sources: text(values, "sources"),
    exclude: text(values, "exclude"),
    proxies: values.proxy as string[] | undefined,
    baseRef: text(values, "base-ref"),
    baseDir: text(values, "base-dir"),
    istioVersion: text(values, "istio-version"),
    meshConfig: text(values, "mesh-config"),
    format: text(values, "format"),
    output: text(values, "output"),
    failOn: text(values, "fail-on"),
    maxFileBytes: text(values, "max-file-size"),
    defaultNamespace: text(values, "default-namespace"),
    render: text(values, "render"),
    gate: text(values, "gate"),
    baseline: text(values, "baseline"),
    namespace: text(values, "namespace"),
    scan: text(values, "scan"),
    unplaced: text(values, "unplaced"),
    jobs: text(values, "jobs"),
    cacheDir: text(values, "cache-dir") ?? defaultCacheDir(process.env, os.homedir()),
  };
}

function kindOf(p: string): PathKind {
  try {
    const stat = statSync(p);
    return stat.isFile() ? "file" : stat.isDirectory() ? "directory" : "other";
  } catch {
    return "missing";
  }
}

/** Every path the command line names, in the order a reader would check them. */
function pathChecks(settings: Settings, dir: string | undefined, write: string | undefined): PathCheck[] {
  const checks: PathCheck[] = [{ flag: "DIR", path: dir ?? ".", want: "directory" }];
  if (settings.baseDir) checks.push({ flag: "--base-dir", path: settings.baseDir, want: "directory" });
  if (settings.allowlistExplicit)
    checks.push({ flag: "--allowlist", path: settings.allowlist, want: "file", within: settings.root });
  if (settings.meshConfig) checks.push({ flag: "--mesh-config", path: settings.meshConfig, want: "file" });
  if (settings.baseline)
    checks.push({
      flag: "--baseline",
      path: settings.baseline,
      want: "file",
      hint: `write one with \`egress-lint baseline DIR --output ${settings.baseline}\``,
    });
  if (settings.output) checks.push({ flag: "--output", path: settings.output, want: "parent" });
  if (write) checks.push({ flag: "--write", path: write, want: "parent" });
  return checks;
}

async function emit(text: string, output: string | undefined): Promise<void> {
  if (output) writeReportFile(output, text);
  else process.stdout.write(text);
}

async function main(argv: string[]): Promise<number> {
  const line = parseCommandLine(argv, existsSync);
  if (line.kind === "error") throw new SettingsError(line.message);
  if (line.kind === "help") {
    process.stdout.write(line.command ? commandUsage(line.command) : generalUsage());
    return 0;
  }
  if (line.kind === "version") {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const { command, dir, values } = line;
  const write = text(values, "write");
  const parsed = parseSettings(rawSettings(values, dir));
  const problem = pathProblem(pathChecks(parsed, dir, write), kindOf);
  if (problem) throw new SettingsError(problem);
  const repository = await repositoryOf(path.resolve(parsed.root), process.env);
  const settings: Settings = repository ? { ...parsed, repository } : parsed;
  if (command === "routes") return routesRun(settings, values.clusters === true);
  if (command === "suggest") return suggestCommand(settings, write);
  if (command === "baseline") return baselineCommand(settings);
  if (command === "explain") return explainCommand(settings, line.host ?? "");
  const clock = stageClock(() => performance.now(), process.stderr.isTTY ? progressLine : undefined);
  return againstBase(
    settings,
    (base) => runCheck(settings, base, clock.listener),
    async (result) => {
      // Markdown and SARIF name files from the repository root, as GitHub does.
      const fromRoot = settings.format === "markdown" || settings.format === "sarif";
      const links = fromRoot
        ? { ...PLAIN_LINKS, pathPrefix: (await repositoryPrefix(path.resolve(settings.root))) ?? "" }
        : PLAIN_LINKS;
      if (process.stderr.isTTY) progressLine([]);
      await emit(renderReport(result.report, settings.format, links), settings.output);
      logRenders(result.renders);
      for (const line of cacheWriteLine(settings.cacheDir, result.renderCache.writeError))
        process.stderr.write(`${plainLine(line)}\n`);
      if (settings.cacheDir) await pruneStale(settings.cacheDir, new Date());
      if (values.timings === true) for (const t of clock.times) process.stderr.write(`${stageLine(t)}\n`);
      return result.exitCode;
    },
  );
}

/** On a terminal, the stages running now, on one line that is rewritten and, at the end, cleared. */
function progressLine(running: readonly string[]): void {
  process.stderr.write(`\r\u001b[K${running.length ? `egress-lint: ${running.join(", ")}…` : ""}`);
}

/** What rendering did goes to stderr: the report is the same whatever the cache held. */
function logRenders(renders: readonly SideRenderStats[]): void {
  for (const line of renders.flatMap(renderLogLines)) process.stderr.write(`${plainLine(line)}\n`);
}

async function routesRun(settings: Settings, clusters: boolean): Promise<number> {
  if (settings.format !== "text" && settings.format !== "json")
    throw new SettingsError(`routes prints text or json, not ${settings.format}`);
  if (settings.proxies.length !== 1) throw new SettingsError("routes needs exactly one --proxy NS/WORKLOAD");
  const args = { proxy: settings.proxies[0]!, clusters, format: settings.format };
  const options = routeOptionsOf(settings);
  const output = await againstBase(
    settings,
    (base) => routeModels(settings, base),
    async (models) => {
      const result = models.base
        ? routesDiff(models.base, models.head, { ...args, options })
        : routesCommand(models.head, { ...args, ...options });
      if ("error" in result) throw new SettingsError(result.error);
      return result.output;
    },
  );
  await emit(output, settings.output);
  return 0;
}

async function suggestCommand(settings: Settings, write: string | undefined): Promise<number> {
  if (settings.format !== "text" && settings.format !== "json")
    throw new SettingsError(`suggest prints text or json, not ${settings.format}`);
  const { report } = await runCheck({ ...settings, baseline: undefined });
  const suggestions = report.suggestions ?? [];
  // An existing file keeps what it holds (hand edits included): its entries are in the model, so only new ones come.
  const existing = write ? await readFile(write, "utf8").catch(() => undefined) : undefined;
  if (write && suggestions.some((s) => s.kind === "ServiceEntry")) {
    await writeFile(
      write,
      existing?.trim()
        ? `${existing.replace(/\s*$/, "\n")}---\n${serviceEntryFile(suggestions)}`
        : serviceEntryFile(suggestions),
    );
  }
  const written = write ? { path: write, appended: Boolean(existing?.trim()) } : undefined;
  await emit(
    settings.format === "json" ? `${JSON.stringify(suggestions, null, 2)}\n` : renderSuggestions(suggestions, written),
    settings.output,
  );
  return 0;
}

/** What became of every reference to one host, and why. */
async function explainCommand(settings: Settings, host: string): Promise<number> {
  const { report } = await runCheck(settings);
  await emit(renderExplain(report, host), settings.output);
  return 0;
}

/** Reasons written into an earlier baseline (at --output, else --baseline) are carried over to the new one. */
async function baselineCommand(settings: Settings): Promise<number> {
  const { report } = await runCheck({ ...settings, baseline: undefined });
  const previous =
    (settings.output ? await readPreviousBaseline(settings.output) : undefined) ??
    (settings.baseline ? await readBaselineFile(settings.baseline) : undefined);
  const entries = baselineEntries(report.findings, previous);
  await emit(renderBaseline(entries), settings.output);
  const where = settings.output ? ` in ${settings.output}` : "";
  process.stderr.write(
    `egress-lint: recorded ${plural(report.findings.length, "finding")} as ${plural(entries.length, "baseline entry", "baseline entries")}${where}\n`,
  );
  return 0;
}

/**
 * With --base-ref, the base commit's files come from git into a temporary directory. It is removed while `use` renders
 * and writes the report: removing thousands of files takes as long as rendering it.
 */
async function againstBase<R, T>(
  settings: Settings,
  run: (base?: BaseInput) => Promise<R>,
  use: (result: R) => Promise<T>,
): Promise<T> {
  // Only git can say which files a change touched; a bare base directory cannot.
  if (settings.scan === "changed" && !settings.baseRef)
    throw new SettingsError("--scan changed needs --base-ref: git tells which files the change touched");
  if (!settings.baseRef) return use(await run(settings.baseDir ? { dir: settings.baseDir } : undefined));
  let base: BaseTree | undefined;
  let result: R;
  try {
    base = await checkoutBase(settings.root, settings.baseRef, {
      fetch: true,
      tempRoot: os.tmpdir(),
      keep: [settings.allowlist],
    });
    result = await run(base);
  } catch (err) {
    await base?.remove();
    // Git can fail resolving the ref, and also while the base's files are written as the head is linted.
    if (err instanceof GitError) throw new SettingsError(`--base-ref ${settings.baseRef}: ${err.message}`);
    throw err;
  }
  const removal = base.remove();
  removal.catch(() => undefined); // awaited below, after `use`
  try {
    return await use(result);
  } finally {
    await removal;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof SettingsError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`egress-lint: ${plainLine((err as Error).message)}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(
      `egress-lint: internal error: ${plainLine((err as Error).message)}\nPlease report it with the command you ran.\n`,
    );
    process.exitCode = 3;
  },
);
