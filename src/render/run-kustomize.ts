// Kustomize jobs: built together where they can be; a failing one alone, then without plugins, then read as written.
import path from "node:path";
import type { Finding } from "../findings.js";
import { workTreeTop } from "./beyond-folder.js";
import { renderFallbackFinding } from "./fallback-finding.js";
import { volatileIf, type JobContext, type JobOutcome } from "./job.js";
import { buildKustomizations } from "./kustomize-build.js";
import { reachable, treeFiles } from "./plan.js";
import { fromTop, sortedUnique } from "./paths.js";
import { readFilesWithNamespace, type FileNamespace } from "./read-with-namespace.js";
import { stripPlugins } from "./strip-plugins.js";
import type { KustomizeJob } from "./types.js";
import { copyFiles, firstLinkOutside, withTempDir } from "./workspace.js";

/**
 * How a tree is built. `batch`: with others in one process. `stripped`: its plugins and helmCharts, which Kustomize
 * never runs here (they need flags egress-lint does not pass), are left out before the build, in a copy, with others.
 * `alone`: a tree that reaches for the network, misses a file, leaves the repository or cannot be read fails on its
 * own, and is retried without what it cannot do.
 */
export type BuildPlan = "batch" | "stripped" | "alone";

export async function buildPlanOf(job: KustomizeJob, ctx: JobContext): Promise<BuildPlan> {
  const closure = [...reachable([job.dir], ctx.kustomizations)].map((dir) => ctx.kustomizations.get(dir));
  const troubled = closure.some(
    (k) => !k || k.remote.length > 0 || k.missing.length > 0 || k.outside.length > 0 || k.problem !== undefined,
  );
  if (troubled || (await leavesRepository(job, ctx)) !== undefined) return "alone";
  return closure.some((k) => k!.plugins.length > 0 || k!.helmCharts) ? "stripped" : "batch";
}

type JobBuild = { ok: true; resources: JobOutcome["resources"] } | { ok: false; error: string; timedOut: boolean };

/**
 * Builds many trees in one process. When it fails, the tree Kustomize names is built alone and the rest together
 * again; when it names none, the batch is split in halves; when it times out, each tree is built alone.
 */
async function buildMany(jobs: readonly KustomizeJob[], ctx: JobContext, treeRoot: string): Promise<JobBuild[]> {
  const built = await buildKustomizations(jobs, ctx, treeRoot);
  if (built.ok) return built.resources.map((resources) => ({ ok: true, resources }));
  if (jobs.length === 1) return [built];
  if (built.timedOut) return (await sequentially(jobs, (j) => buildMany([j], ctx, treeRoot))).flat();
  if (built.failed !== undefined && built.failed < jobs.length) {
    const culprit = jobs[built.failed]!;
    const rest = jobs.filter((_, i) => i !== built.failed);
    const [alone, others] = await Promise.all([buildMany([culprit], ctx, treeRoot), buildMany(rest, ctx, treeRoot)]);
    const out = [...others];
    out.splice(built.failed, 0, alone[0]!);
    return out;
  }
  const half = Math.ceil(jobs.length / 2);
  return [
    ...(await buildMany(jobs.slice(0, half), ctx, treeRoot)),
    ...(await buildMany(jobs.slice(half), ctx, treeRoot)),
  ];
}

/** Trees with nothing Kustomize refuses, built together. */
export async function runKustomizeBatch(jobs: readonly KustomizeJob[], ctx: JobContext): Promise<JobOutcome[]> {
  if (!ctx.env.tools.kustomize || jobs.length === 1) return sequentially(jobs, (j) => runKustomizeJob(j, ctx));
  const builds = await buildMany(jobs, ctx, ctx.root);
  return builds.map((b, i) => {
    const job = jobs[i]!;
    if (b.ok) return rendered(b.resources, []);
    const at = { file: job.file, line: 1 };
    const outcome = readRaw(job, ctx, [
      renderFallbackFinding(at, `kustomize build ${job.dir} failed: ${b.error}; ${rawNote(job, ctx)}`),
    ]);
    return volatileIf(outcome, b.timedOut);
  });
}

/** Trees with plugins or helmCharts, built together in one copy without them. */
export async function runStrippedBatch(jobs: readonly KustomizeJob[], ctx: JobContext): Promise<JobOutcome[]> {
  if (!ctx.env.tools.kustomize) return sequentially(jobs, (j) => runKustomizeJob(j, ctx));
  const stripped = jobs.map((job) => strippedTree(job, ctx));
  const texts = new Map(stripped.flatMap((s) => [...s.texts]));
  const builds = await inCopy(ctx, jobs, texts, (folder) => buildMany(jobs, ctx, folder));
  return builds.map((b, i) => {
    const job = jobs[i]!;
    const at = { file: job.file, line: 1 };
    const left = `${stripped[i]!.without}, which Kustomize does not run here (plugins and helmCharts need flags egress-lint never passes)`;
    if (b.ok)
      return rendered(b.resources, [renderFallbackFinding(at, `kustomize build ${job.dir}: rendered without ${left}`)]);
    const outcome = readRaw(job, ctx, [
      renderFallbackFinding(
        at,
        `kustomize build ${job.dir} failed (${b.error}), also without ${left}; ${rawNote(job, ctx)}`,
      ),
    ]);
    return volatileIf(outcome, b.timedOut);
  });
}

/** The tree's kustomizations without what Kustomize does not run here, and what was left out, as written. */
function strippedTree(job: KustomizeJob, ctx: JobContext): { texts: Map<string, string>; without: string } {
  const texts = new Map<string, string>();
  const removed: string[] = [];
  for (const dir of [...reachable([job.dir], ctx.kustomizations)].sort()) {
    const k = ctx.kustomizations.get(dir);
    const s = k && stripPlugins(k);
    if (!k || !s) continue;
    texts.set(k.file, s.text);
    removed.push(...s.removed.map((r) => (k.dir === job.dir ? r : `${r} (in ${k.file})`)));
  }
  return { texts, without: sortedUnique(removed).join(", ") };
}

/**
 * Runs `fn` on a temporary copy of the jobs' trees with `texts` in place of theirs: the repository is never written
 * to. The copy keeps the folder's place in its work tree, so that `../../base` stays inside the copy.
 */
async function inCopy<T>(
  ctx: JobContext,
  jobs: readonly KustomizeJob[],
  texts: ReadonlyMap<string, string>,
  fn: (folder: string) => Promise<T>,
): Promise<T> {
  return withTempDir(ctx.env.tempRoot, "egress-lint-tree-", async (copy) => {
    const folder = path.join(copy, ctx.prefix);
    await copyFiles(ctx.root, folder, sortedUnique(jobs.flatMap((j) => treeFiles(j.dir, ctx.kustomizations))), texts);
    return fn(folder);
  });
}

async function sequentially<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const item of items) out.push(await fn(item));
  return out;
}

export async function runKustomizeJob(job: KustomizeJob, ctx: JobContext): Promise<JobOutcome> {
  const at = { file: job.file, line: 1 };
  if (!ctx.env.tools.kustomize)
    return readRaw(job, ctx, [
      renderFallbackFinding(at, `${job.file}: neither kustomize nor kubectl is on PATH; ${rawNote(job, ctx)}`),
    ]);
  const outside = await leavesRepository(job, ctx);
  if (outside)
    return readRaw(job, ctx, [
      renderFallbackFinding(
        at,
        `${job.file}: not built, because ${outside} leads out of the repository; ${rawNote(job, ctx)}`,
      ),
    ]);
  const first = await buildKustomizations([job], ctx, ctx.root);
  if (first.ok) return rendered(first.resources[0]!, []);
  const { texts, without } = strippedTree(job, ctx);
  const failed = `kustomize build ${job.dir} failed: ${first.error}`;
  if (texts.size === 0)
    return volatileIf(
      readRaw(job, ctx, [renderFallbackFinding(at, `${failed}; ${rawNote(job, ctx)}`)]),
      first.timedOut,
    );
  const second = await inCopy(ctx, [job], texts, (folder) => buildKustomizations([job], ctx, folder));
  if (second.ok)
    return volatileIf(
      rendered(second.resources[0]!, [renderFallbackFinding(at, `${failed}; rendered without ${without}`)]),
      first.timedOut,
    );
  return volatileIf(
    readRaw(job, ctx, [
      renderFallbackFinding(at, `${failed}; without ${without} it failed too (${second.error}); ${rawNote(job, ctx)}`),
    ]),
    first.timedOut || second.timedOut,
  );
}

/** What Kustomize would read outside the repository (`../` past the root, or a link), which must not reach a report. */
async function leavesRepository(job: KustomizeJob, ctx: JobContext): Promise<string | undefined> {
  const closure = [...reachable([job.dir], ctx.kustomizations)].sort();
  for (const dir of closure) {
    const outside = ctx.kustomizations.get(dir)?.outside[0];
    if (outside !== undefined) return `${outside} (in ${ctx.kustomizations.get(dir)!.file})`;
  }
  const files = [...closure, ...treeFiles(job.dir, ctx.kustomizations)].map((f) => path.posix.join(ctx.prefix, f));
  const link = await firstLinkOutside(workTreeTop(ctx.root, ctx.prefix), files);
  return link === undefined ? undefined : (fromTop(ctx.prefix, link) ?? link);
}

function rendered(resources: JobOutcome["resources"], findings: Finding[]): JobOutcome {
  return { resources, meshDocuments: [], findings, consumed: [] };
}

function rawNote(job: KustomizeJob, ctx: JobContext): string {
  const ns = job.namespace?.mode === "override" ? job.namespace.name : ctx.kustomizations.get(job.dir)?.namespace;
  return `read the tree's resource files as written${ns ? ` with namespace ${ns}` : ""} (patches, generators and name changes not applied)`;
}

/** The files listed as resources, each with the namespace the outermost kustomization that sets one gives it. */
function readRaw(job: KustomizeJob, ctx: JobContext, findings: Finding[]): JobOutcome {
  const files: FileNamespace[] = [];
  const seen = new Set<string>();
  const visit = (dir: string, inherited: string | undefined, stack: ReadonlySet<string>) => {
    const k = ctx.kustomizations.get(dir);
    if (!k || stack.has(dir)) return;
    const ns = inherited ?? k.namespace;
    for (const f of k.resourceFiles) {
      if (seen.has(f)) continue;
      seen.add(f);
      files.push({ file: f, namespace: ns ? { name: ns, mode: "override" } : undefined });
    }
    for (const inc of k.includes) visit(inc, ns, new Set([...stack, dir]));
  };
  visit(job.dir, job.namespace?.mode === "override" ? job.namespace.name : undefined, new Set());
  const fill = job.namespace?.mode === "fill" ? job.namespace.name : ctx.defaultNamespace;
  const loaded = readFilesWithNamespace(files, ctx.textOf, fill);
  return {
    resources: loaded.resources,
    meshDocuments: loaded.meshDocuments,
    findings: [...findings, ...loaded.findings],
    consumed: [],
  };
}
