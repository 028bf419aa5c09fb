// Report -> the terminal report `egress-lint check` prints.
import { plural } from "./plural.js";
import { notJudgedLine } from "./not-judged.js";
import { plainLine } from "./plain.js";
import { tableDiffText } from "./text-diff.js";
import { blockedCallTableText } from "./text-route-table.js";
import { findingsText, suggestionsText } from "./text-findings.js";
import { columns, where } from "./text-layout.js";
import type { Report } from "./types.js";

export function renderText(report: Report): string {
  const out: string[] = [];
  const mesh = report.meshPolicy;
  const source = mesh.source
    ? `${mesh.sourceKind} at ${mesh.source.file}:${mesh.source.line}`
    : "Istio's default; nothing in the repository sets it";
  out.push(`Mesh outbound policy: ${mesh.mode} (${source})`);
  const others = mesh.otherSources ?? [];
  if (others.length > 0)
    out.push(
      `  it wins because ${mesh.why}; also set: ${others.map((o) => `${o.mode} by ${o.kind} at ${o.file}:${o.line}`).join(", ")}`,
    );
  if (mesh.invalidMode !== undefined)
    out.push(`  "${mesh.invalidMode}" is not a mode Istio accepts, so ${mesh.mode} stays in force`);
  out.push("");

  const injected = report.workloads.filter((w) => w.injected);
  out.push(`Workloads with sidecars (${injected.length} of ${report.workloads.length}):`);
  if (injected.length === 0) out.push("  none");
  out.push(
    ...columns(
      injected.map((w) => [
        `${w.namespace}/${w.name}`,
        w.kind,
        w.mode,
        w.modeSource === "sidecar" ? `from Sidecar ${w.sidecar}` : "from the mesh",
        `${w.file}:${w.line}`,
      ]),
    ),
  );
  const without = report.workloads.filter((w) => !w.injected);
  if (without.length)
    out.push(`  without a sidecar (egress not governed): ${without.map((w) => `${w.namespace}/${w.name}`).join(", ")}`);
  out.push("");

  const external = report.serviceEntries.filter((se) => se.location === "MESH_EXTERNAL");
  out.push(`Registered external hosts (${external.length} ServiceEntr${external.length === 1 ? "y" : "ies"}):`);
  if (external.length === 0) out.push("  none");
  out.push(
    ...columns(
      external.map((se) => [
        se.hosts.join(", "),
        se.ports.map((p) => `${p.number}/${p.protocol || "auto"}`).join(", ") || "all ports",
        `${se.namespace}/${se.name}`,
        `exportTo ${se.exportTo.join(",")}`,
        `${se.file}:${se.line}`,
      ]),
    ),
  );
  out.push("");

  // The report must not read as "the code calls nothing else" when only a change's files were scanned.
  if (report.scan.scope === "changed")
    out.push(`Sources scanned: only the ${plural(report.scan.files, "file")} the change touched (scan: changed)`, "");
  if (report.hosts.length) {
    out.push(`Hosts the code calls (${report.hosts.length}):`);
    out.push(
      ...columns(
        report.hosts.map((h) => [
          `${h.host}:${h.port || "*"}`,
          h.registered ? "registered" : "NOT REGISTERED",
          h.serviceEntries.join(", ") || "-",
          `${where(h.references[0]!)}${h.references.length > 1 ? ` (+${h.references.length - 1} more)` : ""}`,
        ]),
      ),
    );
    out.push("");
  }
  const skipped = notJudgedLine(report.scan.references);
  if (skipped) out.push(skipped, "");

  if (report.routeTables.length) {
    out.push(
      `Simulated route tables (${plural(report.routeTables.length, "distinct sidecar view")}; print one with \`egress-lint routes --proxy NS/WORKLOAD\`):`,
    );
    out.push(
      ...columns(
        report.routeTables.map((t) => [
          t.proxy,
          plural(t.rows.length, "row"),
          t.proxies.length > 1 ? `shared by ${t.proxies.length - 1} more` : "",
        ]),
      ),
    );
    out.push("");
  }
  out.push(...blockedCallTableText(report));

  out.push(...tableDiffText(report));
  out.push(...findingsText(report), ...suggestionsText(report));
  // Names and messages come from the repository: each line stays one line that a terminal or the runner cannot act on.
  return `${out.map(plainLine).join("\n")}\n`;
}
