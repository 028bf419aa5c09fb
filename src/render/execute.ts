// Runs a plan's jobs, a few processes at a time, and returns each job's outcome in the plan's order.
import { readFilesWithNamespace } from "./read-with-namespace.js";
import type { JobContext, JobOutcome } from "./job.js";
import { runHelmJob } from "./run-helm.js";
import { needsOwnBuild, runKustomizeBatch } from "./run-kustomize.js";
import type { KustomizeJob, RenderJob } from "./types.js";
import { mapConcurrent } from "../concurrency.js";

/** Big enough to spread Kustomize's start-up cost, small enough that a failing batch is split quickly. */
const MAX_BATCH = 50;

export async function executeJobs(
  jobs: readonly RenderJob[],
  ctx: JobContext,
  files: ReadonlySet<string>,
  manifests: readonly string[],
): Promise<JobOutcome[]> {
  const own = await Promise.all(jobs.map((j) => (j.kind === "kustomize" ? needsOwnBuild(j, ctx) : true)));
  const batchable = jobs.filter((j, i): j is KustomizeJob => j.kind === "kustomize" && !own[i]);
  const alone = jobs.filter((j) => !batchable.includes(j as KustomizeJob));
  const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(batchable.length / ctx.env.concurrency)));
  const units: RenderJob[][] = alone.map((j) => [j]);
  for (let i = 0; i < batchable.length; i += size) units.push(batchable.slice(i, i + size));
  const outcomes = new Map<RenderJob, JobOutcome>();
  await mapConcurrent(units, ctx.env.concurrency, async (unit) => {
    const results =
      unit[0]!.kind === "kustomize"
        ? await runKustomizeBatch(unit as KustomizeJob[], ctx)
        : [await runSingle(unit[0]!, ctx, files, manifests)];
    unit.forEach((job, i) => {
      outcomes.set(job, results[i]!);
    });
  });
  return jobs.map((j) => outcomes.get(j)!);
}

async function runSingle(
  job: RenderJob,
  ctx: JobContext,
  files: ReadonlySet<string>,
  manifests: readonly string[],
): Promise<JobOutcome> {
  if (job.kind === "kustomize") return (await runKustomizeBatch([job], ctx))[0]!;
  if (job.kind === "helm") return runHelmJob(job, ctx, files, manifests);
  const loaded = readFilesWithNamespace(
    job.files.map((file) => ({ file, namespace: job.namespace })),
    ctx.textOf,
    ctx.defaultNamespace,
  );
  return { ...loaded, consumed: job.files };
}
