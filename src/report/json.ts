// Report -> the JSON report (the `--format json` output and the action's report-file).
import type { Report } from "./types.js";

/**
 * Pretty JSON that a workflow runner cannot mistake for a command: the runner reads `##[` anywhere in a line of
 * stdout, and a file or host name from the repository may hold it. `\u005b` is the same `[` to every JSON reader.
 */
export function safeJson(value: unknown): string {
  // JSON.stringify gives a rope of pieces, which the first read of it copies into one flat string: on a monorepo's
  // report of many megabytes that copy costs tens of milliseconds, so the newline is joined before it, to copy once.
  // Asked first, since replacing costs a copy of its own even where nothing holds `##[`.
  const json = `${JSON.stringify(value, null, 2)}\n`;
  return json.includes("##[") ? json.replaceAll("##[", "##\\u005b") : json;
}

export function renderJson(report: Report): string {
  return safeJson(report);
}
