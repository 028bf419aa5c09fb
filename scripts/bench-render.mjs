// node scripts/bench-render.mjs [APPS]: times the rendering stage on a generated GitOps tree of APPS apps, each a base
// and two overlays (3 x APPS kustomizations, default 100 -> 300), at 1, 2 and 4 builds at a time, then a full check.
// Needs kustomize or kubectl on PATH. Not part of `npm test`.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";

const APPS = Number(process.argv[2] ?? 100);
const work = path.join(os.tmpdir(), "egress-lint-bench-render");
const root = path.join(work, "repo");

function write(rel, text) {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function generate() {
  rmSync(root, { recursive: true, force: true });
  write(
    "cluster/mesh.yaml",
    "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: istio, namespace: istio-system}\ndata:\n  mesh: |\n    outboundTrafficPolicy:\n      mode: REGISTRY_ONLY\n",
  );
  write(
    "components/registry-only/kustomization.yaml",
    "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [sidecar.yaml]\n",
  );
  write(
    "components/registry-only/sidecar.yaml",
    "apiVersion: networking.istio.io/v1\nkind: Sidecar\nmetadata: {name: default}\nspec:\n  egress: [{hosts: ['./*', 'istio-system/*']}]\n  outboundTrafficPolicy: {mode: REGISTRY_ONLY}\n",
  );
  for (let i = 0; i < APPS; i++) {
    const app = `app-${String(i).padStart(3, "0")}`;
    write(
      `apps/${app}/base/kustomization.yaml`,
      "resources: [deployment.yaml, service.yaml, serviceentry.yaml]\nconfigMapGenerator:\n  - name: settings\n    literals: [LOG_LEVEL=info]\n",
    );
    write(
      `apps/${app}/base/deployment.yaml`,
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${app}}\nspec:\n  selector: {matchLabels: {app: ${app}}}\n  template:\n    metadata: {labels: {app: ${app}}}\n    spec:\n      containers:\n        - name: app\n          image: example/${app}:1\n          env:\n            - {name: VENDOR_URL, value: "https://api.vendor-${i % 17}.io/v1"}\n`,
    );
    write(
      `apps/${app}/base/service.yaml`,
      `apiVersion: v1\nkind: Service\nmetadata: {name: ${app}}\nspec:\n  selector: {app: ${app}}\n  ports: [{name: http, port: 80}]\n`,
    );
    write(
      `apps/${app}/base/serviceentry.yaml`,
      `apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: vendor}\nspec:\n  hosts: [api.vendor-${i % 17}.io]\n  exportTo: ["."]\n  location: MESH_EXTERNAL\n  resolution: DNS\n  ports: [{number: 443, name: tls, protocol: TLS}]\n`,
    );
    for (const env of ["prod", "staging"]) {
      write(
        `apps/${app}/overlays/${env}/kustomization.yaml`,
        `namespace: ${app}-${env}\nnamePrefix: ${env}-\nresources: [../../base]\n${env === "prod" ? "components: [../../../../components/registry-only]\n" : ""}patches:\n  - path: replicas.yaml\n`,
      );
      write(
        `apps/${app}/overlays/${env}/replicas.yaml`,
        `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${app}}\nspec: {replicas: ${env === "prod" ? 3 : 1}}\n`,
      );
    }
  }
}

async function stages() {
  const outfile = path.join(work, "stages.mjs");
  await build({
    stdin: {
      contents: [
        'export { readSnapshot } from "./src/discover/snapshot.ts";',
        'export { renderRepository } from "./src/render/index.ts";',
        'export { machineRenderEnvironment } from "./src/render/exec-runner.ts";',
        'export { runCheck } from "./src/engine.ts";',
        'export { parseSettings, DEFAULTS } from "./src/settings.ts";',
      ].join("\n"),
      resolveDir: process.cwd(),
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    logLevel: "warning",
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return import(outfile);
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

generate();
const s = await stages();
const env = await s.machineRenderEnvironment(process.env, os.tmpdir(), os.availableParallelism());
if (!env.tools.kustomize) {
  console.log("bench-render: neither kustomize nor kubectl is on PATH; nothing to measure");
  process.exit(0);
}
console.log(
  `tree: ${APPS} apps, ${APPS * 3} kustomizations (${APPS * 2} overlays to build); tool: ${env.tools.kustomize.command} ${env.tools.kustomize.args.join(" ")}; ${os.availableParallelism()} CPUs`,
);
const snapshot = await s.readSnapshot(root, {
  manifests: s.DEFAULTS.manifests,
  sources: s.DEFAULTS.sources,
  exclude: [],
  maxFileBytes: s.DEFAULTS.maxFileBytes,
});
for (const concurrency of [1, 2, 4]) {
  const start = performance.now();
  const rendered = await s.renderRepository(root, snapshot, {
    manifests: s.DEFAULTS.manifests,
    defaultNamespace: "default",
    exclude: [],
    maxFileBytes: s.DEFAULTS.maxFileBytes,
    env: { ...env, concurrency },
  });
  const ms = performance.now() - start;
  const fallbacks = rendered.loaded.findings.filter((f) => f.rule === "render-fallback").length;
  console.log(
    `render stage, ${concurrency} at a time: ${seconds(ms)} (${rendered.jobs.kustomize} builds, ${(ms / rendered.jobs.kustomize).toFixed(0)} ms each on average; ${rendered.loaded.resources.length} objects; ${fallbacks} fallbacks)`,
  );
}
const start = performance.now();
const result = await s.runCheck(s.parseSettings({ root, failOn: "never" }));
console.log(
  `full check (render: auto, ${env.concurrency} at a time): ${seconds(performance.now() - start)}; ${result.model.workloads.length} workloads, ${result.report.findings.length} findings`,
);
const rawStart = performance.now();
await s.runCheck(s.parseSettings({ root, failOn: "never", render: "none" }));
console.log(`full check (render: none): ${seconds(performance.now() - rawStart)}`);
