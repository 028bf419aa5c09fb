// Property tests of the markdown the action posts: whatever the repository names its hosts, files, workloads and
// resources, and whatever the messages say, the escapers and the renderers produce inert markdown (checked by
// markdown-safety.ts: no HTML, mentions, references, autolinks, broken tables or code blocks, unquoted graph labels).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/findings.js";
import { codeCell, fencedBlock, htmlText, mdCode, mdText, tableCell, urlPath } from "../../src/report/escape.js";
import { renderComment, renderSummary } from "../../src/report/markdown.js";
import type { Report } from "../../src/report/types.js";
import { markdownProblems } from "../hostile/markdown-safety.js";
import { emptyReport, GITHUB_LINKS } from "../report/report-factory.js";
import { budget, textFrom, timeout } from "./budget.js";

/** What markdown, HTML and GitHub give meaning to, and what breaks lines, tables and code. */
const FRAGMENTS = [
  "<img src=x onerror=alert(1)>",
  "<script>",
  "</details>",
  "<summary>",
  "<!--",
  "-->",
  "<",
  ">",
  "&",
  "&amp;",
  "&#64;",
  "&lt;",
  "@",
  "@everyone",
  "@org/team",
  "#1",
  "GH-1",
  "owner/repo#12",
  "`",
  "``",
  "```",
  "~~~",
  "|",
  "\\",
  "\\|",
  "*",
  "_",
  "**",
  "[",
  "]",
  "](",
  "(",
  ")",
  "![x](y)",
  "$",
  "$$",
  "~",
  ":",
  "://",
  "https://",
  "www.",
  "mailto:",
  "\n",
  "\r",
  "\r\n",
  "\t",
  "\u2028",
  "\u202e",
  "\u2066",
  "\u0000",
  "\u001b[31m",
  "\u200b",
  "\ufeff",
  "\ud800",
  " ",
  "  ",
  "-",
  "+",
  "=",
  "---",
  "#",
  "# ",
  "> ",
  "1. ",
  "a",
  "api.example.com",
  "ñandú",
  "日本",
  "😀",
];
const text = fc.oneof(
  { weight: 4, arbitrary: textFrom(FRAGMENTS, 24) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
);
/** Paths as a file system gives them: no lone surrogates, no NUL, no empty segments. */
const path = fc
  .array(
    textFrom(
      FRAGMENTS.filter((f) => !/[\ud800\u0000/]/.test(f)),
      6,
    ).filter((s) => s.length > 0),
    { minLength: 1, maxLength: 3 },
  )
  .map((p) => p.join("/"));
const SEVERITIES = ["error", "warning", "info"] as const;

const finding: fc.Arbitrary<Finding> = fc.record({
  rule: fc.constantFrom("unregistered-host", "invalid-yaml", "unreadable-file"),
  code: fc.constantFrom("EGR020", "EGR001", "EGR003"),
  severity: fc.constantFrom(...SEVERITIES),
  message: text,
  file: path,
  line: fc.nat({ max: 100_000 }),
  host: text,
});
const routeRow = fc.record({ name: text, vhost: text, domains: text, match: text, virtualService: text });
const clusterRow = fc.record({
  fqdn: text,
  port: text,
  subset: text,
  direction: text,
  type: text,
  destinationRule: text,
});
const report: fc.Arbitrary<Report> = fc
  .record({
    findings: fc.array(finding, { maxLength: 6 }),
    hosts: fc.array(
      fc.record({
        host: text,
        port: fc.nat({ max: 65535 }),
        scheme: text,
        references: fc.array(
          fc.record({
            file: path,
            line: fc.nat(),
            class: fc.constant("call" as const),
            reason: text,
            callers: fc.array(text, { maxLength: 2 }),
          }),
          { maxLength: 2 },
        ),
        registered: fc.boolean(),
        serviceEntries: fc.array(text, { maxLength: 2 }),
      }),
      { maxLength: 4 },
    ),
    egress: fc.array(
      fc.record({
        from: text,
        host: text,
        port: fc.nat({ max: 65535 }),
        status: fc.constantFrom("allowed", "blocked", "would-block" as const),
      }),
      { maxLength: 5 },
    ),
    routeDiff: fc.array(
      fc.record({
        proxy: text,
        added: fc.array(routeRow, { maxLength: 2 }),
        removed: fc.array(routeRow, { maxLength: 2 }),
      }),
      { maxLength: 3 },
    ),
    clusterDiff: fc.array(
      fc.record({
        proxy: text,
        added: fc.array(clusterRow, { maxLength: 2 }),
        removed: fc.array(clusterRow, { maxLength: 2 }),
      }),
      { maxLength: 2 },
    ),
    mode: text,
    version: text,
  })
  .map(({ findings, mode, version, ...rest }) =>
    emptyReport({
      ...rest,
      version,
      findings,
      meshPolicy: {
        mode: mode as Report["meshPolicy"]["mode"],
        sourceKind: "ConfigMap",
        source: { file: "mesh.yaml", line: 1 },
        rootNamespace: "istio-system",
      },
      summary: {
        errors: findings.filter((f) => f.severity === "error").length,
        warnings: findings.filter((f) => f.severity === "warning").length,
        infos: findings.filter((f) => f.severity === "info").length,
      },
    }),
  );

const expectInert = (markdown: string) => expect(markdownProblems(markdown)).toEqual([]);

describe("the markdown escapers on arbitrary text", () => {
  it(
    "keep text, code, table cells, summaries and code blocks inert",
    () => {
      fc.assert(
        fc.property(text, fc.array(text, { maxLength: 4 }), (s, lines) => {
          expectInert(`before ${mdText(s)} after`);
          expectInert(`before ${mdCode(s)} after`);
          expectInert(
            `| A | B | C |\n| --- | --- | --- |\n| ${tableCell(mdText(s))} | ${codeCell(s)} | ${tableCell(mdCode(s.replace(/\|/g, "")))} |`,
          );
          expectInert(`<details><summary>${htmlText(s)}</summary>\n\n</details>`);
          const fence = fencedBlock("diff", [s, ...lines]);
          expectInert(
            `<details><summary>x</summary>\n\n${fence.open}${fence.lines.join("")}${fence.close}\n</details>\n`,
          );
          for (const out of [mdText(s), mdCode(s), htmlText(s), codeCell(s)]) expect(out).not.toMatch(/[\r\n]/);
        }),
        budget(2),
      );
    },
    timeout(2),
  );

  it(
    "percent-encode paths so that they cannot end a link or add to it",
    () => {
      fc.assert(
        fc.property(path, (p) => {
          expect(urlPath(p)).toMatch(/^[A-Za-z0-9\-_.~/%]*$/);
          expect(decodeURIComponent(urlPath(p))).toBe(p);
        }),
        budget(),
      );
    },
    timeout(),
  );
});

describe("the comment and the summary of arbitrary reports", () => {
  it(
    "are inert, within their budget, and the same on every run",
    () => {
      fc.assert(
        fc.property(report, fc.integer({ min: 2000, max: 20_000 }), (r, size) => {
          const comment = renderComment(r, GITHUB_LINKS);
          expectInert(comment);
          expectInert(renderSummary(r, GITHUB_LINKS));
          const small = renderComment(r, GITHUB_LINKS, size);
          expectInert(small);
          expect(small.length).toBeLessThanOrEqual(size);
          expect(renderComment(r, GITHUB_LINKS)).toBe(comment);
        }),
        budget(0.5),
      );
    },
    timeout(0.5),
  );
});
