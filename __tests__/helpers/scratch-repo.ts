// A repository written file by file into a fresh temporary folder, for tests that run the whole check on it. Called
// inside a test: the folder is removed when the test finishes, pass or fail.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { onTestFinished } from "vitest";

export function scratchRepo(prefix: string): { root: string; write: (file: string, text: string) => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  return { root, write };
}
