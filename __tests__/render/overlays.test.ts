// A base and overlays rendered by the real Kustomize: namespaces, patched ports, a component's Sidecar, a refused plugin.
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCheck, type CheckResult } from "../../src/engine.js";
import { parseSettings } from "../../src/settings.js";
import { hasKustomize } from "./tools.js";

const FIXTURE = path.resolve("__tests__/fixtures/render/overlays");

describe.skipIf(!hasKustomize)("Kustomize overlays (skipped: neither kustomize nor kubectl is on PATH)", () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await runCheck(parseSettings({ root: FIXTURE, failOn: "never" }));
  });

  it("deploys the base once per overlay, in the overlay's namespace", () => {
    const workloads = result.model.workloads
      .map((w) => `${w.namespace}/${w.name} ${w.mode} ${w.loc.file}:${w.loc.line}`)
      .sort();
    expect(workloads).toEqual([
      "dev/checkout ALLOW_ANY deploy/base/deployment.yaml:2",
      "prod/checkout REGISTRY_ONLY deploy/base/deployment.yaml:2",
      "staging/checkout ALLOW_ANY deploy/base/deployment.yaml:2",
    ]);
  });

  it("reads the ServiceEntry with the overlay's patched ports, located in the base that defines it", () => {
    const entries = result.model.serviceEntries
      .map(
        (s) =>
          `${s.namespace}/${s.name} ${s.ports.map((p) => `${p.number}/${p.protocol}`).join(",")} ${s.loc.file}:${s.loc.line}`,
      )
      .sort();
    expect(entries).toEqual([
      "dev/payments-api 443/TLS deploy/base/serviceentry.yaml:2",
      "prod/payments-api 8443/TLS,80/HTTP deploy/base/serviceentry.yaml:2",
      "staging/payments-api 443/TLS deploy/base/serviceentry.yaml:2",
    ]);
  });

  it("takes prod's REGISTRY_ONLY from the component's Sidecar as patched by the overlay", () => {
    expect(result.model.sidecars.map((s) => `${s.namespace}/${s.name} ${s.loc.file}`)).toEqual([
      "prod/default deploy/components/sidecar/sidecar.yaml",
    ]);
    const prod = result.model.workloads.find((w) => w.namespace === "prod")!;
    expect(prod.modeSource).toBe("sidecar");
    expect(prod.sidecar).toEqual({ namespace: "prod", name: "default" });
  });

  it("never loads patches, kustomizations or plugin configurations as objects", () => {
    const files = new Set(
      [...result.model.serviceEntries, ...result.model.sidecars, ...result.model.workloads].map((x) => x.loc.file),
    );
    for (const f of files) expect(f).not.toMatch(/overlays\/|kustomization\.yaml$/);
    expect(result.model.serviceEntries).toHaveLength(3);
    expect(result.model.sidecars).toHaveLength(1);
    expect(existsSync(path.join(FIXTURE, "deploy/overlays/staging/PLUGIN-RAN"))).toBe(false);
  });

  it("reports each host where the base writes it, with the severity of each overlay's policy", () => {
    const findings = result.report.findings
      .filter((f) => f.rule !== "render-fallback")
      .map((f) => `${f.severity} ${f.rule} ${f.file}:${f.line} ${f.namespace}`);
    expect(findings).toEqual([
      "error unregistered-host deploy/base/deployment.yaml:21 prod",
      "warning port-not-registered deploy/base/deployment.yaml:19 dev",
      "warning port-not-registered deploy/base/deployment.yaml:19 staging",
      "warning unregistered-host deploy/base/deployment.yaml:21 dev",
      "warning unregistered-host deploy/base/deployment.yaml:21 staging",
    ]);
  });

  it("reports the plugin left out and the broken overlay at their kustomizations, with the reason", () => {
    const fallbacks = result.report.findings.filter((f) => f.rule === "render-fallback");
    expect(fallbacks.map((f) => `${f.code} ${f.severity} ${f.file}:${f.line}`)).toEqual([
      "EGR004 info deploy/overlays/dev/kustomization.yaml:1",
      "EGR004 info deploy/overlays/staging/kustomization.yaml:1",
    ]);
    const [dev, staging] = fallbacks;
    expect(staging!.message).toMatch(
      /rendered without generator secret-generator\.yaml, which Kustomize does not run here/,
    );
    expect(dev!.message).toContain("failed: deploy/overlays/dev/debug-tools.yaml: no such file or directory;");
    expect(dev!.message).toMatch(/with namespace dev/);
    for (const f of fallbacks) expect(f.message).not.toContain(FIXTURE);
  });

  it("simulates prod's route table from the rendered objects: the patched HTTP port, then block_all", () => {
    const prod = result.report.routeTables.find((t) => t.proxies.includes("prod/checkout"))!;
    const rows80 = prod.rows.filter((r) => r.name === "80").map((r) => r.vhost);
    expect(rows80).toEqual(["api.paymentsprovider.io:80", "block_all"]);
    const dev = result.report.routeTables.find((t) => t.proxies.includes("dev/checkout"))!;
    expect(dev.rows.some((r) => r.name === "80")).toBe(false);
    expect(
      prod.clusters
        .filter((c) => c.fqdn === "api.paymentsprovider.io")
        .map((c) => c.port)
        .sort(),
    ).toEqual(["80", "8443"]);
  });

  it("leaves kustomizations outside the manifest globs alone, like any other file there", async () => {
    const narrowed = await runCheck(parseSettings({ root: FIXTURE, failOn: "never", manifests: "cluster/**" }));
    expect(narrowed.model.serviceEntries).toEqual([]);
    expect(narrowed.model.workloads).toEqual([]);
    expect(narrowed.report.findings.filter((f) => f.rule === "render-fallback")).toEqual([]);
  });

  it("reads every file as written with render: none (the namespaces the cluster never sees)", async () => {
    const raw = await runCheck(parseSettings({ root: FIXTURE, failOn: "never", render: "none" }));
    expect(raw.model.serviceEntries.map((s) => `${s.namespace}/${s.name}`).sort()).toEqual([
      "default/payments-api",
      "default/payments-api",
    ]);
    expect(raw.report.findings.some((f) => f.rule === "render-fallback")).toBe(false);
  });
});
