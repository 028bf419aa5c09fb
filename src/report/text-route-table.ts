// The terminal report's proof: the simulated route table of the sidecar that makes the first blocked call, as
// `istioctl proxy-config route` prints it, so a reader sees the table the verdict comes from, not only row counts.
import { renderRouteTable } from "../routes/index.js";
import type { Finding } from "../findings.js";
import { REFUSED_CALL_RULES } from "../rules/catalog.js";
import type { Report } from "./types.js";

/** More rows than a screen holds go to `egress-lint routes`. */
const MAX_ROWS = 30;

export function blockedCallTableText(report: Report): string[] {
  const calls = report.findings.filter((f) => REFUSED_CALL_RULES.has(f.rule) && f.workload !== undefined);
  const call = calls.find((f) => f.severity === "error") ?? calls.find((f) => f.severity === "warning");
  if (!call) return [];
  const proxy = `${call.namespace}/${call.workload}`;
  const table = report.routeTables.find((t) => t.proxies.includes(proxy));
  if (!table) return [];
  const rows = table.rows.slice(0, MAX_ROWS);
  const lines = renderRouteTable({ proxy, rows })
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => `  ${l.trimEnd()}`);
  const more = table.rows.length - rows.length;
  return [
    `Route table of ${proxy}, which calls ${target(call)} (${call.file}:${call.line}), as \`istioctl proxy-config route\` prints it:`,
    ...lines,
    ...(more > 0 ? [`  … ${more} more rows: egress-lint routes --proxy ${proxy}`] : []),
    "",
  ];
}

function target(f: Finding): string {
  return f.port === undefined ? (f.host ?? "") : `${f.host}:${f.port}`;
}
