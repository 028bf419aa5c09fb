// Reading and scanning on worker threads gives what one thread gives: the same files, references and findings.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { batchesOf, sourceReaderFor, workerSourceReader } from "../../src/discover/scan-pool.js";
import { scanSources } from "../../src/discover/snapshot.js";
import { ensureBundle } from "../e2e/bundle.js";
import { removeDir, tempDir } from "../github/git-fixture.js";

const WORKER = new URL("../../dist/scan-worker.js", import.meta.url);

const root = tempDir("egress-lint-pool-");
beforeAll(ensureBundle, 120_000);
afterAll(() => removeDir(root));

function write(rel: string, text: string | Buffer): void {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
}

// More files than one batch, in several languages, with a binary and an oversized one among them.
const paths: string[] = [];
for (let i = 0; i < 450; i++) {
  const rel = `svc-${i % 9}/src/file-${i}.${["ts", "py", "go", "java"][i % 4]}`;
  write(rel, `// see https://docs.vendor-${i % 5}.io/guide\nconst url = "https://api-${i % 13}.partner.io:8443/v1";\n`);
  paths.push(rel);
}
write("svc-0/src/packed.py", Buffer.from([0x61, 0x00]));
write("svc-0/src/huge.ts", "x".repeat(5000));
paths.push("svc-0/src/packed.py", "svc-0/src/huge.ts");
paths.sort();

describe("the scan worker pool", () => {
  it("returns exactly what scanning in this thread returns", async () => {
    const alone = await scanSources(root, paths, 4096, []);
    const pooled = await workerSourceReader(WORKER, 3)(root, paths, 4096, []);
    const key = (r: { file: string; line: number; column: number; host: string }) =>
      `${r.file}:${r.line}:${r.column}:${r.host}`;
    expect(pooled.scanned).toEqual([...alone.scanned].sort());
    expect(pooled.references.map(key).sort()).toEqual(alone.references.map(key).sort());
    expect(pooled.findings).toEqual(alone.findings);
    expect(pooled.findings.map((f) => f.file)).toEqual(["svc-0/src/huge.ts", "svc-0/src/packed.py"]);
    expect(alone.references.length).toBe(450);
  });

  it("fails, and stops its threads, when a worker fails", async () => {
    await expect(workerSourceReader(WORKER, 2)(path.join(root, "no-such-folder"), paths, 4096, [])).rejects.toThrow(
      /ENOENT/,
    );
  });

  it("scans with threads started ahead of the read, and with more threads than batches", async () => {
    const alone = await scanSources(root, paths, 4096, []);
    const pool = workerSourceReader(WORKER, 4);
    pool.warm();
    pool.warm(); // a second call starts no more threads
    // Two batches (20 and 10 files) and three warmed workers: one worker takes a batch, the other two are stopped.
    const few = paths.slice(0, 30);
    expect(batchesOf(few, 4).map((b) => b.length)).toEqual([20, 10]);
    const pooled = await pool(root, few, 4096, []);
    expect(pooled.scanned).toEqual(alone.scanned.filter((f) => few.includes(f)));
    // The pool can be read again: it starts new threads.
    expect((await pool(root, paths, 4096, [])).references.length).toBe(alone.references.length);
  });

  it("cuts the paths into batches of 200 that shrink to 20 as the end nears, in order", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `f${String(i).padStart(5, "0")}.ts`);
    const batches = batchesOf(many, 2);
    expect(batches.flat()).toEqual(many);
    const sizes = batches.map((b) => b.length);
    expect(sizes.slice(0, 40).every((n) => n === 200)).toBe(true);
    expect(sizes.slice(-5, -1)).toEqual([20, 20, 20, 20]);
    expect(sizes.at(-1)).toBeLessThanOrEqual(20);
    expect(sizes.every((n, k) => k === 0 || n <= sizes[k - 1]!)).toBe(true);
    // More threads share the end in smaller batches sooner.
    expect(batchesOf(many, 4).length).toBeGreaterThan(batches.length);
    expect(batchesOf([], 2)).toEqual([]);
    expect(batchesOf(many.slice(0, 7), 2)).toEqual([many.slice(0, 7)]);
  });

  it("scans in this thread too: a pool of one thread starts no worker", async () => {
    const alone = await scanSources(root, paths, 4096, []);
    const pool = workerSourceReader(new URL("../../dist/no-such-worker.js", import.meta.url), 1);
    pool.warm();
    expect(await pool(root, paths, 4096, [])).toEqual(alone);
  });

  it("rejects, instead of hanging, when a warmed thread fails while it boots", async () => {
    const pool = workerSourceReader(new URL("../../dist/no-such-worker.js", import.meta.url), 2);
    pool.warm();
    await new Promise((resolve) => setTimeout(resolve, 200)); // the failure comes before the read asks
    await expect(pool(root, paths, 4096, [])).rejects.toThrow();
  });

  it("lets the process exit when warmed threads are never used, and when they are released", async () => {
    // A program of its own, since a thread left running would keep it from exiting.
    const dir = tempDir("egress-lint-warm-");
    const entry = path.join(dir, "warm-entry.ts");
    writeFileSync(
      entry,
      `import { workerSourceReader } from ${JSON.stringify(path.resolve("src/discover/scan-pool.ts"))};
const pool = workerSourceReader(new URL(${JSON.stringify(WORKER.href)}), 2);
pool.warm();
if (process.argv[2] === "release") await pool.release();
console.log("done");
`,
    );
    const program = path.join(dir, "warm.mjs");
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: program,
      logLevel: "warning",
    });
    for (const mode of ["leave", "release"]) {
      const res = spawnSync(process.execPath, [program, mode], { encoding: "utf8", timeout: 20_000 });
      expect(res.signal).toBeNull();
      expect(res.stdout.trim()).toBe("done");
    }
    removeDir(dir);
  });

  it("on auto, warms up once the walk lists many files, and stops warmed threads when few files are to be read", async () => {
    const reader = sourceReaderFor(0, 4, WORKER);
    expect(reader.warmUp?.files).toBe(1000);
    // On two cores this thread scans half the files and builds the model: a worker pays off only on more files.
    expect(sourceReaderFor(0, 2, WORKER).warmUp?.files).toBe(3000);
    reader.warmUp!.start();
    const alone = await scanSources(root, paths, 4096, []);
    expect(await reader(root, paths, 4096, [])).toEqual(alone);
    expect(sourceReaderFor(3, 2, WORKER).warmUp?.files).toBe(0);
    expect(scanSources).not.toHaveProperty("warmUp");
  });

  it("stays in this thread for one job, one core, no worker script, or few files on auto", () => {
    expect(sourceReaderFor(1, 8, WORKER)).toBe(scanSources);
    expect(sourceReaderFor(0, 1, WORKER)).toBe(scanSources);
    expect(sourceReaderFor(4, 8, undefined)).toBe(scanSources);
    expect(sourceReaderFor(0, 8, WORKER)).not.toBe(scanSources);
  });

  it("gives the CLI the same report with worker threads as without", () => {
    const run = (jobs: string) =>
      spawnSync(
        process.execPath,
        [path.resolve("dist/cli.js"), "check", root, "--format", "json", "--fail-on", "never", "--jobs", jobs],
        { encoding: "utf8" },
      );
    const one = run("1");
    const two = run("2");
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).scan).toMatchObject({ scope: "all", files: 451 });
  });
});
