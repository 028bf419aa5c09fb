// Renders kept by the content of their inputs, and batches that one broken tree does not sink: a second run builds
// only what changed, and a failing tree costs its batch one more process, not a cascade.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSnapshot } from "../../src/discover/snapshot.js";
import { renderCache, type RenderCache } from "../../src/render/cache.js";
import { machineRenderEnvironment } from "../../src/render/exec-runner.js";
import { renderRepository, type RenderedRepository } from "../../src/render/index.js";
import type { RenderEnvironment } from "../../src/render/types.js";
import { DEFAULTS } from "../../src/settings.js";
import { removeDir, tempDir } from "../github/git-fixture.js";
import { hasKustomize } from "./tools.js";

let work: string;
let root: string;

function write(rel: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
}

beforeAll(() => {
  work = tempDir("egress-lint-render-cache-");
  root = path.join(work, "repo");
  write("base/kustomization.yaml", "resources: [se.yaml]\n");
  write(
    "base/se.yaml",
    "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: api}\nspec:\n  hosts: [api.vendor.io]\n  ports: [{number: 443, name: tls, protocol: TLS}]\n",
  );
  for (let i = 0; i < 6; i++) {
    // The fourth overlay's secretGenerator names a file nobody committed: Kustomize fails on it.
    const broken = i === 3 ? "secretGenerator:\n  - name: creds\n    files: [creds.env]\n" : "";
    write(`overlays/o${i}/kustomization.yaml`, `namespace: ns-${i}\nresources: [../../base]\n${broken}`);
  }
});
afterAll(() => removeDir(work));

async function render(env: RenderEnvironment): Promise<RenderedRepository> {
  const snapshot = await readSnapshot(root, {
    manifests: DEFAULTS.manifests,
    sources: [],
    exclude: [],
    maxFileBytes: DEFAULTS.maxFileBytes,
  });
  return renderRepository(root, snapshot, {
    manifests: DEFAULTS.manifests,
    defaultNamespace: "default",
    exclude: [],
    maxFileBytes: DEFAULTS.maxFileBytes,
    env,
  });
}

async function machine(cache?: RenderCache): Promise<RenderEnvironment> {
  return { ...(await machineRenderEnvironment(process.env, os.tmpdir(), 1, cache)), concurrency: 1 };
}

const objects = (r: RenderedRepository) => JSON.stringify(r.loaded, (_k, v) => (v instanceof Map ? [...v] : v));

describe.skipIf(!hasKustomize)("rendering with a cache (skipped: no kustomize or kubectl)", () => {
  it("builds the tree Kustomize names as failing alone and the rest together again", async () => {
    const r = await render(await machine());
    // One batch of six fails naming o3; o3 alone fails, the other five build in one process.
    expect(r.stats.processes).toBe(3);
    expect(r.stats.fellBack.map((f) => f.tree)).toEqual(["overlays/o3"]);
    expect(r.loaded.resources.map((x) => x.namespace).sort()).toEqual(["ns-0", "ns-1", "ns-2", "ns-3", "ns-4", "ns-5"]);
  });

  it("builds nothing the second time, and the same objects come out", async () => {
    const cache = renderCache(undefined);
    const first = await render(await machine(cache));
    const second = await render(await machine(cache));
    expect(first.stats.cached).toBe(0);
    expect(second.stats).toMatchObject({ trees: 6, cached: 6, processes: 0 });
    expect(objects(second)).toBe(objects(first));
  });

  it("keeps renders in a folder between runs, rebuilds only a tree whose files changed, and takes a broken entry for a miss", async () => {
    const dir = path.join(work, "cache");
    await render(await machine(renderCache(dir)));
    const warm = await render(await machine(renderCache(dir)));
    expect(warm.stats).toMatchObject({ cached: 6, processes: 0 });

    write("overlays/o5/kustomization.yaml", "namespace: ns-five\nresources: [../../base]\n");
    const changed = await render(await machine(renderCache(dir)));
    expect(changed.stats).toMatchObject({ cached: 5, processes: 1 });
    expect(changed.loaded.resources.map((x) => x.namespace)).toContain("ns-five");

    const entries = path.join(dir, "renders-v1");
    for (const sub of readdirSync(entries))
      for (const f of readdirSync(path.join(entries, sub))) writeFileSync(path.join(entries, sub, f), "{not json");
    const broken = await render(await machine(renderCache(dir)));
    expect(broken.stats.cached).toBe(0);
    expect(objects(broken)).toBe(objects(changed));
    rmSync(dir, { recursive: true, force: true });
  });

  it("renders the same when the folder cannot be written, and says why once", async () => {
    const notAFolder = path.join(work, "a-file");
    writeFileSync(notAFolder, "");
    const cache = renderCache(notAFolder);
    const r = await render(await machine(cache));
    expect(cache.writeError).toBe("ENOTDIR");
    expect(r.stats.fellBack.map((f) => f.tree)).toEqual(["overlays/o3"]);
    expect(r.loaded.resources).toHaveLength(6);
  });

  it("never keeps a build that ran out of time", async () => {
    const cache = renderCache(undefined);
    const env = await machine(cache);
    const slow: RenderEnvironment = {
      ...env,
      run: async () => ({ code: null, stdout: "", stderr: "", timedOut: true }),
    };
    const first = await render(slow);
    expect(first.stats.fellBack).toHaveLength(6);
    const again = await render(env);
    expect(again.stats.cached).toBe(0);
    expect(again.stats.fellBack.map((f) => f.tree)).toEqual(["overlays/o3"]);
  });
});
