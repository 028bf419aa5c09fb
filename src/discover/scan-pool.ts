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

export function workerSourceReader(script: URL, threads: number): SourceReader {
  return async (root, paths, maxFileBytes, exclude) => {
    const batches: ScanBatch[] = [];
    for (let i = 0; i < paths.length; i += BATCH) batches.push({ root, paths: paths.slice(i, i + BATCH), maxFileBytes, exclude });
    const results = new Array<ScannedSources>(batches.length);
    const workers: Worker[] = [];
    let next = 0;
    const drain = (worker: Worker) =>
      new Promise<void>((resolve, reject) => {
        let busy = false;
        const give = () => {
          busy = next < batches.length;
          if (!busy) return resolve();
          const i = next++;
          worker.once("message", (result: ScannedSources) => {
            results[i] = result;
            give();
          });
          worker.postMessage(batches[i]);
        };
        worker.once("error", reject);
        worker.once("exit", (code) => busy && reject(new Error(`a scan worker stopped (exit ${code})`)));
        give();
      });
    try {
      await Promise.all(
        Array.from({ length: Math.min(threads, batches.length) }, () => {
          const worker = new Worker(script);
          workers.push(worker);
          return drain(worker);
        }),
      );
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
    return mergeScans(results);
  };
}

/** Below this many files a thread costs more to start than it saves. */
export const WORKER_THRESHOLD = 1000;

/**
 * `jobs`: 1 reads in this thread; more uses that many worker threads; 0 (auto) uses up to four when there are many
 * files and more than one core. Without the worker script (running from sources) everything stays in this thread.
 */
export function sourceReaderFor(jobs: number, cores: number, script: URL | undefined): SourceReader {
  if (!script || jobs === 1 || (jobs === 0 && cores < 2)) return scanSources;
  const threads = jobs === 0 ? Math.min(cores, 4) : jobs;
  const pool = workerSourceReader(script, threads);
  return (root, paths, maxFileBytes, exclude) => (jobs === 0 && paths.length < WORKER_THRESHOLD ? scanSources : pool)(root, paths, maxFileBytes, exclude);
}
