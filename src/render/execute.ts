// Runs a plan's jobs, a few processes at a time, and returns each job's outcome in the plan's order. A job whose
// inputs the cache has seen is not built again.
import { mapConcurrent } from "../concurrency.js";
import { cacheKey, inputDigests, jobInputs } from "./cache-key.js";
import type { JobContext, JobOutcome } from "./job.js";
import { readFilesWithNamespace } from "./read-with-namespace.js";
import type { RenderStats } from "./render-stats.js";
import { runHelmJob } from "./run-helm.js";
import { buildPlanOf, runKustomizeBatch, runStrippedBatch, type BuildPlan } from "./run-kustomize.js";
import { jobDir } from "./plan.js";
import type { KustomizeJob, RenderJob } from "./types.js";

interface Unit {
  plan: BuildPlan;
  jobs: RenderJob[];
}

/** Big enough to spread Kustomize's start-up cost, small enough that a failing batch is split quickly. */
const MAX_BATCH = 50;

export async function executeJobs(
  jobs: readonly RenderJob[],
  ctx: JobContext,
  files: ReadonlySet<string>,
  manifests: readonly string[],
  settings: Record<string, unknown>,
): Promise<{ outcomes: JobOutcome[]; stats: RenderStats }> {
  const stats: RenderStats = { trees: jobs.length, cached: 0, processes: 0, slowest: undefined, fellBack: [] };
  const counted: JobContext = {
    ...ctx,
    env: {
      ...ctx.env,
      run: (cmd, args, options) => {
        stats.processes++;
        return ctx.env.run(cmd, args, options);
      },
    },
  };
  const cache = ctx.env.cache;
  const keys = new Map<RenderJob, string>();
  const outcomes = new Map<RenderJob, JobOutcome>();
  const digestOf = inputDigests(ctx);
  if (cache)
    await Promise.all(
      jobs.map(async (job) => {
        const key = cacheKey(job, ctx, jobInputs(job, ctx), settings, digestOf);
        if (key === undefined) return;
        keys.set(job, key);
        const hit = await cache.get(key);
        if (hit) outcomes.set(job, hit);
      }),
    );
  stats.cached = outcomes.size;
  const todo = jobs.filter((j) => !outcomes.has(j));
  const plans = await Promise.all(
    todo.map((j): Promise<BuildPlan> => (j.kind === "kustomize" ? buildPlanOf(j, counted) : Promise.resolve("alone"))),
  );
  const units: Unit[] = todo.filter((_, i) => plans[i] === "alone").map((j) => ({ plan: "alone", jobs: [j] }));
  for (const plan of ["batch", "stripped"] as const) {
    const group = todo.filter((_, i) => plans[i] === plan) as KustomizeJob[];
    // Every core gets a share, and no process more than MAX_BATCH trees.
    const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(group.length / ctx.env.concurrency)));
    for (let i = 0; i < group.length; i += size) units.push({ plan, jobs: group.slice(i, i + size) });
  }
  await mapConcurrent(units, ctx.env.concurrency, async ({ plan, jobs: unit }) => {
    const start = performance.now();
    const results =
      plan === "batch"
        ? await runKustomizeBatch(unit as KustomizeJob[], counted)
        : plan === "stripped"
          ? await runStrippedBatch(unit as KustomizeJob[], counted)
          : [await runSingle(unit[0]!, counted, files, manifests)];
    const ms = performance.now() - start;
    if (!stats.slowest || ms > stats.slowest.ms) stats.slowest = { trees: unit.map(jobDir), ms };
    for (const [i, job] of unit.entries()) {
      const outcome = results[i]!;
      outcomes.set(job, outcome);
      const key = keys.get(job);
      if (cache && key !== undefined && !outcome.volatile) await cache.put(key, outcome);
    }
  });
  const ordered = jobs.map((j) => outcomes.get(j)!);
  for (const [i, o] of ordered.entries()) {
    const reason = o.findings.find((f) => f.rule === "render-fallback")?.message;
    if (reason) stats.fellBack.push({ tree: jobDir(jobs[i]!), reason });
  }
  return { outcomes: ordered, stats };
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
