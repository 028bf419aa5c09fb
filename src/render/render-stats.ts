// What the rendering stage did, for the log: which trees were built and which came from the cache, the slowest
// build, and which fell back and why. Never part of the report, which is the same whatever the cache held.
export interface RenderStats {
  /** Trees rendered (Kustomize roots, Helm releases, plain folders an Argo CD or Flux object deploys). */
  trees: number;
  cached: number;
  /** Tool processes started. */
  processes: number;
  /** The slowest unit of work: one tree, or a batch of trees built by one process, with its retries. */
  slowest: { trees: string[]; ms: number } | undefined;
  fellBack: { tree: string; reason: string }[];
}

/** What one side of a run (the head, or the base of a pull request) rendered. */
export type SideRenderStats = RenderStats & { side: "head" | "base" };

export function renderLogLines(stats: SideRenderStats): string[] {
  if (stats.trees === 0) return [];
  const label = stats.side === "base" ? "render (base):" : "render:";
  const built = stats.trees - stats.cached;
  const lines = [
    `${label} ${stats.trees} trees, ${built} built in ${stats.processes} tool processes, ${stats.cached} from the cache`,
  ];
  if (stats.slowest) {
    const [first, ...rest] = stats.slowest.trees;
    const what = rest.length ? `${first} and ${rest.length} more in one process` : first;
    lines.push(`${label} slowest ${(stats.slowest.ms / 1000).toFixed(2)} s (${what})`);
  }
  for (const f of stats.fellBack) lines.push(`${label} ${f.tree} fell back: ${f.reason}`);
  return lines;
}

/** Said once when the cache folder could not be written: the check is right, the next run only slower. */
export function cacheWriteLine(dir: string | undefined, error: string | undefined): string[] {
  return dir && error
    ? [`render cache: ${dir} could not be written (${error}); the next run builds every tree again`]
    : [];
}
