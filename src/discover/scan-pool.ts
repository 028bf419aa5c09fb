// Reading and scanning source files on several threads: on a monorepo this is most of the work, and it is
// independent per file. Each thread takes the next batch itself, from a counter the threads share, so that none waits
// for this thread while it builds the model; results are put back in batch order.
import { Worker } from "node:worker_threads";
import { mergeScans, scanSources, type ScannedSources, type SourceReader } from "./snapshot.js";

/** One read, sent to every thread: each takes batches from `next` (an Int32 counter) until none is left. */
export interface ScanJob {
  root: string;
  batches: readonly (readonly string[])[];
  maxFileBytes: number;
  exclude: readonly string[];
  next: SharedArrayBuffer;
}

/** What a thread answers: one message per batch it scanned, then one saying it has taken its last. */
export type ScanAnswer = { batch: number; scan: ScannedSources } | { done: true };

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

/** Sends the job and keeps each batch's scan in `results`; resolves when the thread is done, rejects if it fails. */
function runJob(thread: Thread, job: ScanJob, results: ScannedSources[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    thread.failed.catch(reject);
    const onAnswer = (answer: ScanAnswer) => {
      if ("batch" in answer) results[answer.batch] = answer.scan;
      else {
        thread.worker.off("message", onAnswer);
        resolve();
      }
    };
    thread.worker.on("message", onAnswer);
    thread.worker.postMessage(job);
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
    const batches: string[][] = [];
    for (let i = 0; i < paths.length; i += BATCH) batches.push(paths.slice(i, i + BATCH));
    const job: ScanJob = { root, batches, maxFileBytes, exclude, next: new SharedArrayBuffer(4) };
    const results = new Array<ScannedSources>(batches.length);
    const count = Math.min(threads, batches.length);
    const pool = warmed.splice(0, count);
    while (pool.length < count) pool.push(startThread(script));
    for (const t of pool) t.worker.ref();
    try {
      await Promise.all([...pool.map((t) => runJob(t, job, results)), release()]);
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
