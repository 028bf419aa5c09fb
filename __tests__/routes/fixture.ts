// Loads fixture directories under __tests__/fixtures/routes into a model, the way the pipeline reads manifests.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadManifests } from "../../src/manifests/load.js";
import { buildModel } from "../../src/model/build.js";
import type { EgressModel, Workload } from "../../src/model/types.js";

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/routes");

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? e.name === "expected" || e.name === "istioctl"
          ? []
          : yamlFiles(path.join(dir, e.name))
        : /\.ya?ml$/.test(e.name)
          ? [path.join(dir, e.name)]
          : [],
    )
    .sort();
}

/** Every YAML file under the given fixture directories (relative to __tests__/fixtures/routes), in path order. */
export function fixtureModel(...dirs: string[]): EgressModel {
  const files = dirs
    .flatMap((d) => yamlFiles(path.join(FIXTURES, d)))
    .map((f) => ({ path: path.relative(FIXTURES, f), text: readFileSync(f, "utf8") }));
  const loaded = loadManifests(files, { defaultNamespace: "default" });
  return buildModel(loaded);
}

export function workload(model: EgressModel, id: string): Workload {
  const w = model.workloads.find((x) => `${x.namespace}/${x.name}` === id);
  if (!w) throw new Error(`fixture has no workload ${id}`);
  return w;
}

export function expectedFile(dir: string, name: string): string {
  return path.join(FIXTURES, dir, "expected", name);
}
