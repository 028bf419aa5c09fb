// Build provenance: workload images -> build definitions and conventions -> the repository files each image ships.
import { cmp } from "../findings.js";
import { buildFileKind, buildsOf } from "./build-files.js";
import { goModules } from "./conventions.js";
import { parseImageRef } from "./image-ref.js";
import { type KnownBuild, place } from "./place.js";
import { withModuleDependencies } from "./module-dependencies.js";
import { repoLayout } from "./repo-layout.js";
import type { CodePlacement, Provenance, ProvenanceInput, ProvenanceProblem, UnplacedImage } from "./types.js";

export { isBuildDefinitionFile } from "./build-files.js";
export { type ScannedCode, unreadVariables } from "./environment-reads.js";
export { placementsCarrying, placementsShipping } from "./shipping-index.js";
export type * from "./types.js";

export function buildProvenance(input: ProvenanceInput): Provenance {
  const problems: ProvenanceProblem[] = [];
  const buildFiles = [...input.buildFiles].sort((a, b) => cmp(a.path, b.path));
  const builds: KnownBuild[] = [];
  for (const file of buildFiles) {
    for (const build of buildsOf(file, problems, input.repository)) {
      const ref = parseImageRef(build.image);
      if (ref) builds.push({ build, ref });
    }
  }
  const ctx = {
    builds,
    layout: repoLayout([...input.files, ...buildFiles.map((f) => f.path)]),
    goModules: goModules(buildFiles.filter((f) => buildFileKind(f.path) === "go.mod")),
    texts: new Map(buildFiles.map((f) => [f.path, f.text])),
    dockerfiles: new Map(),
    problems,
  };
  const placements: CodePlacement[] = [];
  const unplaced: UnplacedImage[] = [];
  for (const wi of input.images) {
    const result = place(wi, ctx);
    if (Array.isArray(result)) placements.push(...result);
    else unplaced.push(result);
  }
  return {
    // A workload rendered twice (two overlays of one base) lists its containers twice: one placement each.
    placements: dedupeSorted(
      withModuleDependencies(placements, buildFiles),
      (a, b) =>
        byContainer(a, b) ||
        cmp(a.context, b.context) ||
        cmp(a.dockerfile ?? "", b.dockerfile ?? "") ||
        cmp(JSON.stringify(a), JSON.stringify(b)),
    ),
    unplaced: dedupeSorted(unplaced, (a, b) => byContainer(a, b) || cmp(a.image, b.image)),
    problems: dedupeSorted(problems, (a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.message, b.message)),
  };
}

type Container = { namespace: string; workload: string; container: string };

function byContainer(a: Container, b: Container): number {
  return cmp(a.namespace, b.namespace) || cmp(a.workload, b.workload) || cmp(a.container, b.container);
}

function dedupeSorted<T>(xs: T[], order: (a: T, b: T) => number): T[] {
  return xs.sort(order).filter((x, i, all) => i === 0 || order(all[i - 1]!, x) !== 0);
}
