// Times the pipeline's stages in one process on a generated tree: bundled and run by scripts/bench.mjs.
import { performance } from "node:perf_hooks";
import { readSnapshot } from "../../src/discover/snapshot.js";
import { buildEgressModel } from "../../src/lint.js";
import { buildRouteTable, diffRouteTables, proxyViews } from "../../src/routes/index.js";
import { runRules } from "../../src/rules/registry.js";
import { collectReferences } from "../../src/scan/collect.js";
import { DEFAULTS } from "../../src/settings.js";

async function main(root: string): Promise<void> {
  const times: Record<string, number> = {};
  const timed = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const value = await fn();
    times[name] = Math.round(performance.now() - start);
    return value;
  };
  const snapshot = await timed("read", () => readSnapshot(root, { manifests: DEFAULTS.manifests, sources: DEFAULTS.sources, exclude: [], maxFileBytes: DEFAULTS.maxFileBytes }));
  const { model } = await timed("model", () => buildEgressModel(snapshot, "default"));
  const references = await timed("scan", () => collectReferences(model, snapshot.sources));
  await timed("rules", () => runRules({ model, references }));
  const views = await timed("routes", () => proxyViews(model));
  // A base without the first ServiceEntry: the diff stage's typical input.
  const base = { ...model, serviceEntries: model.serviceEntries.slice(1) };
  await timed("diff", () => {
    for (const w of model.workloads.slice(0, 50)) diffRouteTables(buildRouteTable(base, w), buildRouteTable(model, w));
  });
  const rss = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ times, views: views.length, workloads: model.workloads.length, references: references.length, maxRssMb: rss })}\n`);
}

await main(process.argv[2]!);
