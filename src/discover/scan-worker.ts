// A worker thread (dist/scan-worker.js): takes batches of source files from the read's shared counter, reads and
// scans each, and answers with what they refer to. Texts never leave the thread. A failure is left unhandled: the
// thread stops, and the pool that started it reports the error.
import { parentPort } from "node:worker_threads";
import { type ScanAnswer, type ScanWork, takeBatches } from "./scan-pool.js";

parentPort?.on("message", (work: ScanWork) => {
  const answer = (a: ScanAnswer) => parentPort!.postMessage(a);
  void takeBatches(work, (index, scan) => answer({ index, scan })).then(() => answer({ done: true }));
});
