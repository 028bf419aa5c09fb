// `egress-lint explain HOST`: every reference to one host, what the scan took it for and why, where it was placed,
// and what the rules concluded, so a user can see why a host counted or did not.
import { normalizeHost } from "../scan/host-syntax.js";
import { specialUseOf } from "../scan/special-use.js";
import { plural } from "./plural.js";
import type { Report } from "./types.js";

function at(r: { file: string; line: number; column?: number }): string {
  return `${r.file}:${r.line}${r.column ? `:${r.column}` : ""}`;
}

export function renderExplain(report: Report, written: string): string {
  const normal = normalizeHost(written.trim());
  const host = normal?.host ?? written.trim().toLowerCase();
  const out: string[] = [host, ""];
  const special = normal ? specialUseOf(normal.host, normal.kind) : undefined;
  if (special) out.push(`Never egress: ${special.kind}: ${special.why}.`, "");

  const findings = report.findings.filter((f) => f.host === host);
  out.push(findings.length ? `Findings (${findings.length}):` : "Findings: none");
  for (const f of findings)
    out.push(
      `  ${f.severity}  ${f.code} ${f.rule}  ${at({ file: f.file ?? "", line: f.line ?? 0, column: f.column })}  ${f.message}`,
    );
  out.push("");

  const judged = report.hosts.filter((h) => h.host === host);
  const references = judged.reduce((n, h) => n + h.references.length, 0);
  out.push(references ? `Judged references (${references}):` : "Judged references: none");
  for (const h of judged) {
    const status = h.registered ? `registered by ${h.serviceEntries.join(", ")}` : "not registered for every caller";
    out.push(`  port ${h.port || "any"} (${h.scheme || "no scheme"}): ${status}`);
    for (const r of h.references) {
      out.push(`    ${at(r)}  ${r.class}: ${r.reason}`);
      out.push(`      placed in: ${r.callers.join(", ") || "no workload"}`);
    }
  }
  out.push("");

  const skipped = (report.notJudged ?? []).filter((r) => r.host === host);
  out.push(skipped.length ? `Not judged (${skipped.length}):` : "Not judged: none");
  for (const r of skipped) out.push(`  ${at(r)}  ${r.unplaced ? "unplaced" : r.class}: ${r.reason}`);
  if (!findings.length && !references && !skipped.length && !special)
    out.push("", `No file the scan read refers to ${host} (${plural(report.scan.files, "file")} scanned).`);
  return `${out.join("\n")}\n`;
}
