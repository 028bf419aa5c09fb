// The repository's kustomizations, charts and deploying objects, found from its file list and texts. Pure.
import { parseYamlFile } from "../manifests/parse-yaml.js";
import { asString, isObject, resourcesFromDocument } from "../manifests/resource.js";
import { argoTargets, isArgoApplication, type TargetDiscovery, type TargetRepo } from "./argocd.js";
import { fluxTargets, isFluxObject } from "./flux.js";
import { KUSTOMIZATION_FILE_NAMES, parseKustomization, type Kustomization, type RepoFiles } from "./kustomization.js";
import { dirOf, fromTop, isUnder, resolveInRepo } from "./paths.js";
import type { ChartInfo, LocalDependency } from "./plan.js";

export function kustomizationFilesOf(files: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of files) {
    const name = f.slice(f.lastIndexOf("/") + 1);
    // Kustomize itself refuses a folder with two of them; the first name in its own order is the one it would report.
    if ((KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(name) && !out.has(dirOf(f))) out.set(dirOf(f), f);
  }
  return out;
}

export function parseKustomizations(repo: RepoFiles): Map<string, Kustomization> {
  const kustomizations = new Map<string, Kustomization>();
  for (const [dir, file] of [...repo.kustomizations].sort(([a], [b]) => (a < b ? -1 : 1))) {
    kustomizations.set(dir, parseKustomization(file, repo.textOf(file) ?? "", repo));
  }
  return kustomizations;
}

/** Charts at the top level: a chart inside another chart's folder is its subchart, rendered with it. */
export function chartsOf(
  chartFiles: readonly string[],
  textOf: (file: string) => string | undefined,
): Map<string, ChartInfo> {
  const dirs = chartFiles.map(dirOf).sort();
  const out = new Map<string, ChartInfo>();
  for (const dir of dirs) {
    if ([...out.keys()].some((parent) => parent !== dir && isUnder(dir, parent))) continue;
    const doc = parseYamlFile(textOf(dir === "." ? "Chart.yaml" : `${dir}/Chart.yaml`) ?? "").documents[0]?.value;
    const meta = isObject(doc) ? doc : {};
    const local = localDependencies(dir, meta.dependencies);
    out.set(dir, {
      dir,
      name: asString(meta.name) ?? dir.slice(dir.lastIndexOf("/") + 1),
      library: meta.type === "library",
      ...(local.length > 0 ? { localDependencies: local } : {}),
    });
  }
  return out;
}

/**
 * A folder at `prefix` in its work tree, whose folders are those `dirExists` knows, as deploying objects see it. A path
 * that is not there from the work tree's top but is from the folder's is the folder's: a folder kept as a repository
 * of its own (an example, a vendored tree) names its paths from itself.
 */
export function targetRepo(dirExists: (dir: string) => boolean, prefix = ""): TargetRepo {
  const there = (p: string) => dirExists(p) || dirExists(dirOf(p));
  return {
    dirExists,
    fromTop: (p) => {
      const own = resolveInRepo(".", p);
      if (own === undefined || prefix === "") return own;
      const viaTop = fromTop(prefix, own);
      return viaTop !== undefined && !there(viaTop) && there(own) ? own : viaTop;
    },
  };
}

const DEPLOYER_KIND = /^kind:\s*["']?(Application|ApplicationSet|Kustomization|HelmRelease)["']?\s*$/m;

/** Argo CD and Flux objects among the manifests, and what they deploy. */
export function deployTargets(manifests: readonly { path: string; text: string }[], repo: TargetRepo): TargetDiscovery {
  const out: TargetDiscovery = { targets: [], remoteChartValues: [], findings: [] };
  for (const file of manifests) {
    if (!DEPLOYER_KIND.test(file.text)) continue;
    for (const doc of parseYamlFile(file.text).documents) {
      for (const r of resourcesFromDocument(doc, file.path, "")) {
        const found = isArgoApplication(r) ? argoTargets(r, repo) : isFluxObject(r) ? fluxTargets(r, repo) : undefined;
        if (!found) continue;
        out.targets.push(...found.targets);
        out.remoteChartValues.push(...found.remoteChartValues);
        out.findings.push(...found.findings);
      }
    }
  }
  return out;
}

/** Chart.yaml's dependencies whose `repository` is a folder of the repository (`file://../sre-lib`). */
function localDependencies(dir: string, dependencies: unknown): LocalDependency[] {
  if (!Array.isArray(dependencies)) return [];
  const out: LocalDependency[] = [];
  for (const d of dependencies) {
    if (!isObject(d)) continue;
    // `helm template` matches what `charts/` holds by the chart's name; an alias only renames it in the values.
    const name = asString(d.name);
    const repository = asString(d.repository);
    if (!name || !repository?.startsWith("file://")) continue;
    const target = resolveInRepo(dir, repository.slice("file://".length));
    if (target !== undefined && target !== "." && target !== dir) out.push({ name, dir: target });
  }
  return out;
}
