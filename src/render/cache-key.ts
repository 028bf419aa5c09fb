// What a render's output depends on, as one hash: the renderer, the tool, the job, the run's settings that shape
// its output, and every file the build reads. Texts already read are hashed as read; any other input (a binary
// generator file, one over the size limit) by its size and modification time, which can only cause a miss.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { JobContext } from "./job.js";
import { sortedUnique } from "./paths.js";
import { reachable, treeFiles } from "./plan.js";
import type { RenderJob } from "./types.js";

/** The code that renders: the bundle it runs from (or, from sources, this file), so that a new build never reads an old entry. */
let rendererId: string | undefined;
function renderer(): string {
  rendererId ??= createHash("sha256")
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .digest("hex");
  return rendererId;
}

/** The repository files a job reads. */
export function jobInputs(job: RenderJob, ctx: JobContext): string[] {
  if (job.kind === "kustomize") return treeFiles(job.dir, ctx.kustomizations);
  if (job.kind === "helm")
    return sortedUnique([
      ...ctx.filesUnder(job.chartDir),
      ...(job.localDependencies ?? []).flatMap((d) => ctx.filesUnder(d.dir)),
      ...job.values.valueFiles,
    ]);
  return [...job.files];
}

/**
 * Each input file's part of a key, worked out once per run: a hundred overlays over one base would otherwise hash
 * the base's files a hundred times.
 */
export function inputDigests(ctx: JobContext): (file: string) => string {
  const digests = new Map<string, string>();
  return (file) => {
    let digest = digests.get(file);
    if (digest === undefined) {
      const text = ctx.textOf(file);
      digest =
        text !== undefined
          ? `t${createHash("sha256").update(text).digest("hex")}`
          : `s${statOf(path.join(ctx.root, file))}`;
      digests.set(file, digest);
    }
    return digest;
  };
}

/**
 * The job's key, or undefined when its output may differ between two runs over the same files: a tree with remote
 * resources reads the network.
 */
export function cacheKey(
  job: RenderJob,
  ctx: JobContext,
  inputs: readonly string[],
  settings: Record<string, unknown>,
  digestOf: (file: string) => string,
): string | undefined {
  if (
    job.kind === "kustomize" &&
    [...reachable([job.dir], ctx.kustomizations)].some((d) => (ctx.kustomizations.get(d)?.remote.length ?? 0) > 0)
  )
    return undefined;
  const tool = job.kind === "kustomize" ? ctx.env.toolIds?.kustomize : job.kind === "helm" ? ctx.env.toolIds?.helm : "";
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ renderer: renderer(), tool: tool ?? "unknown", job, settings, prefix: ctx.prefix }));
  for (const file of inputs) hash.update(`\u0000${file}\u0000${digestOf(file)}`);
  return hash.digest("hex");
}

function statOf(file: string): string {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return "absent";
  }
}
