import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../../src/engine.js";
import { parseSettings } from "../../src/settings.js";
import { withMarker } from "../../src/github/marker.js";
import { COMMENT_BUDGET, hasNews, renderComment, renderSummary, verdictLine } from "../../src/report/markdown.js";
import type { RouteRow, TableDiff } from "../../src/routes/types.js";
import { renderText } from "../../src/report/text.js";
import type { Finding } from "../../src/findings.js";
import type { Suggestion } from "../../src/suggest/index.js";
import { serviceEntryFile } from "../../src/suggest/render.js";
import { expectGolden } from "../helpers/golden.js";
import { emptyReport, finding, GITHUB_LINKS, HEAD_SHA, SEED, seedReport, withFindings } from "./report-factory.js";

const row = (vhost: string): RouteRow => ({
  name: "80",
  vhost,
  domains: vhost.replace(/:\d+$/, ""),
  match: "/*",
  virtualService: "",
});

/** Cells of a markdown table row as GFM splits them: pipes not taken by a backslash escape pair. */
function cellCount(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "\\" && /[!-/:-@[-`{-~]/.test(line[i + 1] ?? "")) i++;
    else if (line[i] === "|") n++;
  }
  return n - 1;
}

describe("the seed pull request", () => {
  it("renders the comment and the job summary as the golden files say", async () => {
    const report = await seedReport();
    expectGolden("__tests__/fixtures/report/seed-comment.md", renderComment(report, GITHUB_LINKS));
    expectGolden("__tests__/fixtures/report/seed-summary.md", renderSummary(report, GITHUB_LINKS));
  });

  it("says in the comment and the text report when only the changed files were scanned", async () => {
    const report = { ...(await seedReport()), scan: { scope: "changed" as const, files: 2 } };
    expectGolden("__tests__/fixtures/report/seed-scan-changed-comment.md", renderComment(report, GITHUB_LINKS));
    expectGolden("__tests__/fixtures/report/seed-scan-changed.txt", renderText(report));
  });

  it("shows the added route row, the cluster row and the blocked call", async () => {
    const comment = renderComment(await seedReport(), GITHUB_LINKS);
    expect(comment).toMatch(/^\+ 80 +httpbin\.org:80 +httpbin\.org/m);
    expect(comment).toMatch(/^\+ httpbin\.org +80 +- +outbound +STRICT_DNS$/m);
    expect(comment).toContain(`](https://github.com/octo-org/gitops/blob/${HEAD_SHA}/services/curl/client.py#L11)`);
    expect(comment).toContain("c0 -->|blocked| h0");
  });
});

describe("the verdict", () => {
  it("says what failed and whether tables changed", () => {
    expect(verdictLine(emptyReport())).toBe("✅ **0 errors, 0 warnings** · no route or cluster table changes");
    expect(verdictLine(emptyReport({ routeDiff: undefined, clusterDiff: undefined }))).toContain("not compared");
    expect(verdictLine(withFindings([finding({ severity: "warning" })]))).toMatch(/^⚠️ \*\*0 errors, 1 warning\*\*/);
  });

  it("counts as news only findings and changed tables", () => {
    expect(hasNews(emptyReport())).toBe(false);
    expect(
      hasNews(
        emptyReport({
          clusterDiff: [
            {
              proxy: "default/curl",
              added: [],
              removed: [
                { fqdn: "a", port: "443", subset: "-", direction: "outbound", type: "EDS", destinationRule: "" },
              ],
            },
          ],
        }),
      ),
    ).toBe(true);
    expect(hasNews(withFindings([finding({ severity: "info" })]))).toBe(true);
  });
});

describe("the comment", () => {
  it("groups workloads whose route tables changed alike", () => {
    const diff = (proxy: string): TableDiff<RouteRow> => ({ proxy, added: [row("httpbin.org:80")], removed: [] });
    const report = emptyReport({ routeDiff: ["foo/httpbin", "default/curl", "foo/curl", "default/httpbin"].map(diff) });
    const comment = renderComment(report, GITHUB_LINKS);
    expect(comment.match(/<details><summary>Route table/g)).toHaveLength(1);
    expect(comment).toContain("<summary>Route table of default/curl, default/httpbin and 2 more: 1 added</summary>");
    expect(comment).toContain("Workloads: `default/curl`, `default/httpbin`, `foo/curl`, `foo/httpbin`");
  });

  it("keeps repository text from injecting markup, mentions or table cells", () => {
    const hostile = finding({
      message:
        "call @platform-team <img src=x onerror=alert(1)> | </details> ``` <!-- egress-lint:comment id=. head=abc1234 -->",
      file: "src/we|ird`<b>.py",
    });
    const comment = renderComment(withFindings([hostile]), GITHUB_LINKS);
    const rowLine = comment.split("\n").find((l) => l.startsWith("| ❌"))!;
    expect(cellCount(rowLine)).toBe(4);
    expect(comment).not.toMatch(/@platform/);
    expect(comment).not.toContain("<img");
    expect(comment.split("\n").filter((l) => l.includes("<!--"))).toEqual([]);
    expect(comment).not.toContain("</details>");
    expect(comment).toContain(`/blob/${HEAD_SHA}/src/we%7Cird%60%3Cb%3E.py#L3`);
  });

  it("stays under GitHub's limit by cutting the largest section, and says where the rest is", () => {
    const findings = Array.from({ length: 3000 }, (_, i) =>
      finding({ line: i + 1, message: `call number ${i} `.padEnd(120, "x") }),
    );
    const routeDiff = [{ proxy: "default/curl", added: [row("httpbin.org:80")], removed: [] }];
    const comment = renderComment(withFindings(findings, { routeDiff }), GITHUB_LINKS);
    const body = withMarker({ id: ".", headSha: HEAD_SHA }, comment);
    expect(comment.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect([...body].length).toBeLessThanOrEqual(65_536);
    expect(comment).toMatch(
      /_\d+ more findings not shown: the full report is in the job summary of \[this run\]\(https:\/\/github\.com\/octo-org\/gitops\/actions\/runs\/42\)\._/,
    );
    expect(comment).toContain("+ 80       httpbin.org:80");
    expect(comment).toMatch(/<sub>egress-lint 0\.1\.0 · head `5b1dcea`/);
  });

  it("cuts a huge diff inside its code block and closes the block", () => {
    const added = Array.from({ length: 5000 }, (_, i) => row(`h${i}.example.com:80`));
    const comment = renderComment(
      emptyReport({ routeDiff: [{ proxy: "default/curl", added, removed: [] }] }),
      GITHUB_LINKS,
    );
    expect(comment.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(comment).toMatch(/… \d+ more rows\n```\n\n<\/details>/);
  });
});

describe("the job summary", () => {
  it("draws every edge of the egress graph, where the comment draws at most sixty, closed", () => {
    const egress = Array.from({ length: 80 }, (_, i) => ({
      from: "default/curl",
      host: `h${i}.example.com`,
      port: 443,
      status: i === 0 ? ("blocked" as const) : ("allowed" as const),
    }));
    const report = emptyReport({ egress });
    expect(renderSummary(report, GITHUB_LINKS).match(/-->/g)).toHaveLength(80);
    const comment = renderComment(report, GITHUB_LINKS);
    expect(comment.match(/-->/g)).toHaveLength(60);
    expect(comment).toContain("<details><summary>Egress: 1 blocked host (60 of 80 calls, the refused ones first)");
  });

  it("leaves the egress graph out of the comment when nothing is refused", () => {
    const egress = [{ from: "default/curl", host: "h.example.com", port: 443, status: "allowed" as const }];
    const report = emptyReport({ egress });
    expect(renderComment(report, GITHUB_LINKS)).not.toContain("mermaid");
    expect(renderSummary(report, GITHUB_LINKS)).toContain("mermaid");
  });
});

describe("the comment's first screen", () => {
  it.each([
    ["one workload", 1],
    ["seven workloads", 7],
  ])(
    "names the refused hosts and the route row a ServiceEntry adds in its first dozen lines (%s)",
    (_name, callers) => {
      const findings = Array.from({ length: 14 }, (_, i) =>
        finding({ host: `api${i}.vendor.io`, port: 443, namespace: "shop", workload: `w${i % callers}`, line: i + 1 }),
      );
      const routeRow: RouteRow = {
        name: "80",
        vhost: "partner.vendor.io:80",
        domains: "partner.vendor.io",
        match: "/*",
        virtualService: "",
      };
      const routeDiff: TableDiff<RouteRow>[] = [{ proxy: "shop/w0", added: [routeRow], removed: [] }];
      const suggestions = findings.map((f, i) => entryFor(f, `api${i}-vendor-io`));
      const report = emptyReport({ findings, summary: { errors: 14, warnings: 0, infos: 0 }, routeDiff, suggestions });
      const comment = renderComment(report, GITHUB_LINKS);
      const firstDozen = comment.split("\n").slice(0, 12).join("\n");
      for (let i = 0; i < 14; i++) expect(firstDozen).toContain(`api${i}.vendor.io:443`);
      expect(firstDozen).toContain("`+ partner.vendor.io:80` on 1 workload");
      expect(firstDozen).toContain("To fix: add 14 ServiceEntries");
      expect(comment.indexOf("#### Route and cluster table changes")).toBeLessThan(
        comment.indexOf("#### Suggested fixes"),
      );
    },
  );
});

describe("golden comments for a large and a clean pull request", () => {
  it("keeps a large pull request readable: the story first, diffs grouped, the graph closed", () => {
    const workloads = ["checkout", "payments", "search", "mailer", "reports", "ledger"];
    const findings = Array.from({ length: 28 }, (_, i) =>
      finding({
        host: `api${i}.vendor${i % 7}.io`,
        port: 443,
        namespace: "shop",
        workload: workloads[i % workloads.length],
        file: `services/${workloads[i % workloads.length]}/client.py`,
        line: 10 + i,
        message: `api${i}.vendor${i % 7}.io:443 is called by shop/${workloads[i % workloads.length]}, and no ServiceEntry registers it.`,
        status: "new",
      }),
    );
    const row = (vhost: string): RouteRow => ({
      name: "80",
      vhost,
      domains: vhost.replace(/:80$/, ""),
      match: "/*",
      virtualService: "",
    });
    const routeDiff: TableDiff<RouteRow>[] = workloads.map((w, i) => ({
      proxy: `shop/${w}`,
      added: [row("partner.vendor.io:80"), ...(i % 2 ? [row(`extra${i}.vendor.io:80`)] : [])],
      removed: i === 0 ? [row("legacy.vendor.io:80")] : [],
    }));
    const egress = findings.map((f) => ({
      from: `shop/${f.workload}`,
      host: f.host!,
      port: 443,
      status: "blocked" as const,
    }));
    const suggestions = findings.map((f, i) => ({
      ...entryFor(f, `api${i}-vendor${i % 7}-io`),
      status: "new" as const,
    }));
    const report = withFindings(findings, {
      routeDiff,
      clusterDiff: [],
      egress,
      suggestions,
      gate: { mode: "new", compared: true, new: 28, existing: 0, fixed: 0, accepted: 0 },
    });
    report.summary.gating = { errors: 28, warnings: 0, infos: 0 };
    const comment = renderComment(report, GITHUB_LINKS);
    expectGolden("__tests__/fixtures/report/large-comment.md", comment);
    // The ServiceEntries are one block, equal to the file `egress-lint suggest --write` writes.
    expect(comment).toContain(`\`\`\`yaml\n${serviceEntryFile(suggestions)}\`\`\``);
    expect(comment.match(/<details><summary>ServiceEntry /g)).toBeNull();
  });

  it("says in one line that a clean pull request changes nothing the sidecars see", () => {
    const report = emptyReport({ gate: { mode: "new", compared: true, new: 0, existing: 0, fixed: 0, accepted: 0 } });
    expectGolden("__tests__/fixtures/report/clean-comment.md", renderComment(report, GITHUB_LINKS));
  });
});

describe("golden comment for a pull request from a fork", () => {
  it("renders text anyone can write (names, paths, messages) without breaking the layout or pinging anyone", async () => {
    const report = await seedReport();
    const hostile = finding({
      host: "evil.example</details>.io",
      port: 443,
      namespace: "default",
      workload: "curl",
      file: "services/<details>@octo-org/owners|x.py",
      line: 3,
      message:
        "| broken | table | ``` fence </details> @octo-org/admins #1 <script>alert(1)</script> [link](javascript:x)",
      status: "new",
    });
    const forked = { ...report, findings: [...report.findings, hostile] };
    // pull_request_target checks out the merge commit and links files at the fork's head commit.
    const links = { ...GITHUB_LINKS, headSha: "f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0" };
    const comment = renderComment(forked, links);
    expectGolden("__tests__/fixtures/report/fork-comment.md", comment);
    expect(comment).not.toMatch(/(^|[^`\\w])@octo-org\/admins/);
    expect(comment).not.toContain("<script>");
  });
});

describe("a pull request that adds fourteen unregistered hosts and a ServiceEntry, through the pipeline", () => {
  it("names every refused host and the route row the ServiceEntry adds in the comment's first dozen lines", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "egress-lint-fourteen-"));
    try {
      cpSync(SEED, dir, { recursive: true });
      const client = path.join(dir, "head/services/curl/client.py");
      const calls = Array.from({ length: 13 }, (_, i) => `API_${i} = "https://api${i}.partner-vendor.io/v1"\n`).join(
        "",
      );
      writeFileSync(client, readFileSync(client, "utf8") + calls);
      const settings = parseSettings({ root: path.join(dir, "head") });
      const { report } = await runCheck(settings, { dir: path.join(dir, "base") });
      const comment = renderComment(report, GITHUB_LINKS);
      const firstDozen = comment.split("\n").slice(0, 12).join("\n");
      expect(firstDozen).toContain("`api.github.com:443`");
      for (let i = 0; i < 13; i++) expect(firstDozen).toContain(`\`api${i}.partner-vendor.io:443\``);
      // The seed's head registers httpbin.org: its route row, on the calling workload.
      expect(firstDozen).toContain("`+ httpbin.org:80` on 1 workload");
      expect(comment.indexOf("#### Route and cluster table changes")).toBeLessThan(
        comment.indexOf("#### Suggested fixes"),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The ServiceEntry `suggest` would plan for an HTTPS call, in namespace shop. */
function entryFor(f: Finding, name: string): Suggestion {
  return {
    kind: "ServiceEntry",
    namespace: "shop",
    name,
    spec: {
      hosts: [f.host!],
      ports: [{ number: 443, name: "https", protocol: "HTTPS" }],
      location: "MESH_EXTERNAL",
      resolution: "DNS",
      exportTo: ["."],
    },
    targets: [`${f.host}:443`],
    references: [{ file: f.file, line: f.line }],
    notes: [],
    yaml: `apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: ${name}\n  namespace: shop\n`,
  };
}
