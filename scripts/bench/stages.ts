// Times the pipeline's stages in one process and one thread on a generated tree: bundled and run by
// scripts/bench.mjs. Source files are scanned as they are read, so "read+scan" holds both; "references" is what
// the model then keeps of them.
import { performance } from "node:perf_hooks";
import { readSnapshot } from "../../src/discover/snapshot.js";
import { loadManifests } from "../../src/manifests/load.js";
import { buildModel } from "../../src/model/build.js";
import { buildEgressModel, withBaseDiff } from "../../src/lint.js";
import type { Report } from "../../src/report/types.js";
import { buildRouteTable, proxyViews } from "../../src/routes/index.js";
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
  const snapshot = await timed("read+scan", () =>
    readSnapshot(root, {
      manifests: DEFAULTS.manifests,
      sources: DEFAULTS.sources,
      exclude: [],
      maxFileBytes: DEFAULTS.maxFileBytes,
    }),
  );
  const { model } = await timed("model", () => buildEgressModel(snapshot, "default"));
  const references = await timed("references", () => collectReferences(model, snapshot.references));
  await timed("rules", () => runRules({ model, references }));
  const views = await timed("routes", () => proxyViews(model));
  // A base without the first ServiceEntry: the diff stage's typical input, diffed as a pull request's run does.
  const baseViews = proxyViews({ ...model, serviceEntries: model.serviceEntries.slice(1) });
  const tables = (vs: typeof views) =>
    ({
      routeTables: vs.map((v) => ({
        proxy: v.proxy,
        proxies: v.proxies,
        rows: v.routes.rows,
        clusters: v.clusters.rows,
      })),
    }) as unknown as Report;
  await timed("diff", () => withBaseDiff(tables(views), tables(baseViews)));
  const one = namespaceOf200();
  await timed("route table, 200-service namespace", () => buildRouteTable(one, one.workloads[0]!));
  const rss = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(
    `${JSON.stringify({ times, views: views.length, workloads: model.workloads.length, references: references.length, maxRssMb: rss })}\n`,
  );
}

/** One namespace with 200 HTTP Services and the proxy's own Deployment: the route-table yardstick. */
function namespaceOf200() {
  const docs = Array.from(
    { length: 200 },
    (_, i) => `apiVersion: v1
kind: Service
metadata: {name: svc-${i}, namespace: big}
spec:
  clusterIP: 10.0.${Math.floor(i / 250)}.${i % 250}
  selector: {app: svc-${i}}
  ports: [{name: http, port: ${8000 + (i % 20)}}]`,
  );
  docs.push(`apiVersion: apps/v1
kind: Deployment
metadata: {name: client, namespace: big}
spec:
  template:
    metadata: {labels: {app: svc-0}}
    spec: {containers: [{name: main, image: busybox}]}`);
  return buildModel(loadManifests([{ path: "big.yaml", text: docs.join("\n---\n") }], { defaultNamespace: "default" }));
}

await main(process.argv[2]!);
