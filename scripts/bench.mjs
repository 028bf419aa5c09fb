// npm run bench: a full `check` on a generated monorepo (big and 4x smaller, and the big one again with code full of
// dotted string literals), next to ripgrep reading the same tree; a pull request on the big tree that changes 20
// source files, with `--scan changed`; and the start-up of the bundled action and CLI on a tiny repository. Prints
// medians, ratios, growth, peak memory and per-stage times. Installs nothing; says so when rg is missing.
// BENCH_BASELINE=path/to/cli.js[,other/cli.js] times other builds' CLIs too, their runs interleaved with this one's,
// so that the builds are compared under the same load (timings on a shared machine drift between runs).
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { generateMonorepo } from "./bench/generate.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const baselines = (process.env.BENCH_BASELINE ?? "")
  .split(",")
  .filter((p) => p !== "")
  .map((p) => path.resolve(p));
const work = path.join(os.tmpdir(), "egress-lint-bench");
const cli = path.resolve("dist/cli.js");
const URL_PATTERN = "[a-z][a-z0-9+.-]*://[A-Za-z0-9.-]+";

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall time in ms and peak RSS in MB of one command, measured by /usr/bin/time where present. */
function measure(cmd, args) {
  const hasTime = existsSync("/usr/bin/time");
  const start = process.hrtime.bigint();
  const res = hasTime
    ? spawnSync("/usr/bin/time", ["-f", "%M", cmd, ...args], { encoding: "utf8", maxBuffer: 1 << 30 })
    : spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rssKb = hasTime ? Number(res.stderr.trim().split("\n").pop()) : NaN;
  return { ms, rssMb: rssKb / 1024, status: res.status };
}

function bench(label, cmd, args, env) {
  return benchSide([{ label, cmd, args, env }])[0];
}

/** Runs the commands in turn, RUNS rounds after one warm-up round: medians under the same load for each. */
function benchSide(commands) {
  const run = ({ cmd, args, env }) => (env ? measureWith(env, cmd, args) : measure(cmd, args));
  for (const c of commands) run(c); // warm the page cache
  const runs = commands.map(() => []);
  for (let r = 0; r < RUNS; r++) for (const [k, c] of commands.entries()) runs[k].push(run(c));
  return commands.map((c, k) => ({
    label: c.label,
    ms: median(runs[k].map((r) => r.ms)),
    rssMb: Math.max(...runs[k].map((r) => r.rssMb)),
    status: runs[k][0].status,
  }));
}

/** This build's CLI and, with BENCH_BASELINE, the other builds', on the same arguments. */
function cliSide(label, args) {
  const commands = [cli, ...baselines].map((c) => ({ label, cmd: "node", args: [c, ...args] }));
  const [ours, ...theirs] = benchSide(commands);
  return { ours, theirs };
}

const sideBySide = ({ ours, theirs }) =>
  theirs
    .map(
      (t, k) =>
        `; ${baselines[k]} ${t.ms.toFixed(0)} ms (peak ${t.rssMb.toFixed(0)} MB), this build ${(ours.ms / t.ms).toFixed(2)}x of it`,
    )
    .join("");

function measureWith(env, cmd, args) {
  const start = process.hrtime.bigint();
  const res = spawnSync(cmd, args, { encoding: "utf8", env, maxBuffer: 1 << 30 });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, rssMb: NaN, status: res.status };
}

const git = (cwd, ...args) =>
  execFileSync(
    "git",
    ["-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "-c", "commit.gpgsign=false", ...args],
    { cwd, encoding: "utf8" },
  );

const ADDED_CALL = {
  ".ts": 'export const added = "https://api.new-vendor.io/v2";',
  ".py": 'ADDED = "https://api.new-vendor.io/v2"',
  ".go": 'var added = "https://api.new-vendor.io/v2"',
  ".java": '  static final String ADDED = "https://api.new-vendor.io/v2";',
};

/** The big tree as a git repository whose branch `change` edits 20 source files: the pull request of PR mode. */
function prTree(big) {
  const root = path.join(work, "pr");
  if (
    existsSync(path.join(root, ".git")) &&
    git(root, "branch", "--show-current").trim() === "change" &&
    git(root, "status", "--porcelain") === ""
  )
    return root;
  rmSync(root, { recursive: true, force: true });
  cpSync(big, root, { recursive: true });
  git(root, "init", "--quiet", "--initial-branch=main");
  git(root, "add", "--all");
  git(root, "commit", "--quiet", "-m", "base");
  git(root, "checkout", "--quiet", "-b", "change");
  const services = readdirSync(path.join(root, "services")).sort().slice(0, 20);
  // Each service's first file, whatever its language: a tracked file the change edits, not a new one.
  for (const s of services) {
    const src = path.join(root, "services", s, "src");
    const first = readdirSync(src).find((f) => f.startsWith("file0."));
    appendFileSync(path.join(src, first), `\n${ADDED_CALL[path.extname(first)]}\n`);
  }
  git(root, "commit", "--quiet", "--all", "-m", "change 20 files");
  return root;
}

function tree(name, services, profile) {
  const root = path.join(work, name);
  if (!existsSync(path.join(root, "mesh"))) {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    const t0 = Date.now();
    const { files, bytes } = generateMonorepo(root, {
      services,
      filesPerService: 25,
      fileBytes: 15_000,
      namespaces: 20,
      seed: 7,
      profile,
    });
    console.log(
      `generated ${name}: ${files} files, ${(bytes / 1e6).toFixed(0)} MB in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  return root;
}

const hasRg = spawnSync("rg", ["--version"]).status === 0;
if (!hasRg)
  console.log("rg (ripgrep) is not on PATH: the ripgrep baseline is skipped (Debian: apt-get install ripgrep).");
if (!existsSync(cli)) execFileSync("node", ["scripts/bundle.mjs"], { stdio: "inherit" });
const stages = path.join(work, "stages.mjs");
await build({
  entryPoints: ["scripts/bench/stages.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: stages,
  logLevel: "warning",
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});

const results = {};
for (const [name, services, profile] of [
  ["small", 100, "plain"],
  ["big", 400, "plain"],
  ["big-dotted", 400, "dotted"],
]) {
  const root = tree(name, services, profile);
  const side = cliSide(`check ${name}`, [
    "check",
    root,
    "--format",
    "json",
    "--output",
    "/dev/null",
    "--fail-on",
    "never",
  ]);
  const check = side.ours;
  const rg = hasRg ? bench(`rg ${name}`, "rg", ["-c", "--no-messages", URL_PATTERN, root]) : undefined;
  const stage = JSON.parse(execFileSync("node", [stages, root], { encoding: "utf8", maxBuffer: 1 << 26 }));
  results[name] = { check, rg, stage };
  console.log(
    `\n${name} (${profile}): check ${check.ms.toFixed(0)} ms (peak ${check.rssMb.toFixed(0)} MB, exit ${check.status})${rg ? `, rg ${rg.ms.toFixed(0)} ms, ratio ${(check.ms / rg.ms).toFixed(2)}x` : ""}${sideBySide(side)}`,
  );
  console.log(
    `  stages (ms): ${Object.entries(stage.times)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}; ${stage.workloads} workloads, ${stage.views} distinct views, ${stage.references} references`,
  );
}
const prRoot = prTree(tree("big", 400, "plain"));
for (const scan of ["all", "changed"]) {
  const side = cliSide(`pr ${scan}`, [
    "check",
    prRoot,
    "--base-ref",
    "main",
    "--scan",
    scan,
    "--format",
    "json",
    "--output",
    "/dev/null",
    "--fail-on",
    "never",
  ]);
  const pr = side.ours;
  console.log(
    `\npull request on big, 20 changed files, --scan ${scan}: ${pr.ms.toFixed(0)} ms (peak ${pr.rssMb.toFixed(0)} MB, exit ${pr.status})${scan === "changed" ? "; target < 1000 ms" : ""}${sideBySide(side)}`,
  );
}

// Start-up: the bundled action as a runner starts it (a push, no token) and the CLI, on the three-file example.
const tiny = mkdtempSync(path.join(os.tmpdir(), "egress-lint-bench-tiny-"));
cpSync("examples", tiny, { recursive: true });
const runnerEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GITHUB_WORKSPACE: tiny,
  GITHUB_EVENT_NAME: "push",
  RUNNER_TEMP: os.tmpdir(),
  "INPUT_WORKING-DIRECTORY": tiny,
  "INPUT_FAIL-ON": "never",
  INPUT_COMMENT: "never",
};
const action = bench("action", "node", [path.resolve("dist/index.js")], runnerEnv);
const cliTiny = bench("cli tiny", "node", [cli, "check", tiny, "--fail-on", "never"]);
rmSync(tiny, { recursive: true, force: true });
console.log(
  `start-up on a tiny repository: action ${action.ms.toFixed(0)} ms (exit ${action.status}), CLI ${cliTiny.ms.toFixed(0)} ms`,
);

const growth = results.big.check.ms / results.small.check.ms;
console.log(`\ngrowth small -> big (4x input): ${growth.toFixed(2)}x (target <= 4.6x)`);
for (const name of ["big", "big-dotted"]) {
  const { check, rg } = results[name];
  if (rg) console.log(`${name} vs ripgrep: ${(check.ms / rg.ms).toFixed(2)}x (target <= 8x)`);
  console.log(`peak memory on ${name}: ${check.rssMb.toFixed(0)} MB (target < 400 MB)`);
}
console.log(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
