import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/findings.js";
import { type Annotation, gateVerdict, planAnnotations } from "../../src/report/annotations.js";
import type { Report } from "../../src/report/types.js";
import { finding, withFindings } from "./report-factory.js";

const LINKS = { pathPrefix: "deploy", docsUrl: "https://docs.invalid" };
const GATE_NEW = { mode: "new" as const, compared: true, new: 0, existing: 0, accepted: 0, fixed: 0 };

const many = (n: number, over: Partial<Finding> = {}) =>
  Array.from({ length: n }, (_, i) => finding({ line: i + 1, host: `h${i}.example.org`, ...over }));
const levels = (list: readonly Annotation[]) =>
  Object.fromEntries(
    (["error", "warning", "notice"] as const).map((level) => [level, list.filter((a) => a.level === level).length]),
  );

describe("the annotations a step emits", () => {
  it("puts the verdict first, then nine errors, and a notice for the rest", () => {
    const report = withFindings(many(14));
    const plan = planAnnotations(report, LINKS, { verdict: gateVerdict(report, "error") });
    expect(plan.annotations[0]).toEqual({
      level: "error",
      message: "egress-lint: 14 errors, 0 warnings at fail-on error",
    });
    expect(plan.annotations.slice(1, 10).map((a) => a.properties?.startLine)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(plan.annotations[10]).toEqual({
      level: "notice",
      message:
        "egress-lint: not annotated, as GitHub shows 10 annotations of each level per step: 5 more findings (5 errors, 0 warnings, 0 info); see the job summary, or the JSON report (the report-file output).",
    });
    expect(plan.annotations).toHaveLength(11);
    expect(plan.omitted).toBe(5);
  });

  it("points a finding's annotation at its file in the repository, with its rule and status", () => {
    const report = withFindings([finding({ status: "existing", line: 0, column: 7 })], { gate: GATE_NEW });
    expect(planAnnotations(report, LINKS).annotations).toEqual([
      {
        level: "notice",
        message: "api.example.com:443 is called by default/curl.",
        properties: {
          title: "EGR020 unregistered-host (already there)",
          file: "deploy/src/app.py",
          startLine: 1,
          startColumn: 7,
        },
      },
    ]);
  });

  it("annotates every finding when each level fits, with no notice about the rest", () => {
    const report = withFindings([...many(10), ...many(10, { severity: "warning" }), ...many(10, { severity: "info" })]);
    const plan = planAnnotations(report, LINKS);
    expect(levels(plan.annotations)).toEqual({ error: 10, warning: 10, notice: 10 });
    expect(plan.omitted).toBe(0);
  });

  it("makes room for the notice about the rest when the notices were full", () => {
    const report = withFindings([...many(11), ...many(10, { severity: "info" })]);
    const plan = planAnnotations(report, LINKS);
    expect(levels(plan.annotations)).toEqual({ error: 10, warning: 0, notice: 10 });
    expect(plan.omitted).toBe(2);
    expect(plan.annotations.at(-1)?.message).toMatch(
      /: 2 more findings \(1 error, 0 warnings, 1 info\); see the job summary/,
    );
  });

  it("spends the notices on what the gate counts before what it does not", () => {
    const existing = many(12, { status: "existing", file: "old.py" });
    const counted = many(3, { severity: "info", rule: "stale-allowlist-entry", status: "new" });
    const plan = planAnnotations(withFindings([...existing, ...counted], { gate: GATE_NEW }), LINKS);
    const files = plan.annotations.filter((a) => a.properties).map((a) => a.properties!.file);
    expect(files).toEqual([...Array(3).fill("deploy/src/app.py"), ...Array(6).fill("deploy/old.py")]);
    expect(plan.omitted).toBe(6);
  });

  it("counts the run's own warnings against the warning limit, after the verdict", () => {
    const report = withFindings(many(10, { severity: "warning" }));
    const plan = planAnnotations(report, LINKS, { verdict: "v", warnings: ["no comment", "no base"] });
    expect(plan.annotations.slice(0, 3).map((a) => a.message)).toEqual(["v", "no comment", "no base"]);
    expect(levels(plan.annotations)).toEqual({ error: 1, warning: 10, notice: 1 });
    expect(plan.omitted).toBe(2);
  });

  it("never emits more than ten of a level, whatever the mix", () => {
    for (let e = 0; e <= 13; e += 3)
      for (let w = 0; w <= 13; w += 4)
        for (let n = 0; n <= 13; n += 5) {
          const findings = [
            ...many(e),
            ...many(w, { severity: "warning" }),
            ...many(n, { severity: "info" }),
            ...many(n, { status: "existing" }),
          ];
          const report: Report = withFindings(findings, { gate: GATE_NEW });
          const plan = planAnnotations(report, LINKS, { verdict: e ? "v" : undefined, warnings: ["w"] });
          for (const count of Object.values(levels(plan.annotations))) expect(count).toBeLessThanOrEqual(10);
          expect(plan.annotations.filter((a) => a.properties).length + plan.omitted).toBe(findings.length);
          expect(plan.annotations.some((a) => /^egress-lint: not annotated, .* more findings? /.test(a.message))).toBe(
            plan.omitted > 0,
          );
        }
  });
});

describe("the gate's verdict", () => {
  it("counts in words, and says new when the change was compared with its base", () => {
    const report = withFindings([finding(), finding({ severity: "warning" })], {
      gate: GATE_NEW,
      summary: { errors: 1, warnings: 1, infos: 0, gating: { errors: 1, warnings: 1, infos: 0 } },
    });
    expect(gateVerdict(report, "warning")).toBe("egress-lint: 1 new error, 1 new warning at fail-on warning");
    expect(gateVerdict(withFindings(many(2)), "error")).toBe("egress-lint: 2 errors, 0 warnings at fail-on error");
  });
});
