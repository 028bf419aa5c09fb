// Report -> SARIF 2.1.0, the format code scanning (github/codeql-action/upload-sarif) takes.
import type { Finding, Severity } from "../findings.js";
import { RULES } from "../rules/catalog.js";
import { repoPath, ruleDocsUrl, type ReportLinks } from "./links.js";
import type { Report } from "./types.js";
import { safeJson } from "./json.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };
const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = "https://github.com/egress-lint/egress-lint";

function location(f: Finding, links: Pick<ReportLinks, "pathPrefix">) {
  // SARIF regions are 1-based; a finding about a whole file still needs a line to be shown.
  const region = { startLine: Math.max(1, f.line), ...(f.column && f.column > 0 ? { startColumn: f.column } : {}) };
  return { physicalLocation: { artifactLocation: { uri: repoPath(links, f.file), uriBaseId: "%SRCROOT%" }, region } };
}

/** Code scanning reads `baselineState` as new or unchanged, and hides results with a suppression. */
function judged(f: Finding) {
  if (f.status === "accepted")
    return { suppressions: [{ kind: "external", justification: "accepted in the egress-lint baseline file" }] };
  if (f.status === "new") return { baselineState: "new" };
  if (f.status === "existing") return { baselineState: "unchanged" };
  return {};
}

export function renderSarif(report: Report, links: Pick<ReportLinks, "pathPrefix" | "docsUrl">): string {
  const rules = RULES.map((r) => ({
    id: r.code,
    name: r.name,
    shortDescription: { text: r.description },
    fullDescription: { text: r.description },
    helpUri: ruleDocsUrl(links, r.name),
    help: { text: `${r.description} See ${ruleDocsUrl(links, r.name)}` },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: ["istio", "egress"] },
  }));
  const index = new Map<string, number>(RULES.map((r, i) => [r.code, i]));
  const results = report.findings.map((f) => ({
    ruleId: f.code,
    ...(index.has(f.code) ? { ruleIndex: index.get(f.code)! } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [location(f, links)],
    ...judged(f),
  }));
  const sarif = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "egress-lint",
            version: report.version,
            semanticVersion: report.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        results,
        columnKind: "utf16CodeUnits",
      },
    ],
  };
  return safeJson(sarif);
}
