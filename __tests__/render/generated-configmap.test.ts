// A ConfigMap Kustomize generates from files: a host in one of them is found at its line in that file, and a program
// in a language the scanner does not read (a Lua library mounted for an EnvoyFilter) is not read as configuration.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCheck, type CheckResult } from "../../src/engine.js";
import { parseSettings } from "../../src/settings.js";
import { removeDir, tempDir } from "../github/git-fixture.js";
import { hasKustomize } from "./tools.js";

const FILES: Record<string, string> = {
  "app/kustomization.yaml": [
    "namespace: shop",
    "resources: [namespace.yaml, deployment.yaml]",
    "configMapGenerator:",
    "  - name: proxy",
    "    files: [application.properties, json.lua=lib/json.lua]",
    "",
  ].join("\n"),
  "app/namespace.yaml":
    "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels: {istio-injection: enabled}\n",
  "app/deployment.yaml": `apiVersion: apps/v1
kind: Deployment
metadata: {name: proxy}
spec:
  selector: {matchLabels: {app: proxy}}
  template:
    metadata: {labels: {app: proxy}}
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
          volumeMounts: [{name: conf, mountPath: /config}]
      volumes: [{name: conf, configMap: {name: proxy}}]
`,
  "app/application.properties":
    "# the payment provider\nserver.port=8080\npayments.url=https://api.payments-vendor.io/v1\npayments.timeout=5s\n",
  "app/lib/json.lua":
    "-- JSON for Lua\n-- see http://scripts.sil.org/cms/scripts/page.php?item_id=IWS-Chapter04a\nlocal json = {}\nreturn json\n",
};

describe.skipIf(!hasKustomize)("a ConfigMap generated from files (skipped: no kustomize or kubectl)", () => {
  let work: string;
  let result: CheckResult;
  beforeAll(async () => {
    work = tempDir("egress-lint-generated-cm-");
    for (const [rel, text] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
      writeFileSync(path.join(work, rel), text);
    }
    result = await runCheck(parseSettings({ root: work, failOn: "never" }));
  });
  afterAll(() => removeDir(work));

  it("finds a host at its line in the file the generator read", () => {
    const found = result.report.findings.filter((f) => f.rule === "unregistered-host");
    expect(found.map((f) => `${f.host} ${f.file}:${f.line} ${f.namespace}/${f.workload}`)).toEqual([
      "api.payments-vendor.io app/application.properties:3 shop/proxy",
    ]);
  });

  it("does not read a Lua library mounted from it as configuration", () => {
    const hosts = [...result.report.findings.map((f) => f.host), ...(result.report.notJudged ?? []).map((r) => r.host)];
    expect(hosts).not.toContain("scripts.sil.org");
  });
});
