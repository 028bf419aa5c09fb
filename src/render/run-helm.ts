// One Helm job: `helm template` with the values the deploying object names; without helm, the templates are skipped.
import path from "node:path";
import { stringify } from "yaml";
import { renderFallbackFinding } from "./fallback-finding.js";
import { meshDocumentOf } from "./helm-values.js";
import { resourcesFromHelmOutput } from "./helm-output.js";
import { inDir, isUnder } from "./paths.js";
import { volatileIf, type JobContext, type JobOutcome } from "./job.js";
import { oneLineError } from "./stderr.js";
import type { HelmJob } from "./types.js";
import { copyFiles, firstLinkOutside, withTempDir, writeTextFile } from "./workspace.js";

export async function runHelmJob(
  job: HelmJob,
  ctx: JobContext,
  files: ReadonlySet<string>,
  manifests: readonly string[],
): Promise<JobOutcome> {
  const at = { file: inDir(job.chartDir, "Chart.yaml"), line: 1 };
  // Without a render, the values the deploying object writes inline still configure the mesh.
  const unrendered = (message: string): JobOutcome => ({
    resources: [],
    meshDocuments: job.values.inline
      .map(meshDocumentOf)
      .filter((d) => d !== undefined)
      .reverse(),
    findings: [renderFallbackFinding(at, message)],
    consumed: [],
  });
  const helm = ctx.env.tools.helm;
  if (!helm) return unrendered(`Helm chart ${job.chartDir}: helm is not on PATH; its templates were not rendered`);
  const valueFiles = job.values.valueFiles.filter((f) => files.has(f));
  // A values file outside the chart goes to helm as the text already read: a base checked out in part holds only
  // the chart folders and what the change touched, and the head's text of any other file is the base's.
  const copied = valueFiles.filter((f) => !isUnder(f, job.chartDir) && ctx.textOf(f) !== undefined);
  // `file://` dependencies `charts/` does not hold yet: `helm dependency build` would copy them in, without a network.
  const missing = (job.chartDir === "." ? [] : (job.localDependencies ?? [])).filter(
    (d) => !ctx.filesUnder(inDir(job.chartDir, `charts/${d.name}`)).length && ctx.filesUnder(d.dir).length > 0,
  );
  const outside = await firstLinkOutside(ctx.root, [
    job.chartDir,
    ...ctx.filesUnder(job.chartDir),
    ...missing.flatMap((d) => [d.dir, ...ctx.filesUnder(d.dir)]),
    ...valueFiles.filter((f) => !copied.includes(f)),
  ]);
  if (outside)
    return unrendered(`Helm chart ${job.chartDir}: not rendered, because ${outside} leads out of the repository`);
  const result = await withTempDir(ctx.env.tempRoot, "egress-lint-helm-", async (tmp) => {
    const copies = path.join(tmp, "repository");
    for (const f of copied) await writeTextFile(path.join(copies, f), ctx.textOf(f)!);
    const inlineFiles: string[] = [];
    for (const [i, v] of job.values.inline.entries()) {
      const file = path.join(tmp, `values-${i}.yaml`);
      await writeTextFile(file, stringify(v.value));
      inlineFiles.push(file);
    }
    const chart = missing.length > 0 ? path.join(tmp, "chart") : path.join(ctx.root, job.chartDir);
    const copyFolder = (dir: string, to: string) =>
      copyFiles(
        path.join(ctx.root, dir),
        to,
        ctx.filesUnder(dir).map((f) => path.posix.relative(dir, f)),
        new Map(),
      );
    if (missing.length > 0) {
      await copyFolder(job.chartDir, chart);
      for (const d of missing) await copyFolder(d.dir, path.join(chart, "charts", d.name));
    }
    const args = ["template", job.release, chart, "--namespace", job.namespace];
    for (const f of [...valueFiles.map((v) => path.join(copied.includes(v) ? copies : ctx.root, v)), ...inlineFiles])
      args.push("--values", f);
    const run = await ctx.env.run(helm, args, { cwd: ctx.root, timeoutMs: ctx.env.timeoutMs });
    return {
      ...run,
      error: run.timedOut
        ? `no result within ${Math.round(ctx.env.timeoutMs / 1000)} s`
        : oneLineError(run.stderr, [copies, chart, tmp, ctx.root]),
    };
  });
  if (result.code !== 0) {
    const failed = unrendered(
      `Helm chart ${job.chartDir}: helm template ${job.release} failed: ${result.error}; its templates were not rendered`,
    );
    return volatileIf(failed, result.timedOut);
  }
  const output = resourcesFromHelmOutput(result.stdout, {
    job,
    textOf: ctx.textOf,
    defaultNamespace: ctx.defaultNamespace,
  });
  const consumed = [...manifests.filter((f) => isUnder(f, job.chartDir)), ...valueFiles];
  return { resources: output.resources, meshDocuments: output.meshDocuments, findings: [], consumed };
}
