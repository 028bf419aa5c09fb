// One entry point for every output format, so the CLI and the action render the same way.
import type { OutputFormat } from "../settings.js";
import { renderJson } from "./json.js";
import { renderText } from "./text.js";
import type { Report } from "./types.js";

export function renderReport(report: Report, format: OutputFormat): string {
  switch (format) {
    case "json":
      return renderJson(report);
    case "text":
      return renderText(report);
    default:
      throw new Error(`format ${format} has no renderer`);
  }
}
