// One Kustomize process for one or many kustomizations. Each is wrapped in a temporary kustomization that labels its
// objects (so that one output can be split per kustomization) and applies an overriding target namespace; the top
// wrapper asks Kustomize to annotate every object with the file it came from. Kustomize loads its API schema once per
// process, which is most of the cost of a small build, so batching many builds into one process pays.
import path from "node:path";
import { stringify } from "yaml";
import type { Resource } from "../manifests/resource.js";
import type { JobContext } from "./job.js";
import { kustomizeOutputObjects, resourcesFromKustomizeObjects } from "./kustomize-output.js";
import { resolveInRepo } from "./paths.js";
import { reachable } from "./plan.js";
import { takeLabel } from "./place.js";
import { oneLineError } from "./stderr.js";
import type { KustomizeJob } from "./types.js";
import { withTempDir, writeTextFile } from "./workspace.js";
import { workTreeTop } from "./beyond-folder.js";

const JOB_LABEL = "egress-lint.io/render-job";

export type BuildResult =
  | { ok: true; resources: Resource[][] }
  | {
      ok: false;
      error: string;
      timedOut: boolean;
      /** The job Kustomize names as the one that failed, when it names one: Kustomize stops at the first failure. */
      failed?: number;
    };

/** Builds `jobs` from the tree at `treeRoot` (the repository, or a stripped copy of part of it). */
export async function buildKustomizations(
  jobs: readonly KustomizeJob[],
  ctx: JobContext,
  treeRoot: string,
): Promise<BuildResult> {
  const tool = ctx.env.tools.kustomize!;
  return withTempDir(ctx.env.tempRoot, "egress-lint-build-", async (top) => {
    const names = jobs.map((_, i) => `job-${i}`);
    for (const [i, job] of jobs.entries()) {
      const dir = path.join(top, names[i]!);
      const wrapper: Record<string, unknown> = {
        resources: [path.relative(dir, path.join(treeRoot, job.dir))],
        labels: [{ pairs: { [JOB_LABEL]: names[i] }, includeSelectors: false, includeTemplates: false }],
      };
      if (job.namespace?.mode === "override") wrapper.namespace = job.namespace.name;
      await writeTextFile(path.join(dir, "kustomization.yaml"), stringify(wrapper));
    }
    await writeTextFile(
      path.join(top, "kustomization.yaml"),
      stringify({ resources: names, buildMetadata: ["originAnnotations"] }),
    );
    const result = await ctx.env.run(tool.command, [...tool.args, top], {
      cwd: treeRoot,
      timeoutMs: ctx.env.timeoutMs,
    });
    if (result.code !== 0) {
      const hide = [
        top,
        treeRoot,
        ctx.root,
        workTreeTop(ctx.root, ctx.prefix),
        ...names.map((n) => path.relative(path.join(top, n), treeRoot)),
        path.relative(top, treeRoot),
      ];
      const error = result.timedOut
        ? `no result within ${Math.round(ctx.env.timeoutMs / 1000)} s`
        : oneLineError(result.stderr, hide);
      const named = /accumulating resources from '(?:[^']*\/)?job-(\d+)'/.exec(result.stderr);
      const failed = named && jobs.length > 1 ? Number(named[1]) : undefined;
      return { ok: false, error, timedOut: result.timedOut === true, ...(failed !== undefined ? { failed } : {}) };
    }
    const byJob = new Map(names.map((n) => [n, [] as ReturnType<typeof kustomizeOutputObjects>]));
    for (const obj of kustomizeOutputObjects(result.stdout)) byJob.get(takeLabel(obj, JOB_LABEL) ?? "")?.push(obj);
    const toRepoPath = (p: string) => {
      const rel = path.relative(treeRoot, path.resolve(top, p)).split(path.sep).join("/");
      return path.isAbsolute(rel) ? undefined : resolveInRepo(".", rel, ctx.prefix);
    };
    const resources = jobs.map((job, i) =>
      resourcesFromKustomizeObjects(byJob.get(names[i]!)!, {
        kustomizationFile: job.file,
        toRepoPath,
        definitions: [...reachable([job.dir], ctx.kustomizations)]
          .sort()
          .flatMap((d) => ctx.kustomizations.get(d)?.resourceFiles ?? []),
        kustomizations: ctx.kustomizations,
        sources: ctx.sources,
        namespace: job.namespace,
        defaultNamespace: ctx.defaultNamespace,
        prefix: ctx.prefix,
      }),
    );
    return { ok: true, resources };
  });
}
