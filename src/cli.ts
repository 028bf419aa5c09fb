// The CLI adapter (bin `egress-lint`): flags -> Settings -> engine -> print. The only CLI code that touches the process.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { readBaselineFile, readPreviousBaseline } from "./baseline/read.js";
import { baselineEntries, renderBaseline } from "./baseline/write.js";
import { routeOptionsOf, runCheck, snapshotOf, type CheckResult } from "./engine.js";
import { checkoutBase, repositoryPrefix, type BaseTree } from "./github/base-tree.js";
import { GitError } from "./github/git.js";
import { buildEgressModel } from "./lint.js";
import { plainLine } from "./report/plain.js";
import { PLAIN_LINKS, renderReport } from "./report/render.js";
import { routesCommand } from "./routes/index.js";
import { parseSettings, SettingsError, type RawSettings, type Settings } from "./settings.js";
import { renderSuggestions, serviceEntryFile } from "./suggest/index.js";
import { VERSION } from "./version.js";

const USAGE = `Usage:
  egress-lint check [DIR] [options]     lint DIR (default .); exit 0 clean, 1 findings at --fail-on, 2 bad usage
  egress-lint routes [DIR] --proxy NS/WORKLOAD [--clusters] [--istio-version X.Y] [--format text|json]
  egress-lint suggest [DIR] [--namespace NS] [--write FILE] [--format text|json]
                                        the ServiceEntries (and exportTo or Sidecar changes) that make the calls reachable
  egress-lint baseline [DIR] [--output FILE]
                                        record today's findings as accepted, for --baseline

Options:
  --allowlist FILE        allowlist file, relative to DIR (default egress-allowlist.yaml)
  --manifests GLOBS       manifest globs, comma-separated (default **/*.yaml,**/*.yml,**/*.json)
  --sources GLOBS         source globs (default **/*)
  --exclude GLOBS         globs to skip
  --proxy NS/WORKLOAD     route tables for this workload (repeatable)
  --base-ref GIT_REF      the base commit to diff route and cluster tables against (fetched from origin if missing)
  --base-dir DIR          a checkout of the base to diff route tables against
  --istio-version X.Y     the Istio version to simulate (default: newest modelled)
  --mesh-config FILE      a MeshConfig YAML that overrides what the repository says
  --format FORMAT         text | json | markdown | sarif (default text; routes: text | json)
  --output FILE           write the report there instead of stdout
  --fail-on LEVEL         error | warning | never (default error)
  --gate new|all          with a base, new (the default) fails only on findings the change introduces
  --baseline FILE         a file written by \`egress-lint baseline\`: its findings are reported as accepted, never fail
  --namespace NS          suggest: the namespace for new ServiceEntries (default: the callers')
  --write FILE            suggest: write the ServiceEntries to FILE as one multi-document YAML file
  --max-file-size BYTES   skip larger files with a finding (default 5 MB)
  --default-namespace NS  namespace of resources that name none (default default)
  --render auto|none      auto (default): render Kustomize trees and Helm charts as deployed; none: read files as written
  --scan all|changed      changed: with --base-ref, scan only the source files the change touched (manifests, the
                          model and the route tables stay complete); all (default): every source file
  --jobs N|auto           threads that read and scan source files (default auto: up to 4 on large trees; 1: none)
`;

const OPTIONS = {
  allowlist: { type: "string" },
  manifests: { type: "string" },
  sources: { type: "string" },
  exclude: { type: "string" },
  proxy: { type: "string", multiple: true },
  "base-dir": { type: "string" },
  "base-ref": { type: "string" },
  "istio-version": { type: "string" },
  "mesh-config": { type: "string" },
  format: { type: "string" },
  output: { type: "string" },
  "fail-on": { type: "string" },
  "max-file-size": { type: "string" },
  "default-namespace": { type: "string" },
  render: { type: "string" },
  scan: { type: "string" },
  jobs: { type: "string" },
  gate: { type: "string" },
  baseline: { type: "string" },
  namespace: { type: "string" },
  write: { type: "string" },
  clusters: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>["values"];

function rawSettings(values: Values, dir: string | undefined): RawSettings {
  return {
    root: dir ?? ".",
    allowlist: values.allowlist,
    manifests: values.manifests,
    sources: values.sources,
    exclude: values.exclude,
    proxies: values.proxy,
    baseRef: values["base-ref"],
    baseDir: values["base-dir"],
    istioVersion: values["istio-version"],
    meshConfig: values["mesh-config"],
    format: values.format,
    output: values.output,
    failOn: values["fail-on"],
    maxFileBytes: values["max-file-size"],
    defaultNamespace: values["default-namespace"],
    render: values.render,
    gate: values.gate,
    baseline: values.baseline,
    namespace: values.namespace,
    scan: values.scan,
    jobs: values.jobs,
  };
}

async function emit(text: string, output: string | undefined): Promise<void> {
  if (output) await writeFile(output, text);
  else process.stdout.write(text);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command = "check", dir, ...extra] = COMMANDS.includes(positionals[0] ?? "")
    ? positionals
    : ["check", ...positionals];
  if (extra.length) throw new SettingsError(`unexpected argument "${extra[0]}"`);
  const settings = parseSettings(rawSettings(values, dir));
  if (command === "routes") {
    if (settings.format !== "text" && settings.format !== "json")
      throw new SettingsError(`routes prints text or json, not ${settings.format}`);
    if (settings.proxies.length !== 1) throw new SettingsError("routes needs exactly one --proxy NS/WORKLOAD");
    const options = routeOptionsOf(settings);
    const root = path.resolve(settings.root);
    const snapshot = await snapshotOf(root, { ...settings, sources: [] });
    const { model } = buildEgressModel(snapshot, settings.defaultNamespace);
    const result = routesCommand(model, {
      proxy: settings.proxies[0]!,
      clusters: values.clusters === true,
      format: settings.format,
      ...options,
    });
    if ("error" in result) throw new SettingsError(result.error);
    await emit(result.output, settings.output);
    return 0;
  }
  if (command === "suggest") return suggestCommand(settings, values.write);
  if (command === "baseline") return baselineCommand(settings);
  return checkAgainstBase(settings, async (result) => {
    // Markdown and SARIF name files from the repository root, as GitHub does.
    const fromRoot = settings.format === "markdown" || settings.format === "sarif";
    const links = fromRoot
      ? { ...PLAIN_LINKS, pathPrefix: (await repositoryPrefix(path.resolve(settings.root))) ?? "" }
      : PLAIN_LINKS;
    await emit(renderReport(result.report, settings.format, links), settings.output);
    return result.exitCode;
  });
}

const COMMANDS = ["check", "routes", "suggest", "baseline"];

async function suggestCommand(settings: Settings, write: string | undefined): Promise<number> {
  if (settings.format !== "text" && settings.format !== "json")
    throw new SettingsError(`suggest prints text or json, not ${settings.format}`);
  const { report } = await runCheck({ ...settings, baseline: undefined });
  const suggestions = report.suggestions ?? [];
  // An existing file keeps what it holds (hand edits included): its entries are in the model, so only new ones come.
  const existing = write ? await readFile(write, "utf8").catch(() => undefined) : undefined;
  if (write && suggestions.some((s) => s.kind === "ServiceEntry")) {
    await mkdir(path.dirname(path.resolve(write)), { recursive: true });
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
    `egress-lint: recorded ${report.findings.length} findings as ${entries.length} baseline entries${where}\n`,
  );
  return 0;
}

/**
 * With --base-ref, the base commit's files come from git into a temporary directory. It is removed while `use` renders
 * and writes the report: removing thousands of files takes as long as rendering it.
 */
async function checkAgainstBase<T>(settings: Settings, use: (result: CheckResult) => Promise<T>): Promise<T> {
  // Only git can say which files a change touched; a bare base directory cannot.
  if (settings.scan === "changed" && !settings.baseRef)
    throw new SettingsError("--scan changed needs --base-ref: git tells which files the change touched");
  if (!settings.baseRef) return use(await runCheck(settings, settings.baseDir ? { dir: settings.baseDir } : undefined));
  let base: BaseTree | undefined;
  let result: CheckResult;
  try {
    base = await checkoutBase(settings.root, settings.baseRef, {
      fetch: true,
      tempRoot: os.tmpdir(),
      keep: [settings.allowlist],
    });
    result = await runCheck(settings, base);
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
