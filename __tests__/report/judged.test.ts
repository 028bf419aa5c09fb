// Reports whose findings were judged against a base and a baseline: the comment, the summary, the text and SARIF
// separate what the change introduced, what was already there, what the baseline accepts and what was fixed.
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/findings.js";
import { hasNews, renderComment, renderSummary, verdictLine } from "../../src/report/markdown.js";
import { renderSarif } from "../../src/report/sarif.js";
import { renderText } from "../../src/report/text.js";
import type { Report } from "../../src/report/types.js";
import type { ServiceEntryToAdd } from "../../src/suggest/index.js";
import { finding, GITHUB_LINKS, withFindings } from "./report-factory.js";

function suggestion(host: string, status: Finding["status"]): ServiceEntryToAdd {
  return {
    kind: "ServiceEntry",
    namespace: "default",
    name: host.replace(/\./g, "-"),
    spec: {
      hosts: [host],
      ports: [{ number: 443, name: "https", protocol: "HTTPS" }],
      exportTo: ["."],
      location: "MESH_EXTERNAL",
      resolution: "DNS",
    },
    targets: [`${host}:443`],
    references: [{ file: "src/app.py", line: 3 }],
    notes: [],
    ...(status ? { status } : {}),
    yaml: `# ${host}:443\napiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: ${host.replace(/\./g, "-")}\n`,
  };
}

function judged(): Report {
  const findings = [
    finding({ host: "new.example.com", line: 9, status: "new", message: "new.example.com:443 is called." }),
    finding({ host: "old.example.com", line: 3, status: "existing", message: "old.example.com:443 is called." }),
    finding({ host: "debt.example.com", line: 5, status: "accepted", message: "debt.example.com:443 is called." }),
  ];
  return withFindings(findings, {
    summary: { errors: 3, warnings: 0, infos: 0, gating: { errors: 1, warnings: 0, infos: 0 } },
    gate: { mode: "new", compared: true, new: 1, existing: 1, accepted: 1, fixed: 1 },
    fixed: [
      finding({
        host: "gone.example.com",
        file: "src/removed.py",
        line: 4,
        message: "gone.example.com:443 was called.",
      }),
    ],
    baseline: {
      file: "egress-baseline.yaml",
      accepted: 1,
      stale: [
        {
          rule: "unregistered-host",
          host: "retired.example.com",
          port: 443,
          file: "src/app.py",
          count: 1,
          matched: 0,
          line: 12,
        },
      ],
    },
    suggestions: [suggestion("new.example.com", "new"), suggestion("old.example.com", "existing")],
  });
}

describe("a judged report", () => {
  it("leads with what the gate counts", () => {
    expect(verdictLine(judged())).toMatch(
      /^❌ \*\*1 new error, 0 new warnings\*\* · 1 already there · 1 accepted by the baseline · 1 fixed · /,
    );
    const clean = {
      ...judged(),
      summary: { errors: 2, warnings: 0, infos: 0, gating: { errors: 0, warnings: 0, infos: 0 } },
    };
    expect(verdictLine(clean)).toMatch(/^✅ \*\*0 new errors, 0 new warnings\*\*/);
  });

  it("shows introduced findings in the open and the others collapsed, in the comment and the summary", () => {
    for (const markdown of [renderComment(judged(), GITHUB_LINKS), renderSummary(judged(), GITHUB_LINKS)]) {
      const introduced = markdown.indexOf("#### Introduced by this pull request (1)");
      const already = markdown.indexOf(
        "<details><summary>Already there: 1 finding (not counted by the gate)</summary>",
      );
      const accepted = markdown.indexOf(
        "<details><summary>Accepted by the baseline: 1 finding (never counted)</summary>",
      );
      const fixed = markdown.indexOf("<details><summary>Fixed by this pull request: 1 finding</summary>");
      expect([introduced, already, accepted, fixed].every((i) => i >= 0)).toBe(true);
      expect(introduced < already && already < accepted && accepted < fixed).toBe(true);
      expect(markdown.slice(introduced, already)).toContain("new.example.com");
      expect(markdown.slice(introduced, already)).not.toContain("old.example.com");
      // A fixed finding's file may be gone at the head: no link to it.
      expect(markdown).toContain("| `src/removed.py:4` |");
      expect(markdown).toContain("1 baseline entry to remove from egress-baseline.yaml");
      expect(markdown).toContain(
        "`egress-baseline.yaml:12` unregistered-host retired.example.com:443 in src/app.py: matches nothing",
      );
    }
  });

  it("offers the YAML for new findings in the comment, and for all of them in the summary", () => {
    const comment = renderComment(judged(), GITHUB_LINKS);
    expect(comment).toContain(
      "<details><summary>ServiceEntry default/new-example-com for new.example.com:443</summary>\n\n```yaml\n# new.example.com:443\napiVersion: networking.istio.io/v1\n",
    );
    expect(comment).not.toContain("ServiceEntry default/old-example-com");
    const summary = renderSummary(judged(), GITHUB_LINKS);
    expect(summary).toContain("ServiceEntry default/new-example-com");
    expect(summary).toContain("ServiceEntry default/old-example-com");
  });

  it("drops a suggestion whole, never half of its YAML, when the comment runs out of room", () => {
    const long = suggestion("big.example.com", "new");
    long.yaml += Array.from({ length: 3000 }, (_, i) => `    - h${i}.example.com\n`).join("");
    const report = { ...judged(), suggestions: [long] };
    const comment = renderComment(report, GITHUB_LINKS, 20_000);
    expect(comment.length).toBeLessThanOrEqual(20_000);
    expect(comment).not.toContain("big.example.com</summary>");
    expect(comment).toContain("1 more suggestion not shown: `egress-lint suggest` prints them all.");
  });

  it("groups the terminal report's findings by status", () => {
    const text = renderText(judged());
    expect(text).toMatch(/^Findings: 3 errors, 0 warnings, 0 info; the gate \(new\) counts 1 error, 0 warnings$/m);
    const order = [
      "Introduced by this change (1):",
      "Already there, not counted (1):",
      "Accepted by the baseline egress-baseline.yaml, not counted (1):",
      "Fixed by this change (1):",
      "Baseline entries to remove from egress-baseline.yaml (1):",
    ].map((h) => text.indexOf(h));
    expect(order.every((i, n) => i >= 0 && (n === 0 || i > order[n - 1]!))).toBe(true);
    expect(text).toContain("Suggested fixes: 2 ServiceEntries to add; print them with `egress-lint suggest`.");
  });

  it("tells code scanning which results are new and which the baseline suppresses", () => {
    const results = (
      JSON.parse(renderSarif(judged(), GITHUB_LINKS)) as {
        runs: { results: { message: { text: string }; baselineState?: string; suppressions?: unknown[] }[] }[];
      }
    ).runs[0]!.results;
    expect(
      results.map((r) => [r.message.text.split(":")[0], r.baselineState ?? null, r.suppressions ? "suppressed" : null]),
    ).toEqual([
      ["new.example.com", "new", null],
      ["old.example.com", "unchanged", null],
      ["debt.example.com", null, "suppressed"],
    ]);
  });

  it("is news only for what the gate counts, what was fixed, and changed tables", () => {
    const debtOnly = {
      ...judged(),
      findings: judged().findings.filter((f) => f.status !== "new"),
      fixed: [],
      gate: { mode: "new" as const, compared: true, new: 0, existing: 1, accepted: 1, fixed: 0 },
    };
    expect(hasNews(debtOnly)).toBe(false);
    expect(hasNews({ ...debtOnly, gate: { ...debtOnly.gate, mode: "all" } })).toBe(true);
    expect(hasNews({ ...debtOnly, fixed: judged().fixed })).toBe(true);
    expect(hasNews(judged())).toBe(true);
  });

  it("renders as before when nothing was compared", () => {
    const plain = withFindings([finding()]);
    expect(renderComment(plain, GITHUB_LINKS)).not.toContain("Introduced by");
    expect(renderText(plain)).not.toContain("Introduced by");
  });
});
