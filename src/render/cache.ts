// Renders kept by the content of their inputs: a second run builds only what changed, and a pull request's base takes
// the head's render of every tree the change left alone. In memory for one run, and in a folder between runs. A cache
// that cannot be read or written costs time, never correctness: every failure is a miss.
import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import type { JobOutcome } from "./job.js";

export interface RenderCache {
  get(key: string): Promise<JobOutcome | undefined>;
  put(key: string, outcome: JobOutcome): Promise<void>;
  /** The keys this run read or wrote: what a saved copy of the folder needs. */
  readonly used: ReadonlySet<string>;
  /** Why the folder could not be written, the first time it could not: said once in the log. */
  readonly writeError: string | undefined;
}

/** Where renders are kept when nobody says: `egress-lint/` under the XDG cache folder, else under `~/.cache`. */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>, home: string): string {
  return path.join(env.XDG_CACHE_HOME || path.join(home, ".cache"), "egress-lint");
}

/** The folder inside the cache folder; bumped whenever the stored shape changes, so an old one is never read. */
export const RENDERS_FOLDER = "renders-v1";

/** `dir` undefined: in memory only. */
export function renderCache(dir: string | undefined): RenderCache {
  const memory = new Map<string, JobOutcome>();
  const used = new Set<string>();
  const fileOf = (key: string) => path.join(dir!, RENDERS_FOLDER, key.slice(0, 2), `${key}.json`);
  let writeError: string | undefined;
  return {
    used,
    get writeError() {
      return writeError;
    },
    async get(key) {
      let hit = memory.get(key);
      if (!hit && dir) {
        hit = await readEntry(fileOf(key));
        // A render read now is in use: pruning goes by the time an entry was last used, not when it was written.
        if (hit) await touch(fileOf(key));
      }
      if (hit) {
        used.add(key);
        memory.set(key, hit);
      }
      return hit;
    },
    async put(key, outcome) {
      used.add(key);
      memory.set(key, outcome);
      if (dir) writeError ??= await writeEntry(fileOf(key), outcome);
    },
  };
}

async function touch(file: string): Promise<void> {
  const now = new Date();
  await utimes(file, now, now).catch(() => undefined);
}

/** Renders no run has used for this long are removed from a cache folder kept on a machine. */
export const STALE_AFTER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Written when the folder was last pruned: listing thousands of entries on every run would cost more than it saves. */
const PRUNED_MARK = ".pruned";

/**
 * Removes the renders of `dir` that no run has read or written for STALE_AFTER_DAYS, at most once a day, and the
 * folders of older cache layouts. Returns how many entries went; a folder that cannot be listed or changed is left
 * as it is (the cache never fails a run).
 */
export async function pruneStale(dir: string, now: Date): Promise<number> {
  const folder = path.join(dir, RENDERS_FOLDER);
  const mark = path.join(folder, PRUNED_MARK);
  try {
    const last = await stat(mark).catch(() => undefined);
    if (last && now.getTime() - last.mtime.getTime() < DAY_MS) return 0;
    const cutoff = now.getTime() - STALE_AFTER_DAYS * DAY_MS;
    let removed = 0;
    for (const old of await readdir(dir)) {
      if (/^renders-v\d+$/.test(old) && old !== RENDERS_FOLDER)
        await rm(path.join(dir, old), { recursive: true, force: true });
    }
    for (const sub of await readdir(folder, { withFileTypes: true })) {
      if (!sub.isDirectory()) continue;
      for (const name of await readdir(path.join(folder, sub.name))) {
        const file = path.join(folder, sub.name, name);
        const info = await stat(file).catch(() => undefined);
        if (info && info.mtime.getTime() < cutoff) {
          await rm(file, { force: true });
          removed++;
        }
      }
    }
    await writeFile(mark, "");
    await utimes(mark, now, now);
    return removed;
  } catch {
    return 0;
  }
}

async function readEntry(file: string): Promise<JobOutcome | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8"), revive) as JobOutcome;
  } catch {
    return undefined;
  }
}

/** Undefined when written; else why not (read-only, full, not a folder): the next run builds again. */
async function writeEntry(file: string, outcome: JobOutcome): Promise<string | undefined> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    // Written aside and renamed: a reader never sees half an entry, even from a run alongside.
    const partial = `${file}.${randomUUID()}.partial`;
    await writeFile(partial, JSON.stringify(outcome, replace));
    await rename(partial, file);
    return undefined;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code ?? (err as Error).message;
  }
}

/** Line maps are Maps; JSON has no Map. The marker is a key no Kubernetes field has. */
const MAP = "\u0000map";

function replace(_key: string, value: unknown): unknown {
  return value instanceof Map ? { [MAP]: [...value.entries()] } : value;
}

function revive(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === "object" && MAP in value)
    return new Map((value as Record<string, [unknown, unknown][]>)[MAP]);
  return value;
}
