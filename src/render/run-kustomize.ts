// Kustomize jobs: built together where they can be; a failing one alone, then without plugins, then read as written.
import path from "node:path";
import type { Finding } from "../findings.js";
import { workTreeTop } from "./beyond-folder.js";
import { renderFallbackFinding } from "./fallback-finding.js";
import type { JobContext, JobOutcome } from "./job.js";
import { buildKustomizations } from "./kustomize-build.js";
import { reachable, treeFiles } from "./plan.js";
import { fromTop, sortedUnique } from "./paths.js";
import { readFilesWithNamespace, type FileNamespace } from "./read-with-namespace.js";
import { stripPlugins } from "./strip-plugins.js";
import type { KustomizeJob } from "./types.js";
import { copyFiles, firstLinkOutside, withTempDir } from "./workspace.js";

/**
 * Trees Kustomize will refuse, that reach for the network or out of the repository are built (or not) on their own,
 * so that they fail alone.
 */
export async function needsOwnBuild(job: KustomizeJob, ctx: JobContext): Promise<boolean> {
  const troubled = [...reachable([job.dir], ctx.kustomizations)].some((dir) => {
    const k = ctx.kustomizations.get(dir);
    return (
      !k ||
      k.plugins.length > 0 ||
      k.remote.length > 0 ||
      k.missing.length > 0 ||
      k.outside.length > 0 ||
      k.helmCharts ||
      k.problem !== undefined
    );
  });
  return troubled || (await leavesRepository(job, ctx)) !== undefined;
}

/** A batch that fails is split in halves until the failing builds stand alone; one that times out is built job by job. */
export async function runKustomizeBatch(jobs: readonly KustomizeJob[], ctx: JobContext): Promise<JobOutcome[]> {
  if (jobs.length === 1 || !ctx.env.tools.kustomize) return sequentially(jobs, (j) => runKustomizeJob(j, ctx));
  const built = await buildKustomizations(jobs, ctx, ctx.root);
  if (built.ok)
    return built.resources.map((resources) => ({ resources, meshDocuments: [], findings: [], consumed: [] }));
  if (built.timedOut) return sequentially(jobs, (j) => runKustomizeJob(j, ctx));
  const half = Math.ceil(jobs.length / 2);
  return [...(await runKustomizeBatch(jobs.slice(0, half), ctx)), ...(await runKustomizeBatch(jobs.slice(half), ctx))];
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
  const stripped = new Map<string, string>();
  const removed: string[] = [];
  for (const dir of [...reachable([job.dir], ctx.kustomizations)].sort()) {
    const k = ctx.kustomizations.get(dir);
    const s = k && stripPlugins(k);
    if (k && s) {
      stripped.set(k.file, s.text);
      removed.push(...s.removed.map((r) => (k.dir === job.dir ? r : `${r} (in ${k.file})`)));
    }
  }
  const failed = `kustomize build ${job.dir} failed: ${first.error}`;
  if (stripped.size === 0) return readRaw(job, ctx, [renderFallbackFinding(at, `${failed}; ${rawNote(job, ctx)}`)]);
  // The retry runs on a copy: the repository is never written to.
  const second = await withTempDir(ctx.env.tempRoot, "egress-lint-tree-", async (copy) => {
    // The copy keeps the folder's place in its work tree, so that `../../base` stays inside the copy.
    const folder = path.join(copy, ctx.prefix);
    await copyFiles(ctx.root, folder, treeFiles(job.dir, ctx.kustomizations), stripped);
    return buildKustomizations([job], ctx, folder);
  });
  const without = sortedUnique(removed).join(", ");
  if (second.ok)
    return rendered(second.resources[0]!, [renderFallbackFinding(at, `${failed}; rendered without ${without}`)]);
  return readRaw(job, ctx, [
    renderFallbackFinding(at, `${failed}; without ${without} it failed too (${second.error}); ${rawNote(job, ctx)}`),
  ]);
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
