// Linting one overlay of a monorepo: its bases, components and patches elsewhere in the git work tree are read as
// Kustomize reads them, and nothing outside the work tree is.
import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCheck, type CheckResult } from "../../src/engine.js";
import { checkoutBase } from "../../src/github/base-tree.js";
import { parseSettings } from "../../src/settings.js";
import { commitFiles, initRepo, removeDir, tempDir } from "../github/git-fixture.js";
import { hasKustomize } from "./tools.js";

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api, sidecar.istio.io/inject: "true"}}
    spec:
      containers:
        - name: api
          image: example/api:1
          env:
            - {name: PAYMENTS_URL, value: "https://api.payments-vendor.io/v1"}
`;

const ENTRY = (host: string) => `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: vendor
spec:
  hosts: [${host}]
  location: MESH_EXTERNAL
  resolution: DNS
  ports: [{number: 443, name: tls, protocol: TLS}]
`;

const FILES: Record<string, string> = {
  "deploy/app/base/kustomization.yaml": "resources: [deployment.yaml, serviceentry.yaml]\n",
  "deploy/app/base/deployment.yaml": DEPLOYMENT,
  "deploy/app/base/serviceentry.yaml": ENTRY("api.other-vendor.io"),
  "deploy/app/overlays/prod/replicas.yaml":
    "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec: {replicas: 3}\n",
  "deploy/app/overlays/prod/kustomization.yaml":
    "namespace: shop\nnamePrefix: prod-\nresources: [../../base]\ncomponents: [../../../../components/strict]\npatches:\n  - path: replicas.yaml\n",
  "deploy/app/overlays/leaky/kustomization.yaml": "resources: [../../../../../outside]\n",
  "components/strict/kustomization.yaml":
    "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [sidecar.yaml]\n",
  "components/strict/sidecar.yaml":
    "apiVersion: networking.istio.io/v1\nkind: Sidecar\nmetadata: {name: default}\nspec:\n  outboundTrafficPolicy: {mode: REGISTRY_ONLY}\n",
};

const check = (root: string) => runCheck(parseSettings({ root, failOn: "never" }));
const fallbacks = (r: CheckResult) =>
  r.report.findings.filter((f) => f.rule === "render-fallback").map((f) => `${f.file}: ${f.message}`);

describe.skipIf(!hasKustomize)("a subfolder of a git work tree (skipped: no kustomize or kubectl)", () => {
  let top: string;
  let baseSha: string;
  beforeAll(() => {
    top = path.join(tempDir("egress-lint-subfolder-"), "repo");
    initRepo(top);
    baseSha = commitFiles(top, FILES, "base");
    commitFiles(top, { "deploy/app/base/serviceentry.yaml": ENTRY("api.payments-vendor.io") }, "register the vendor");
  });
  afterAll(() => removeDir(path.dirname(top)));

  it("renders an overlay with its base and component from elsewhere in the work tree, named from the folder", async () => {
    const r = await check(path.join(top, "deploy/app/overlays/prod"));
    expect(fallbacks(r)).toEqual([]);
    expect(r.model.workloads.map((w) => `${w.namespace}/${w.name} ${w.mode} ${w.loc.file}:${w.loc.line}`)).toEqual([
      "shop/prod-api REGISTRY_ONLY ../../base/deployment.yaml:2",
    ]);
    expect(r.model.sidecars.map((s) => `${s.namespace}/${s.name} ${s.loc.file}`)).toEqual([
      "shop/prod-default ../../../../components/strict/sidecar.yaml",
    ]);
    expect(r.model.serviceEntries.map((s) => `${s.namespace}/${s.name} ${s.hosts.join(",")} ${s.loc.file}`)).toEqual([
      "shop/prod-vendor api.payments-vendor.io ../../base/serviceentry.yaml",
    ]);
  });

  it("still refuses a reference above the work tree's top", async () => {
    const r = await check(path.join(top, "deploy/app/overlays/leaky"));
    expect(fallbacks(r)).toEqual([
      expect.stringMatching(
        /^kustomization\.yaml: .*\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/outside .*leads out of the repository/,
      ),
    ]);
  });

  it("takes the folder as the boundary when it is in no work tree", async () => {
    const loose = path.join(path.dirname(top), "loose");
    cpSync(top, loose, { recursive: true });
    rmSync(path.join(loose, ".git"), { recursive: true, force: true });
    const r = await check(path.join(loose, "deploy/app/overlays/prod"));
    expect(fallbacks(r)).toEqual([expect.stringMatching(/\.\.\/\.\.\/base .*leads out of the repository/)]);
  });

  it("compares with a base commit whose bases lie outside the folder too", async () => {
    const dir = path.join(top, "deploy/app/overlays/prod");
    const base = await checkoutBase(dir, baseSha, { fetch: false, tempRoot: path.dirname(top) });
    try {
      await base.ready;
      expect(base.prefix).toBe("deploy/app/overlays/prod");
      const r = await runCheck(parseSettings({ root: dir, failOn: "never" }), base);
      expect(fallbacks(r)).toEqual([]);
      // The base renders as the head does: the only change is the host the base's ServiceEntry registers.
      const fixed = (r.report.fixed ?? []).map((f) => `${f.rule} ${f.file}:${f.line}`);
      expect(fixed).toEqual(["unregistered-host ../../base/deployment.yaml:14"]);
    } finally {
      await base.remove();
    }
  });
});
