// Report -> the JSON report (the `--format json` output and the action's report-file).
import type { Report } from "./types.js";

/**
 * Pretty JSON that a workflow runner cannot mistake for a command: the runner reads `##[` anywhere in a line of
 * stdout, and a file or host name from the repository may hold it. `\u005b` is the same `[` to every JSON reader.
 */
export function safeJson(value: unknown): string {
  const json = JSON.stringify(value, null, 2);
  // Asked first: on a monorepo's report of many megabytes, replacing costs a pass that finding nothing does not.
  return `${json.includes("##[") ? json.replaceAll("##[", "##\\u005b") : json}\n`;
}

export function renderJson(report: Report): string {
  return safeJson(report);
}
