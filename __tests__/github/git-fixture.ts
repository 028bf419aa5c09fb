// Throwaway git repositories for tests: files in, commit SHAs out. Never touches the project's own repository.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const IDENTITY = [
  "-c",
  "user.name=egress-lint tests",
  "-c",
  "user.email=tests@example.invalid",
  "-c",
  "commit.gpgsign=false",
];

export function gitIn(dir: string, ...args: string[]): string {
  return execFileSync("git", [...IDENTITY, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0" },
  }).trim();
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function initRepo(dir: string): void {
  mkdirSync(dir, { recursive: true });
  gitIn(dir, "init", "--quiet", "--initial-branch=main");
}

/** Writes the files (null deletes one), commits everything and returns the commit's SHA. */
export function commitFiles(dir: string, files: Record<string, string | null>, message: string): string {
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(dir, file);
    if (text === null) rmSync(full, { force: true });
    else {
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  }
  gitIn(dir, "add", "--all");
  gitIn(dir, "commit", "--quiet", "--allow-empty", "-m", message);
  return gitIn(dir, "rev-parse", "HEAD");
}
