// npm run bench:hostile: how long the hostile cases take (the repository of __tests__/hostile/build-repo.ts, 1 MB
// pathological lines in every language, deep and large YAML, hostile allowlists), each against its budget. Exits 1
// when one is over: the tests only check that these finish, the speed targets live here.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";

const cli = path.resolve("dist/cli.js");
if (!existsSync(cli)) execFileSync("node", ["scripts/bundle.mjs"], { stdio: "inherit" });
const work = mkdtempSync(path.join(os.tmpdir(), "egress-lint-bench-hostile-"));
try {
  const entry = path.join(work, "hostile.mjs");
  await build({
    entryPoints: ["scripts/bench/hostile.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: entry,
    logLevel: "warning",
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  const rows = JSON.parse(execFileSync("node", [entry, cli], { encoding: "utf8", maxBuffer: 1 << 26 }));
  const width = Math.max(...rows.map((r) => r.what.length));
  let over = 0;
  for (const r of rows) {
    const flag = r.ms > r.budget ? "  OVER BUDGET" : "";
    if (flag) over++;
    console.log(`${r.what.padEnd(width)}  ${String(r.ms).padStart(6)} ms  (budget ${r.budget} ms)${flag}`);
  }
  console.log(`machine: ${os.cpus().length} cores, node ${process.version}`);
  process.exitCode = over ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
