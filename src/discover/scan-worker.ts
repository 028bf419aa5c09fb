// A worker thread (dist/scan-worker.js): takes batches of a read's source files from the counter the threads share,
// reads and scans each, and answers with what they refer to, then says it is done. Texts never leave the thread. A
// failure is left unhandled: the thread stops, and the pool that started it reports the error.
import { parentPort } from "node:worker_threads";
import type { ScanAnswer, ScanJob } from "./scan-pool.js";
import { scanSources } from "./snapshot.js";

const answer = (a: ScanAnswer) => parentPort!.postMessage(a);

parentPort?.on("message", (job: ScanJob) => {
  const next = new Int32Array(job.next);
  void (async () => {
    for (let batch = Atomics.add(next, 0, 1); batch < job.batches.length; batch = Atomics.add(next, 0, 1))
      answer({ batch, scan: await scanSources(job.root, job.batches[batch]!, job.maxFileBytes, job.exclude) });
    answer({ done: true });
  })();
});
