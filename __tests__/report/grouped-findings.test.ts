// One ServiceEntry's many hosts under one DestinationRule give one finding per host, all at the same line and saying
// the same: the comment gives them one row that names every host, and still counts each finding.
import { describe, expect, it } from "vitest";
import { renderComment, renderSummary } from "../../src/report/markdown.js";
import { finding, GITHUB_LINKS, withFindings } from "./report-factory.js";

const doubleTls = (host: string) =>
  finding({
    rule: "double-tls",
    code: "EGR046",
    host,
    message: `ServiceEntry sparc/aws-s3 declares ${host}:443 as HTTPS, and DestinationRule sparc/tls originates TLS to it as well.`,
    file: "mesh/service-entries.yaml",
    line: 22,
  });

const hosts = ["a.s3.amazonaws.com", "b.s3.amazonaws.com", "c.s3.amazonaws.com"];

describe("findings that differ only in their host", () => {
  it("share one row that names the other hosts", () => {
    const report = withFindings([
      ...hosts.map(doubleTls),
      finding({ host: "api.vendor.io", message: "api.vendor.io:443 is called by default/curl." }),
    ]);
    const text = renderSummary(report, GITHUB_LINKS);
    const rows = text.split("\n").filter((l) => l.includes("EGR046"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain("declares a.s3.amazonaws.com:443 as HTTPS");
    expect(rows[0]).toContain("The same for 2 more hosts: b.s3.amazonaws.com, c.s3.amazonaws.com.");
    // A finding of another rule, file or line keeps its own row.
    expect(text.split("\n").filter((l) => l.includes("EGR020"))).toHaveLength(1);
  });

  it("keeps apart findings whose messages differ in more than the host", () => {
    const other = {
      ...doubleTls("b.s3.amazonaws.com"),
      message: "ServiceEntry sparc/other declares b.s3.amazonaws.com:443 as HTTPS.",
    };
    const text = renderSummary(withFindings([doubleTls("a.s3.amazonaws.com"), other]), GITHUB_LINKS);
    expect(text.split("\n").filter((l) => l.includes("EGR046"))).toHaveLength(2);
  });

  it("counts the findings, not the rows, of what a short budget leaves out", () => {
    const many = Array.from({ length: 40 }, (_, i) => doubleTls(`h${i}.s3.amazonaws.com`));
    const lone = Array.from({ length: 30 }, (_, i) =>
      finding({ file: `src/app${i}.py`, host: `api${i}.vendor.io`, message: `api${i}.vendor.io:443 is called.` }),
    );
    const text = renderComment(withFindings([...lone, ...many]), GITHUB_LINKS, 6_000);
    const shown = text.split("\n").filter((l) => l.startsWith("| ❌"));
    const more = /_(\d+) more findings? not shown/.exec(text);
    expect(more).not.toBeNull();
    const shownFindings = shown.reduce((n, l) => n + 1 + Number(/The same for (\d+) more host/.exec(l)?.[1] ?? 0), 0);
    expect(shownFindings + Number(more![1])).toBe(70);
  });
});
