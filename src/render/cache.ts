// Renders kept by the content of their inputs: a second run builds only what changed, and a pull request's base takes
// the head's render of every tree the change left alone. In memory for one run, and in a folder between runs. A cache
// that cannot be read or written costs time, never correctness: every failure is a miss.
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
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
      const hit = memory.get(key) ?? (dir ? await readEntry(fileOf(key)) : undefined);
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
