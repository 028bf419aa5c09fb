// Argo CD Applications and an ApplicationSet place rendered overlays and plain folders in their destination namespaces.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCheck, type CheckResult } from "../../src/engine.js";
import { parseSettings } from "../../src/settings.js";
import { hasKustomize } from "./tools.js";

const FIXTURE = path.resolve("__tests__/fixtures/render/argocd");

describe.skipIf(!hasKustomize)("Argo CD targets (skipped: neither kustomize nor kubectl is on PATH)", () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await runCheck(parseSettings({ root: FIXTURE, failOn: "never" }));
  });

  it("renders each targeted overlay once, in the Application's destination namespace", () => {
    expect(result.model.workloads.map((w) => `${w.namespace}/${w.name} ${w.loc.file}`).sort()).toEqual([
      "legacy/legacy-report legacy/report-job.yaml",
      "shop-prod/checkout deploy/base/deployment.yaml",
      "shop-staging/checkout deploy/base/deployment.yaml",
    ]);
    expect(result.model.serviceEntries.map((s) => `${s.namespace}/${s.name}`).sort()).toEqual([
      "shop-prod/payments-api",
      "shop-staging/payments-api",
    ]);
    expect(result.model.sidecars.map((s) => `${s.namespace}/${s.name} ${s.loc.file}:${s.loc.line}`)).toEqual([
      "shop-prod/default deploy/overlays/prod/sidecar.yaml:2",
    ]);
  });

  it("takes the mesh policy from the istiod Application's inline Helm values", () => {
    expect(result.model.mesh.mode).toBe("REGISTRY_ONLY");
    expect(result.model.mesh.source).toEqual({ file: "cluster/istiod.yaml", line: 17 });
  });

  it("reports what it cannot read from this repository, and the calls the destination namespaces cannot make", () => {
    const findings = result.report.findings.map(
      (f) => `${f.severity} ${f.rule} ${f.file}:${f.line}${f.namespace ? ` ${f.namespace}` : ""}`,
    );
    expect(findings).toEqual([
      "error unregistered-host legacy/report-job.yaml:19 legacy",
      "info render-fallback apps/billing.yaml:3",
      "info render-fallback cluster/istiod.yaml:3",
    ]);
    const billing = result.report.findings.find((f) => f.file === "apps/billing.yaml")!;
    expect(billing.message).toMatch(/not in this repository/);
  });
});
