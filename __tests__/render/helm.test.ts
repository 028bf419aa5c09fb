// Helm charts rendered with the values their Argo CD Applications name; without helm, one finding per chart.
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scratchRepo } from "../helpers/scratch-repo.js";
import { readSnapshot } from "../../src/discover/snapshot.js";
import { runCheck } from "../../src/engine.js";
import { buildEgressModel } from "../../src/lint.js";
import { renderRepository } from "../../src/render/index.js";
import { withRendering } from "../../src/render/merge.js";
import type { RenderEnvironment } from "../../src/render/types.js";
import { DEFAULTS, parseSettings } from "../../src/settings.js";
import { hasHelm } from "./tools.js";

const FIXTURE = path.resolve("__tests__/fixtures/render/helm");

describe.skipIf(!hasHelm)(
  "Helm charts with helm on PATH (skipped: helm is not on PATH; scripts/install-render-tools.sh installs it)",
  () => {
    it("renders the ServiceEntries a values file asks for, located in the template that writes them", async () => {
      const result = await runCheck(parseSettings({ root: FIXTURE, failOn: "never" }));
      expect(
        result.model.serviceEntries.map(
          (s) => `${s.namespace}/${s.name} ${s.hosts.join(",")} ${s.loc.file}:${s.loc.line}`,
        ),
      ).toEqual(["payments/payments-api api.paymentsprovider.io charts/egress/templates/serviceentries.yaml:4"]);
      expect(result.report.findings.map((f) => `${f.severity} ${f.rule} ${f.file}:${f.line}`)).toEqual([
        "error unregistered-host services/payments/deployment.yaml:22",
      ]);
    });

    it("renders a chart whose dependency is a folder of the repository (file://), as helm dependency build would", async () => {
      const { root, write } = scratchRepo("egress-lint-helm-local-dep-");
      write("charts/lib/Chart.yaml", "apiVersion: v2\nname: lib\ntype: library\nversion: 0.5.0\n");
      write("charts/lib/templates/_names.tpl", '{{- define "lib.name" -}}{{ .Release.Name }}-api{{- end -}}\n');
      write(
        "charts/app/Chart.yaml",
        'apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: lib\n    version: "0.5.0"\n    repository: "file://../lib"\n',
      );
      write(
        "charts/app/templates/deployment.yaml",
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "lib.name" . }}\nspec:\n  template:\n    spec:\n      containers: [{name: app, image: acme/app:1}]\n',
      );
      const result = await runCheck(parseSettings({ root, failOn: "never", cacheDir: "off" }));
      expect(result.model.workloads.map((w) => `${w.namespace}/${w.name} ${w.loc.file}`)).toEqual([
        "default/app-api charts/app/templates/deployment.yaml",
      ]);
      expect(result.report.findings.filter((f) => f.rule === "render-fallback")).toEqual([]);
    });

    it("renders a chart named in capitals, under a release name helm accepts", async () => {
      const { root, write } = scratchRepo("egress-lint-helm-upper-");
      write("helm/Chart.yaml", "apiVersion: v2\nname: Ephemeral-Environments\nversion: 0.1.0\n");
      write(
        "helm/templates/deployment.yaml",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}-web\nspec:\n  template:\n    spec:\n      containers: [{name: web, image: acme/web:1}]\n",
      );
      const result = await runCheck(parseSettings({ root, failOn: "never", cacheDir: "off" }));
      expect(result.model.workloads.map((w) => `${w.namespace}/${w.name}`)).toEqual([
        "default/ephemeral-environments-web",
      ]);
      expect(result.report.findings.filter((f) => f.rule === "render-fallback")).toEqual([]);
    });

    it("sets the mesh policy from the istiod chart's meshConfig, at the Application's values that write it", async () => {
      const result = await runCheck(parseSettings({ root: FIXTURE, failOn: "never" }));
      expect(result.model.mesh.mode).toBe("REGISTRY_ONLY");
      expect(result.model.mesh.source).toEqual({ file: "apps/istiod.yaml", line: 15 });
    });
  },
);

describe("Helm charts without helm", () => {
  const noTools: RenderEnvironment = {
    run: async () => {
      throw new Error("nothing may run without tools");
    },
    tools: {},
    tempRoot: os.tmpdir(),
    timeoutMs: 1000,
    concurrency: 2,
  };

  it("skips each chart's templates with one finding, and still reads the mesh policy from the inline values", async () => {
    const snapshot = await readSnapshot(FIXTURE, {
      manifests: DEFAULTS.manifests,
      sources: DEFAULTS.sources,
      exclude: [],
      maxFileBytes: DEFAULTS.maxFileBytes,
    });
    const rendered = await renderRepository(FIXTURE, snapshot, {
      manifests: DEFAULTS.manifests,
      defaultNamespace: "default",
      exclude: [],
      maxFileBytes: DEFAULTS.maxFileBytes,
      env: noTools,
    });
    const { model, findings } = buildEgressModel(withRendering(snapshot, rendered), "default");
    expect(findings.filter((f) => f.rule === "render-fallback").map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual(
      [
        "charts/egress/Chart.yaml:1 Helm chart charts/egress: helm is not on PATH; its templates were not rendered",
        "charts/istiod/Chart.yaml:1 Helm chart charts/istiod: helm is not on PATH; its templates were not rendered",
      ],
    );
    expect(model.serviceEntries).toEqual([]);
    expect(model.mesh.mode).toBe("REGISTRY_ONLY");
    expect(model.mesh.source).toEqual({ file: "apps/istiod.yaml", line: 15 });
  });
});
