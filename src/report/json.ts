// Report -> the JSON report (the `--format json` output and the action's report-file).
import type { Report } from "./types.js";

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
