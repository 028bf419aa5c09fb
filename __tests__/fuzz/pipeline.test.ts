// The whole pipeline on mutated repositories: broken manifests, odd values where numbers or lists belong, aliases
// that point back at themselves, and source files with hostile URLs. It must end with a report every renderer can
// print, and markdown with nothing injected.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/lint.js";
import { renderComment } from "../../src/report/markdown.js";
import { renderReport } from "../../src/report/render.js";
import { markdownProblems } from "../hostile/markdown-safety.js";
import { GITHUB_LINKS } from "../report/report-factory.js";
import { budget, mutationsOf, timeout } from "./budget.js";
import { scanRepositoryFiles } from "../../src/scan/collect.js";

const EXAMPLES = path.resolve("examples");
const files = readdirSync(EXAMPLES, { recursive: true })
  .map(String)
  .filter((f) => /\.(ya?ml|py|ts|go|sh)$/.test(f))
  .sort();
const seeds = files.map((f) => readFileSync(path.join(EXAMPLES, f), "utf8"));

/** Values that stand where a manifest expects something else, and text aimed at the report. */
const FRAGMENTS = [
  "null",
  "~",
  "[]",
  "{}",
  "-1",
  "0",
  "65536",
  "1e309",
  ".nan",
  "true",
  '""',
  "*",
  "*.",
  "'*'",
  "&a [*a]",
  "&b {k: *b}",
  "[a, [b, [c]]]",
  "<img src=x>",
  "@everyone",
  "`",
  "|",
  "#1",
  "\n",
  "\n  ",
  ": ",
  "- ",
  "https://evil.example.net:99999/",
  "http://[::1]:80/",
  "http://10.0.0.1/",
  "REGISTRY_ONLY",
  "ALLOW_ANY",
  "MESH_INTERNAL",
  "DNS",
  "NONE",
  "STATIC",
  "TLS",
  "HTTP",
  "TCP",
  "exportTo",
  "hosts",
  "ports",
  "number",
  "namespace",
  "sidecar.istio.io/inject",
  "istio-injection",
  "---\n",
];
const repo = fc
  .array(fc.tuple(fc.constantFrom(...files), mutationsOf(seeds, FRAGMENTS)), { minLength: 1, maxLength: 8 })
  .map((entries) => {
    const byPath = new Map(entries.map(([file, text], i) => [file.endsWith(".yaml") ? file : `${i}-${file}`, text]));
    return [...byPath].map(([p, text]) => ({ path: p, text }));
  });

describe("the pipeline on mutated repositories", () => {
  it(
    "ends with a report that every format prints, and a comment with nothing injected",
    () => {
      fc.assert(
        fc.property(repo, (texts) => {
          const manifests = texts.filter((f) => /\.ya?ml$/.test(f.path));
          const { report } = lint({
            snapshot: {
              manifests,
              scanned: texts.map((t) => t.path),
              references: scanRepositoryFiles(texts),
              skippedCharts: [],
              findings: [],
            },
            defaultNamespace: "default",
            proxies: [],
            routeOptions: {},
          });
          for (const format of ["text", "json", "markdown", "sarif"] as const)
            expect(typeof renderReport(report, format, GITHUB_LINKS)).toBe("string");
          expect(markdownProblems(renderComment(report, GITHUB_LINKS))).toEqual([]);
        }),
        budget(0.25),
      );
    },
    timeout(0.25),
  );
});
