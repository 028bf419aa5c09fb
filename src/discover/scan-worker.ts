// A worker thread (dist/scan-worker.js): reads and scans each batch of source files it is sent, and answers with
// what they refer to. Texts never leave the thread.
import { parentPort } from "node:worker_threads";
import { scanSources } from "./snapshot.js";
import type { ScanBatch } from "./scan-pool.js";

parentPort?.on("message", (batch: ScanBatch) => {
  scanSources(batch.root, batch.paths, batch.maxFileBytes, batch.exclude).then(
    (result) => parentPort!.postMessage(result),
    (err: unknown) => {
      throw err;
    },
  );
});
