// The markdown parts that appear once findings are judged against a base or a baseline: introduced, already there,
// accepted, fixed, the baseline's unused entries; and the suggested fixes with their YAML.
import { serviceEntryFile } from "../suggest/render.js";
import type { Finding } from "../findings.js";
import type { Suggestion } from "../suggest/index.js";
import type { Block, Section } from "./budget.js";
import { fencedBlock, htmlText, mdCode, mdText } from "./escape.js";
import type { ReportLinks } from "./links.js";
import { FINDINGS_HEADER, findingRows } from "./markdown-sections.js";
import { plural } from "./plural.js";
import { isJudged, staleEntryText } from "./text-findings.js";
import type { Report } from "./types.js";

/** How many findings the gate counts, whatever their severity. */
export function countedFindings(report: Report): number {
  const mode = report.gate?.mode ?? "all";
  return report.findings.filter((f) => f.status !== "accepted" && (mode === "all" || f.status !== "existing")).length;
}

/** The verdict's counts once judged: what the gate counts, then what it does not. */
export function judgedCounts(report: Report): { icon: string; counts: string } {
  const g = report.summary.gating ?? report.summary;
  const gate = report.gate;
  const adjective = gate?.mode === "new" && gate.compared ? "new " : "";
  const icon = g.errors ? "❌" : g.warnings ? "⚠️" : "✅";
  const extras = [
    gate?.compared && gate.existing ? `${gate.existing} already there` : "",
    report.baseline?.accepted ? `${report.baseline.accepted} accepted by the baseline` : "",
    gate?.compared && gate.fixed ? `${gate.fixed} fixed` : "",
  ].filter(Boolean);
  const counts = `**${plural(g.errors, `${adjective}error`)}, ${plural(g.warnings, `${adjective}warning`)}**${extras.length ? ` · ${extras.join(" · ")}` : ""}`;
  return { icon, counts };
}

function table(
  findings: readonly Finding[],
  links: ReportLinks,
  elsewhere: string,
  wrap: { open: string; close: string },
  linked = true,
): Block {
  return {
    open: `${wrap.open}${FINDINGS_HEADER}`,
    close: `\n${wrap.close}`,
    ...findingRows(findings, links, elsewhere, linked),
  };
}

const collapsed = (summary: string) => ({
  open: `<details><summary>${htmlText(summary)}</summary>\n\n`,
  close: "</details>\n\n",
});
const open = { open: "", close: "" };

/** Introduced findings in the open, the rest collapsed: a reviewer answers for what the change adds. */
export function judgedFindingsSections(
  report: Report,
  links: ReportLinks,
  elsewhere: string,
  noun = "pull request",
): Section[] {
  const by = (status: Finding["status"]) => report.findings.filter((f) => f.status === status);
  const gate = report.gate;
  const sections: Section[] = [];
  if (gate?.compared) {
    const introduced = by("new");
    sections.push(
      introduced.length
        ? {
            head: `#### Introduced by this ${noun} (${introduced.length})\n\n`,
            blocks: [table(introduced, links, elsewhere, open)],
          }
        : { head: `No findings introduced by this ${noun}.\n\n`, blocks: [] },
    );
    const existing = by("existing");
    const counted = gate.mode === "all" ? "counted by the gate" : "not counted by the gate";
    if (existing.length)
      sections.push({
        head: "",
        blocks: [
          table(
            existing,
            links,
            elsewhere,
            collapsed(`Already there: ${plural(existing.length, "finding")} (${counted})`),
          ),
        ],
      });
  } else {
    const unjudged = by(undefined);
    sections.push(
      unjudged.length
        ? { head: "", blocks: [table(unjudged, links, elsewhere, open)] }
        : { head: "No findings outside the baseline.\n\n", blocks: [] },
    );
  }
  const accepted = by("accepted");
  if (accepted.length)
    sections.push({
      head: "",
      blocks: [
        table(
          accepted,
          links,
          elsewhere,
          collapsed(`Accepted by the baseline: ${plural(accepted.length, "finding")} (never counted)`),
        ),
      ],
    });
  const fixed = report.fixed ?? [];
  if (fixed.length)
    sections.push({
      head: "",
      blocks: [
        table(fixed, links, elsewhere, collapsed(`Fixed by this ${noun}: ${plural(fixed.length, "finding")}`), false),
      ],
    });
  const stale = report.baseline?.stale ?? [];
  if (stale.length) {
    const file = report.baseline!.file;
    const lines = stale.map((e) => `- ${mdCode(`${file}:${e.line}`)} ${mdText(staleEntryText(e))}\n`);
    sections.push({
      head: "",
      blocks: [
        {
          ...collapsed(`${plural(stale.length, "baseline entry", "baseline entries")} to remove from ${file}`),
          lines,
          more: (n) => `- … ${n} more\n`,
        },
      ],
    });
  }
  return sections;
}

/** Up to this many ServiceEntries are shown one by one, each under its own title. */
const MAX_SEPARATE_ENTRIES = 5;

function suggestionTitle(s: Suggestion): string {
  const targets =
    s.targets.length > 3
      ? `${s.targets.slice(0, 3).join(", ")} and ${s.targets.length - 3} more`
      : s.targets.join(", ");
  if (s.kind === "ServiceEntry") return `ServiceEntry ${s.namespace}/${s.name} for ${targets}`;
  if (s.kind === "exportTo")
    return `Export ${s.target.kind} ${s.target.namespace}/${s.target.name} to ${s.added.join(", ")} for ${targets}`;
  return `Sidecar ${s.target.namespace}/${s.target.name}: import ${s.added.join(", ")} for ${targets}`;
}

/**
 * Each suggestion's YAML in a collapsed block, whole or not at all (half a ServiceEntry is worse than none). The
 * comment shows those for findings the change introduces (all of them when nothing was compared).
 */
export function suggestionsSection(report: Report, scope: "introduced" | "all"): Section {
  const list = (report.suggestions ?? []).filter(
    (s) => scope === "all" || s.status === "new" || s.status === undefined,
  );
  if (list.length === 0) return { head: "", blocks: [] };
  const head = `#### Suggested fixes (${list.length})\n\n\`egress-lint suggest --write FILE\` writes the ServiceEntries to a file; changes to existing resources are made where they are written.\n\n`;
  const entries = list.filter((s) => s.kind === "ServiceEntry");
  // Many entries are one file to add, shown once as that file, rather than a wall of sections.
  const together = entries.length > MAX_SEPARATE_ENTRIES;
  const block = (title: string, yaml: string) => {
    const fence = fencedBlock("yaml", yaml.replace(/\n$/, "").split("\n"));
    return {
      open: `<details><summary>${htmlText(title)}</summary>\n\n${fence.open}`,
      lines: fence.lines,
      close: `${fence.close}\n</details>\n\n`,
      atomic: true,
    };
  };
  const file = together
    ? [
        block(
          `${plural(entries.length, "ServiceEntry", "ServiceEntries")} to add, as egress-lint suggest --write writes them`,
          serviceEntryFile(entries),
        ),
      ]
    : [];
  return {
    head,
    blocks: [
      ...file,
      ...list.filter((s) => !together || s.kind !== "ServiceEntry").map((s) => block(suggestionTitle(s), s.yaml)),
    ],
    omitted: (n) => `_${plural(n, "more suggestion")} not shown: \`egress-lint suggest\` prints them all._\n\n`,
  };
}

export { isJudged };
