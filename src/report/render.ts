// One entry point for every output format, so the CLI and the action render the same way.
import type { OutputFormat } from "../settings.js";
import { renderJson } from "./json.js";
import { DEFAULT_DOCS_URL, type ReportLinks } from "./links.js";
import { renderSummary } from "./markdown.js";
import { renderSarif } from "./sarif.js";
import { renderText } from "./text.js";
import type { Report } from "./types.js";

/** Without links, paths print as they are in the report and rules link to the project's own docs. */
export const PLAIN_LINKS: ReportLinks = { pathPrefix: "", docsUrl: DEFAULT_DOCS_URL };

export function renderReport(report: Report, format: OutputFormat, links: ReportLinks = PLAIN_LINKS): string {
  switch (format) {
    case "json":
      return renderJson(report);
    case "text":
      return renderText(report);
    case "markdown":
      return renderSummary(report, links);
    case "sarif":
      return renderSarif(report, links);
    default:
      throw new Error(`format ${format satisfies never} has no renderer`);
  }
}
