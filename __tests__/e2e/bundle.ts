// The end-to-end tests run the committed bundles; this rebuilds them first when a source is newer. Test files run in
// parallel, so a lock keeps two of them from writing dist/ while the other runs it.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const OUTPUTS = ["dist/index.js", "dist/cli.js", "dist/scan-worker.js"].map((p) => path.resolve(p));

function newestSource(): number {
  const files = readdirSync(path.resolve("src"), { recursive: true }).map((f) => path.resolve("src", String(f)));
  return Math.max(
    ...[...files, path.resolve("scripts/bundle.mjs"), path.resolve("package-lock.json")].map(
      (f) => statSync(f).mtimeMs,
    ),
  );
}

function stale(): boolean {
  const newest = newestSource();
  return OUTPUTS.some((out) => !existsSync(out) || statSync(out).mtimeMs < newest);
}

export async function ensureBundle(): Promise<void> {
  const lock = path.join(
    os.tmpdir(),
    `egress-lint-bundle-${createHash("sha256").update(process.cwd()).digest("hex").slice(0, 12)}.lock`,
  );
  const deadline = Date.now() + 60_000;
  // mkdir is atomic: whoever creates the directory builds; the others wait for it to go. A lock left by a crashed
  // run is taken over after a minute.
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    if (stale()) execFileSync(process.execPath, ["scripts/bundle.mjs"], { stdio: "inherit" });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
