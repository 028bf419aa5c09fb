// Reading and scanning source files on several threads: on a monorepo this is most of the work, and it is
// independent per file. Batches go to whichever worker is free; results are put back in batch order.
import { Worker } from "node:worker_threads";
import { mergeScans, scanSources, type ScannedSources, type SourceReader } from "./snapshot.js";

export interface ScanBatch {
  root: string;
  paths: readonly string[];
  maxFileBytes: number;
  exclude: readonly string[];
}

/** Files per message: large enough that messaging costs little, small enough to keep both threads busy. */
const BATCH = 200;

/** A started thread, and a promise that rejects when it fails or stops: a failure while it boots is kept too. */
interface Thread {
  worker: Worker;
  failed: Promise<never>;
}

function startThread(script: URL): Thread {
  const worker = new Worker(script);
  const failed = new Promise<never>((_, reject) => {
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`a scan worker stopped (exit ${code})`)));
  });
  failed.catch(() => undefined); // looked at only while the thread has work
  return { worker, failed };
}

/** Sends one message and resolves with the thread's answer, or rejects with its failure. */
function ask<T>(thread: Thread, message: unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    thread.failed.catch(reject);
    thread.worker.once("message", resolve);
    thread.worker.postMessage(message);
  });
}

/** A pool that can start its threads ahead of its first batch (`warm`) and stop them unused (`release`). */
export interface WorkerPool extends SourceReader {
  warm(): void;
  release(): Promise<void>;
}

export function workerSourceReader(script: URL, threads: number): WorkerPool {
  // Warmed threads do not keep the process alive until a read takes them.
  let warmed: Thread[] = [];
  const warm = () => {
    while (warmed.length < threads) {
      const thread = startThread(script);
      thread.worker.unref();
      warmed.push(thread);
    }
  };
  const release = async () => {
    const unused = warmed;
    warmed = [];
    await Promise.all(unused.map((t) => t.worker.terminate()));
  };
  const read = async (root: string, paths: readonly string[], maxFileBytes: number, exclude: readonly string[]) => {
    const batches: ScanBatch[] = [];
    for (let i = 0; i < paths.length; i += BATCH)
      batches.push({ root, paths: paths.slice(i, i + BATCH), maxFileBytes, exclude });
    const results = new Array<ScannedSources>(batches.length);
    const count = Math.min(threads, batches.length);
    const pool = warmed.splice(0, count);
    while (pool.length < count) pool.push(startThread(script));
    for (const t of pool) t.worker.ref();
    let next = 0;
    const drain = async (thread: Thread) => {
      while (next < batches.length) {
        const i = next++;
        results[i] = await ask<ScannedSources>(thread, batches[i]);
      }
    };
    try {
      await Promise.all([...pool.map(drain), release()]);
    } finally {
      await Promise.all(pool.map((t) => t.worker.terminate()));
    }
    return mergeScans(results);
  };
  return Object.assign(read, { warm, release });
}

/** Below this many files a thread costs more to start than it saves. */
export const WORKER_THRESHOLD = 1000;

/**
 * `jobs`: 1 reads in this thread; more uses that many worker threads; 0 (auto) uses up to four when there are many
 * files and more than one core. Without the worker script (running from sources) everything stays in this thread.
 * A thread takes about as long to boot as the tree takes to list: the reader says when to start them early.
 */
export function sourceReaderFor(jobs: number, cores: number, script: URL | undefined): SourceReader {
  if (!script || jobs === 1 || (jobs === 0 && cores < 2)) return scanSources;
  const threads = jobs === 0 ? Math.min(cores, 4) : jobs;
  const pool = workerSourceReader(script, threads);
  if (jobs !== 0)
    return Object.assign((...args: Parameters<SourceReader>) => pool(...args), {
      warmUp: { files: 0, start: pool.warm },
    });
  const auto = async (root: string, paths: readonly string[], maxFileBytes: number, exclude: readonly string[]) => {
    if (paths.length >= WORKER_THRESHOLD) return pool(root, paths, maxFileBytes, exclude);
    await pool.release();
    return scanSources(root, paths, maxFileBytes, exclude);
  };
  return Object.assign(auto, { warmUp: { files: WORKER_THRESHOLD, start: pool.warm } });
}
