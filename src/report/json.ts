// Report -> the JSON report (the `--format json` output and the action's report-file).
import type { Report } from "./types.js";

/**
 * Pretty JSON that a workflow runner cannot mistake for a command: the runner reads `##[` anywhere in a line of
 * stdout, and a file or host name from the repository may hold it. `\u005b` is the same `[` to every JSON reader.
 */
export function safeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/##\[/g, "##\\u005b")}\n`;
}

export function renderJson(report: Report): string {
  return safeJson(report);
}
