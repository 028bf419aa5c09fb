// Mesh policy set where Istio is installed (a script, an Argo CD Application, a Flux HelmRelease, a helmfile), read
// through the whole engine: the policy decides whether unregistered egress is an error or a warning.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../../src/engine.js";
import { renderSummary } from "../../src/report/markdown.js";
import { renderText } from "../../src/report/text.js";
import { parseSettings } from "../../src/settings.js";

const FIXTURES = path.resolve("__tests__/fixtures/mesh-install");

async function check(dir: string, extra: Record<string, string> = {}) {
  return runCheck(parseSettings({ root: path.join(FIXTURES, dir), failOn: "error", ...extra }));
}

describe("mesh policy from install paths, end to end", () => {
  it("turns findings into errors when a script is the only source of REGISTRY_ONLY", async () => {
    const result = await check("script-only");
    expect(result.report.meshPolicy).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "istioctl",
      source: { file: "scripts/install-istio.sh", line: 7 },
      otherSources: [],
    });
    const unregistered = result.report.findings.filter((f) => f.rule === "unregistered-host");
    expect(unregistered.map((f) => [f.host, f.severity, f.workload])).toEqual([
      ["api.payments-vendor.io", "error", "checkout"],
    ]);
    expect(result.exitCode).toBe(1);
    // The label the script gives the namespace puts the workload in the mesh.
    expect(result.report.workloads.find((w) => w.name === "checkout")?.injected).toBe(true);
    expect(renderText(result.report)).toContain(
      "Mesh outbound policy: REGISTRY_ONLY (istioctl at scripts/install-istio.sh:7)",
    );
  });

  it("reads the policy and the injection label from a GitHub workflow's run steps, though .github is never scanned", async () => {
    const result = await check("workflow-only");
    expect(result.report.meshPolicy).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "istioctl",
      source: { file: ".github/workflows/cluster.yml", line: 11 },
    });
    expect(result.report.workloads.find((w) => w.name === "checkout")?.injected).toBe(true);
    expect(result.report.findings.filter((f) => f.rule === "unregistered-host").map((f) => f.severity)).toEqual([
      "error",
    ]);
  });

  it("lets --mesh-config win over the script, and names the script as the other source", async () => {
    const override = path.join(FIXTURES, "allow-any.yaml");
    const result = await check("script-only", { meshConfig: override });
    expect(result.report.meshPolicy.mode).toBe("ALLOW_ANY");
    expect(result.report.meshPolicy.otherSources).toEqual([
      { kind: "istioctl", mode: "REGISTRY_ONLY", file: "scripts/install-istio.sh", line: 7 },
    ]);
    expect(result.report.meshPolicy.why).toMatch(/^--mesh-config overrides the repository, so it wins over istioctl/);
    expect(result.report.findings.find((f) => f.rule === "unregistered-host")?.severity).toBe("warning");
    expect(renderText(result.report)).toMatch(/also set: REGISTRY_ONLY by istioctl at scripts\/install-istio.sh:7\n/);
    const links = { pathPrefix: "", docsUrl: "https://example.test/docs" };
    expect(renderSummary(result.report, links)).toContain(
      "also set: REGISTRY\\_ONLY by istioctl at `scripts/install-istio.sh:7`",
    );
  });

  it("reads an Argo CD Application of the istiod chart: helm.parameters over helm.values", async () => {
    const { report } = await check("argocd");
    expect(report.meshPolicy).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "HelmValues",
      source: { file: "istiod.yaml", line: 21 },
      otherSources: [{ kind: "HelmValues", mode: "ALLOW_ANY", file: "istiod.yaml", line: 18 }],
    });
  });

  it("reads a Flux HelmRelease's values for the istiod chart", async () => {
    const { report } = await check("flux");
    expect(report.meshPolicy).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "HelmValues",
      source: { file: "istiod.yaml", line: 19 },
    });
  });

  it("reads a helmfile release of istio/istiod", async () => {
    const { report } = await check("helmfile");
    expect(report.meshPolicy).toMatchObject({
      mode: "REGISTRY_ONLY",
      sourceKind: "HelmValues",
      source: { file: "helmfile.yaml", line: 14 },
    });
  });

  it("reads the Argo CD Application with rendering off too", async () => {
    const { report } = await check("argocd", { render: "none" });
    expect(report.meshPolicy).toMatchObject({ mode: "REGISTRY_ONLY", source: { file: "istiod.yaml", line: 21 } });
  });
});
