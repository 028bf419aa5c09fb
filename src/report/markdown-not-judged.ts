// The comment's and summary's account of what the rules did not judge, collapsed: counted, with the hosts of the
// unplaced references, so a reviewer sees that a host was passed over and why, without reading past it.
import type { Section } from "./budget.js";
import { codeCell, mdText } from "./escape.js";
import { notJudgedLine } from "./not-judged.js";
import { type ReportLinks, repoPath } from "./links.js";
import type { Report } from "./types.js";

export function notJudgedSection(report: Report, links: ReportLinks, maxRows = Number.POSITIVE_INFINITY): Section {
  const line = notJudgedLine(report.scan.references);
  if (!line) return { head: "", blocks: [] };
  const all = report.notJudged ?? [];
  const listed = all.slice(0, maxRows);
  const rows = listed.map(
    (r) =>
      `| ${codeCell(r.port ? `${r.host}:${r.port}` : r.host)} | ${codeCell(`${repoPath(links, r.file)}:${r.line}`)} | ${r.unplaced ? "unplaced" : mdText(r.class)} | ${mdText(r.reason)} |\n`,
  );
  return {
    head: "",
    blocks: [
      {
        open: `<details><summary>${mdText(line.replace(/`/g, ""))}</summary>\n\n| Host | Where | Class | Why it was not judged |\n| --- | --- | --- | --- |\n`,
        lines:
          all.length > listed.length
            ? [...rows, `| … | ${all.length - listed.length} more in the job summary | | |\n`]
            : rows,
        close: "\n</details>\n\n",
        more: (dropped) => `| … | ${dropped} more in the JSON report | | |\n`,
      },
    ],
  };
}
