// Reading and scanning source files on several threads: on a monorepo this is most of the work, and it is
// independent per file. This thread scans too, beside its workers: each takes the next batch from one shared counter,
// and results are put back in batch order.
import { Worker } from "node:worker_threads";
import { mergeScans, scanSources, type ScannedSources, type SourceReader } from "./snapshot.js";

/** Files per batch: large enough that messaging costs little. */
const BATCH = 200;
/** The smallest batch: the last ones are this small, so that no thread is left scanning long after the others. */
const LAST_BATCH = 20;

/**
 * `paths` in batches of `BATCH`, then smaller ones as the end nears (each a share of what is left): a thread that
 * takes a large batch last keeps the others waiting, and this thread joins the scan late, between its other work.
 */
export function batchesOf(paths: readonly string[], threads: number): string[][] {
  const batches: string[][] = [];
  for (let i = 0; i < paths.length; ) {
    const size = Math.max(LAST_BATCH, Math.min(BATCH, Math.ceil((paths.length - i) / (4 * threads))));
    batches.push(paths.slice(i, i + size));
    i += size;
  }
  return batches;
}

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

/** What a worker is sent: a read's batches of paths, and the counter from which it takes the next one. */
export interface ScanWork {
  root: string;
  batches: readonly (readonly string[])[];
  maxFileBytes: number;
  exclude: readonly string[];
  counter: Int32Array;
}

/** What a worker answers: one batch's scan, then that it found no batch left. */
export type ScanAnswer = { index: number; scan: ScannedSources } | { done: true };

/** Where a batch's result goes, by the batch's index. */
type ScanStore = (index: number, scan: ScannedSources) => void;

/** Takes batches from the counter until none is left; `scanned` gets each batch's result. */
export async function takeBatches(work: ScanWork, scanned: ScanStore): Promise<void> {
  for (let i = Atomics.add(work.counter, 0, 1); i < work.batches.length; i = Atomics.add(work.counter, 0, 1)) {
    scanned(i, await scanSources(work.root, work.batches[i]!, work.maxFileBytes, work.exclude));
  }
}

/** Hands a worker the read's batches; resolves once it has taken its last one, or rejects with its failure. */
function serve(thread: Thread, work: ScanWork, scanned: ScanStore): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    thread.failed.catch(reject);
    const onAnswer = (answer: ScanAnswer) => {
      if ("done" in answer) {
        thread.worker.off("message", onAnswer);
        resolve();
      } else scanned(answer.index, answer.scan);
    };
    thread.worker.on("message", onAnswer);
    thread.worker.postMessage(work);
  });
}

/** A pool that can start its threads ahead of its first batch (`warm`) and stop them unused (`release`). */
export interface WorkerPool extends SourceReader {
  warm(): void;
  release(): Promise<void>;
}

/** `threads`: how many threads scan, this one included. */
export function workerSourceReader(script: URL, threads: number): WorkerPool {
  // Warmed threads do not keep the process alive until a read takes them.
  let warmed: Thread[] = [];
  const warm = () => {
    while (warmed.length < threads - 1) {
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
    const batches = batchesOf(paths, threads);
    const results = new Array<ScannedSources>(batches.length);
    const count = Math.max(0, Math.min(threads - 1, batches.length - 1));
    const pool = warmed.splice(0, count);
    while (pool.length < count) pool.push(startThread(script));
    for (const t of pool) t.worker.ref();
    // Workers never wait for this thread to hand out work: it is busy with the model while they scan.
    const work: ScanWork = { root, batches, maxFileBytes, exclude, counter: new Int32Array(new SharedArrayBuffer(4)) };
    const store: ScanStore = (i, scan) => {
      results[i] = scan;
    };
    const serving = pool.map((t) => serve(t, work, store));
    const here = takeBatches(work, store);
    try {
      await Promise.all([...serving, here, release()]);
    } finally {
      // After a failure, this thread takes no further batch.
      Atomics.store(work.counter, 0, batches.length);
      await Promise.all(pool.map((t) => t.worker.terminate()));
    }
    return mergeScans(results);
  };
  return Object.assign(read, { warm, release });
}

/**
 * Below this many source files a worker costs more than it saves: its start-up and its own compiling of the scan code
 * outweigh its share of the scan. On two cores, where this thread also builds the model while it scans, that share
 * is half the files and a worker paid off from about 3,000 to 3,700 of them (benchmark trees of 2,500 to 3,750 files
 * and repositories of 1,300 to 3,400); with more cores the share is larger and the cost is spread.
 */
export function workerThreshold(cores: number): number {
  return cores <= 2 ? 3000 : 1000;
}

/**
 * `jobs`: how many threads scan. 1 reads in this thread; more adds `jobs - 1` worker threads to it; 0 (auto) uses up
 * to four threads (one per core) when there are many files and more than one core. Without the worker script
 * (running from sources) everything stays in this thread.
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
  const threshold = workerThreshold(cores);
  const auto = async (root: string, paths: readonly string[], maxFileBytes: number, exclude: readonly string[]) => {
    if (paths.length >= threshold) return pool(root, paths, maxFileBytes, exclude);
    await pool.release();
    return scanSources(root, paths, maxFileBytes, exclude);
  };
  return Object.assign(auto, { warmUp: { files: threshold, start: pool.warm } });
}
