// The renders folder kept between workflow runs in GitHub's Actions cache: restored from the newest entry of this
// repository before the check, saved after it under a key that says which renders it holds. A cache that cannot be
// reached costs time, never correctness: every failure is a line in the log.
import * as cache from "@actions/cache";
import * as core from "@actions/core";
import { createHash } from "node:crypto";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { RENDERS_FOLDER } from "../render/cache.js";

const PREFIX = "egress-lint-renders-v1";

function keyPrefix(repository: string): string {
  return `${PREFIX}-${repository.replace(/[^A-Za-z0-9._-]/g, "_")}-`;
}

/** The key the restored entry had, or undefined when nothing was restored. */
export async function restoreRenders(dir: string, repository: string): Promise<string | undefined> {
  if (!cache.isFeatureAvailable()) return undefined;
  try {
    const prefix = keyPrefix(repository);
    // No key is ever exactly "latest": the newest entry of the prefix is restored.
    const hit = await cache.restoreCache([path.join(dir, RENDERS_FOLDER)], `${prefix}latest`, [prefix]);
    core.info(hit ? `render cache: restored ${hit}` : "render cache: nothing to restore yet");
    return hit;
  } catch (err) {
    core.info(`render cache: not restored (${(err as Error).message}); every tree is built`);
    return undefined;
  }
}

/** Keeps only the renders this run used, then saves them, unless the restored entry held exactly those. */
export async function saveRenders(
  dir: string,
  repository: string,
  used: ReadonlySet<string>,
  restored: string | undefined,
): Promise<void> {
  if (!cache.isFeatureAvailable() || used.size === 0) return;
  const key = `${keyPrefix(repository)}${createHash("sha256")
    .update([...used].sort().join("\n"))
    .digest("hex")
    .slice(0, 24)}`;
  if (key === restored) return;
  try {
    await pruneUnused(path.join(dir, RENDERS_FOLDER), used);
    await cache.saveCache([path.join(dir, RENDERS_FOLDER)], key);
    core.info(`render cache: saved ${key} (${used.size} renders)`);
  } catch (err) {
    core.info(`render cache: not saved (${(err as Error).message})`);
  }
}

/** Entries of earlier runs that this one did not use would grow the saved folder without end. */
async function pruneUnused(folder: string, used: ReadonlySet<string>): Promise<void> {
  for (const sub of await readdir(folder).catch(() => [] as string[])) {
    for (const file of await readdir(path.join(folder, sub)).catch(() => [] as string[])) {
      if (!used.has(file.replace(/\.json$/, ""))) await rm(path.join(folder, sub, file), { force: true });
    }
  }
}
