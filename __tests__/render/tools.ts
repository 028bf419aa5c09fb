// Which rendering tools this machine has: tests that need one skip, and say so, where it is missing.
import { execFileSync } from "node:child_process";

function onPath(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: "ignore", timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

export const hasKustomize = onPath("kustomize", ["version"]) || onPath("kubectl", ["version", "--client"]);
export const hasHelm = onPath("helm", ["version", "--short"]);
