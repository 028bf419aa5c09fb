// npm run bench:render: the rendering a GitOps monorepo costs, on a generated tree of 100 Kustomize overlays over
// shared bases (patches, name prefixes, components, a generator plugin that cannot run, two missing generator files).
// Measures, in one run and with the bundled CLI as a user runs it:
//   - the floor: `kubectl kustomize` (or `kustomize build`) of each overlay once, spread over every core;
//   - a cold full check (empty cache), and its ratio to the floor (target: 1.3x);
//   - a second full check with the cache warm (target: under 3 s);
//   - a pull request that changes one overlay's patch, cache warm (target: under 3 s).
// Needs kustomize or kubectl on PATH. Not part of `npm test`. BENCH_RUNS sets the runs a figure is the median of.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateGitops, overlayDirs, patchOf } from "./bench/gitops.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const work = mkdtempSync(path.join(os.tmpdir(), "egress-lint-bench-render-"));
const root = path.join(work, "repo");
const cli = path.resolve("dist/cli.js");
const cpus = os.availableParallelism();

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function onPath(cmd, args) {
  return spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
}

const tool = onPath("kustomize", ["version"])
  ? ["kustomize", ["build"]]
  : onPath("kubectl", ["version", "--client"])
    ? ["kubectl", ["kustomize"]]
    : undefined;
if (!tool) {
  console.log("bench-render: neither kustomize nor kubectl is on PATH; nothing to measure");
  process.exit(0);
}
if (!existsSync(cli)) execFileSync("node", ["scripts/bundle.mjs"], { stdio: "inherit" });

const git = (...args) =>
  execFileSync(
    "git",
    ["-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "-c", "commit.gpgsign=false", ...args],
    { cwd: root, encoding: "utf8" },
  );

/** Every overlay built once, `cpus` processes at a time: what any renderer must at least spend. */
async function floor() {
  const dirs = overlayDirs();
  let next = 0;
  let failed = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: cpus }, async () => {
      while (next < dirs.length) {
        const dir = path.join(root, dirs[next++]);
        const code = await new Promise((resolve) => {
          const child = spawn(tool[0], [...tool[1], dir], { stdio: ["ignore", "ignore", "ignore"] });
          child.on("close", resolve);
        });
        if (code !== 0) failed++;
      }
    }),
  );
  return { ms: performance.now() - start, failed };
}

/** One `egress-lint check` as a user runs it: wall time, peak memory, and the render summary it logs. */
function check(args) {
  const hasTime = existsSync("/usr/bin/time");
  const cmd = hasTime ? "/usr/bin/time" : "node";
  const argv = [...(hasTime ? ["-f", "%M", "node"] : []), cli, "check", root, "--fail-on", "never", ...args];
  const start = performance.now();
  const res = spawnSync(cmd, argv, { encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  if (res.status !== 0) throw new Error(`egress-lint check failed (${res.status}): ${res.stderr}`);
  const lines = res.stderr.trim().split("\n");
  const rssMb = hasTime ? Number(lines.pop()) / 1024 : Number.NaN;
  return {
    ms,
    rssMb,
    log: lines.filter((l) => (l.startsWith("render") && !l.includes(" fell back: ")) || l.startsWith("stage")),
  };
}

function medianOf(label, fn) {
  const runs = Array.from({ length: RUNS }, fn);
  const m = runs.find((r) => r.ms === median(runs.map((x) => x.ms)));
  return { label, ...m, rssMb: Math.max(...runs.map((r) => r.rssMb)) };
}

generateGitops(root);
git("init", "--quiet", "--initial-branch=main");
git("add", "--all");
git("commit", "--quiet", "-m", "base");
const overlays = overlayDirs();
console.log(
  `tree: ${overlays.length} overlays over shared bases and components; tool: ${tool[0]} ${tool[1].join(" ")}; ${cpus} CPUs; medians of ${RUNS} runs`,
);

const floors = Array.from({ length: RUNS }, () => floor());
const floorRuns = [];
for (const f of floors) floorRuns.push(await f);
const floorMs = median(floorRuns.map((f) => f.ms));
console.log(
  `floor: ${tool[0]} of each overlay once, ${cpus} at a time: ${seconds(floorMs)} (${floorRuns[0].failed} of ${overlays.length} builds fail on their own: the plugin, the missing files)`,
);

const cacheDir = path.join(work, "cache");
const cold = medianOf("cold full check (empty cache)", () => {
  rmSync(cacheDir, { recursive: true, force: true });
  return check(["--cache-dir", cacheDir, "--timings"]);
});
const warm = medianOf("second full check (cache warm)", () => check(["--cache-dir", cacheDir, "--timings"]));

const changed = overlays[41];
git("checkout", "--quiet", "-b", "change");
writeFileSync(path.join(root, changed, "replicas.yaml"), patchOf(changed, 7));
git("commit", "--quiet", "-am", "scale one overlay");
// The pull request's first run takes the head's one changed render into the cache; later pushes find it there.
check(["--cache-dir", cacheDir, "--base-ref", "main"]);
const pr = medianOf(`pull request changing ${changed}/replicas.yaml (cache warm)`, () =>
  check(["--cache-dir", cacheDir, "--base-ref", "main", "--timings"]),
);
const prCold = medianOf("the same pull request, empty cache", () => {
  rmSync(cacheDir, { recursive: true, force: true });
  return check(["--cache-dir", cacheDir, "--base-ref", "main", "--timings"]);
});

const rows = [
  [cold, `${(cold.ms / floorMs).toFixed(2)}x the floor (target 1.3x)`],
  [warm, "target: under 3 s"],
  [pr, "target: under 3 s"],
  [prCold, ""],
];
for (const [r, note] of rows) {
  console.log(`${r.label}: ${seconds(r.ms)}, peak ${r.rssMb.toFixed(0)} MB${note ? `; ${note}` : ""}`);
  for (const line of r.log) console.log(`    ${line}`);
}
rmSync(work, { recursive: true, force: true });
