// A worker thread (dist/scan-worker.js): reads and scans each batch of source files it is sent, and answers with
// what they refer to. Texts never leave the thread. A failure is left unhandled: the thread stops, and the pool
// that started it reports the error.
import { parentPort } from "node:worker_threads";
import type { ScanBatch } from "./scan-pool.js";
import { scanSources } from "./snapshot.js";

parentPort?.on("message", (batch: ScanBatch) => {
  void scanSources(batch.root, batch.paths, batch.maxFileBytes, batch.exclude).then((result) =>
    parentPort!.postMessage(result),
  );
});
