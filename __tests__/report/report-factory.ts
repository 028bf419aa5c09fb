// Reports for renderer tests: the seed pull request through the real pipeline, or a small hand-built one.
import { runCheck } from "../../src/engine.js";
import type { Finding } from "../../src/findings.js";
import { DEFAULT_DOCS_URL, type ReportLinks } from "../../src/report/links.js";
import type { Report } from "../../src/report/types.js";
import { parseSettings } from "../../src/settings.js";

export const SEED = "__tests__/fixtures/pr-seed";
export const HEAD_SHA = "5b1dcea95d4ede93aa1f2b3c4d5e6f708192a3b4";

export const GITHUB_LINKS: ReportLinks = {
  repositoryUrl: "https://github.com/octo-org/gitops",
  headSha: HEAD_SHA,
  baseSha: "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567",
  pathPrefix: "",
  docsUrl: DEFAULT_DOCS_URL,
  fullReportUrl: "https://github.com/octo-org/gitops/actions/runs/42",
};

/** The seed's pull request linted as the action lints it: the head, with the base for the table diffs. */
export async function seedReport(): Promise<Report> {
  const settings = parseSettings({ root: `${SEED}/head` });
  return (await runCheck(settings, { dir: `${SEED}/base` })).report;
}

export function emptyReport(over: Partial<Report> = {}): Report {
  return {
    version: "0.1.0",
    meshPolicy: {
      mode: "REGISTRY_ONLY",
      sourceKind: "ConfigMap",
      source: { file: "mesh.yaml", line: 3 },
      rootNamespace: "istio-system",
    },
    summary: { errors: 0, warnings: 0, infos: 0 },
    findings: [],
    scan: { scope: "all", files: 0 },
    hosts: [],
    serviceEntries: [],
    workloads: [],
    routeTables: [],
    egress: [],
    routeDiff: [],
    clusterDiff: [],
    ...over,
  };
}

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: "unregistered-host",
    code: "EGR020",
    severity: "error",
    message: "api.example.com:443 is called by default/curl.",
    file: "src/app.py",
    line: 3,
    ...over,
  };
}

export function withFindings(findings: Finding[], over: Partial<Report> = {}): Report {
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  return emptyReport({
    findings,
    summary: { errors: count("error"), warnings: count("warning"), infos: count("info") },
    ...over,
  });
}
