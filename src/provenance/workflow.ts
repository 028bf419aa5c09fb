// GitHub workflows: docker/build-push-action steps (context, file, tags) and `docker build` in `run:` blocks.
// Tags often come from a docker/metadata-action step (`tags: ${{ steps.meta.outputs.tags }}`): its `images` are
// the image names then. They are often written with expressions (`${{ env.REGISTRY }}/${{ github.repository }}`):
// `env.NAME` is what the workflow's, job's and step's `env:` say, and `github.repository` is the repository the
// workflow runs in, when the caller knows it (GITHUB_REPOSITORY, or the git remote).
import type { ParsedDocument } from "../manifests/parse-yaml.js";
import { isRemote, joinRepoPath } from "./paths.js";
import { type ShellTextAt, shellTextBuilds } from "./script-builds.js";
import { setImageCommands } from "./set-image.js";
import type { DeployedContainer, ImageBuild, ProvenanceProblem } from "./types.js";
import { entries, isObj, items, lineAt, type Obj, scalarTextLine, str, yamlDocuments } from "./yaml-docs.js";

export function workflowBuilds(
  file: string,
  text: string,
  problems: ProvenanceProblem[],
  repository?: string,
): ImageBuild[] {
  const builds: ImageBuild[] = [];
  const docs = yamlDocuments(file, text, problems);
  const github = githubContext(repository);
  for (const doc of docs) {
    if (!isObj(doc.value)) continue;
    const workflowEnv = envOf(doc.value, github);
    const byJob = new Map<string, ImageBuild[]>();
    for (const [jobId, job] of entries(doc.value.jobs)) {
      const jobEnv = { ...workflowEnv, ...envOf(job, github) };
      const steps = items(job.steps);
      const jobBuilds: ImageBuild[] = [];
      steps.forEach((step, i) => {
        const uses = str(step.uses) ?? "";
        if (uses.startsWith("docker/build-push-action@") && isObj(step.with)) {
          const expand = expander(github, { ...jobEnv, ...envOf(step, github) });
          jobBuilds.push(...buildPushAction(file, doc, step.with, steps, ["jobs", jobId, "steps", i], expand));
        }
      });
      byJob.set(jobId, jobBuilds);
    }
    const blocks = runBlocks(file, text, doc, github);
    const deploys = deploysByBuilder(blocks);
    for (const [jobId, jobBuilds] of byJob) {
      const deployedTo = deploys.get(jobId);
      builds.push(...(deployedTo ? jobBuilds.map((b) => ({ ...b, deployedTo })) : jobBuilds));
    }
    for (const block of blocks) builds.push(...shellTextBuilds(block));
  }
  return builds;
}

/**
 * The containers `kubectl set image` in a `run:` step points at a job's builds, by that job: an image given as
 * `${{ needs.JOB.outputs.… }}` is what JOB builds, and `${{ steps.ID.outputs.… }}` what the step's own job builds.
 */
function deploysByBuilder(blocks: readonly RunBlock[]): Map<string, DeployedContainer[]> {
  const out = new Map<string, DeployedContainer[]>();
  for (const block of blocks) {
    for (const set of setImageCommands(block.text)) {
      const needs = /\$\{\{needs\.([\w-]+)\.outputs\./.exec(set.image)?.[1];
      const builder = needs ?? (/\$\{\{steps\.[\w-]+\.outputs\./.test(set.image) ? block.job : undefined);
      if (builder === undefined) continue;
      const line = block.firstLine + set.line - 1;
      const says = `kubectl set image ${set.workload} ${set.container}=… deploys what job ${builder} builds`;
      const list = out.get(builder) ?? [];
      list.push({ workload: set.workload, container: set.container, evidence: { file: block.file, line, says } });
      out.set(builder, list);
    }
  }
  return out;
}

type Expand = (text: string) => string;

/** The values `${{ github.* }}` stands for, as an image name needs them (lower case). */
function githubContext(repository: string | undefined): ReadonlyMap<string, string> {
  const m = repository === undefined ? undefined : /^([^/\s]+)\/([^/\s]+)$/.exec(repository.toLowerCase());
  if (!m) return new Map();
  return new Map([
    ["github.repository", `${m[1]}/${m[2]}`],
    ["github.repository_owner", m[1]!],
    ["github.event.repository.name", m[2]!],
  ]);
}

/** Replaces the `${{ github.* }}` and `${{ env.NAME }}` expressions it knows; any other stays as written. */
function expander(github: ReadonlyMap<string, string>, env: Readonly<Record<string, string>>): Expand {
  return (text) =>
    text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (all, name: string) =>
      name.startsWith("env.") ? (env[name.slice(4)] ?? all) : (github.get(name) ?? all),
    );
}

/** A step's `run:` script, with the line it starts on, the folder it runs in, and the job it belongs to. */
type RunBlock = ShellTextAt & { job: string };

/** Every step's `run:` script, with the line it starts on and the folder it runs in. */
export function workflowRunBlocks(file: string, text: string, problems: ProvenanceProblem[] = []): ShellTextAt[] {
  return yamlDocuments(file, text, problems).flatMap((doc) => runBlocks(file, text, doc, new Map()));
}

function runBlocks(file: string, text: string, doc: ParsedDocument, github: ReadonlyMap<string, string>): RunBlock[] {
  if (!isObj(doc.value)) return [];
  const out: RunBlock[] = [];
  const textLines = text.split("\n");
  const workflowDir = workingDirectory(doc.value);
  const workflowEnv = envOf(doc.value, github);
  for (const [jobId, job] of entries(doc.value.jobs)) {
    const jobDir = workingDirectory(job) ?? workflowDir ?? "";
    const jobEnv = { ...workflowEnv, ...envOf(job, github) };
    items(job.steps).forEach((step, i) => {
      const run = str(step.run);
      if (run === undefined) return;
      const cwd = joinRepoPath("", str(step["working-directory"]) ?? jobDir) ?? "";
      const firstLine = scalarTextLine(textLines, lineAt(doc, ["jobs", jobId, "steps", i, "run"]));
      out.push({ file, text: run, firstLine, cwd, env: { ...jobEnv, ...envOf(step, github) }, job: jobId });
    });
  }
  return out;
}

function buildPushAction(
  file: string,
  doc: ParsedDocument,
  w: Obj,
  steps: Obj[],
  at: (string | number)[],
  expand: Expand,
) {
  const ctx = str(w.context) ?? ".";
  // The action's default context is the checked-out repository; an expression context cannot be followed.
  if (isRemote(ctx) || ctx.includes("${{")) return [];
  const context = joinRepoPath("", ctx);
  if (context === undefined) return [];
  const fileInput = str(w.file);
  const dockerfile = fileInput === undefined ? joinRepoPath(context, "Dockerfile") : joinRepoPath("", fileInput);
  const target = str(w.target);
  const line = lineAt(doc, at);
  return tagsOf(expand(str(w.tags) ?? ""), steps, expand).map(
    (image): ImageBuild => ({
      image,
      context,
      ...(dockerfile !== undefined ? { dockerfile } : {}),
      ...(target ? { target } : {}),
      evidence: { file, line, says: `docker/build-push-action builds ${image} from context ${context || "."}` },
    }),
  );
}

function tagsOf(tags: string, steps: readonly Obj[], expand: Expand): string[] {
  const out: string[] = [];
  for (const raw of tags.split(/[\n,]/)) {
    const tag = raw.trim();
    if (tag === "") continue;
    const meta = /^\$\{\{\s*steps\.([\w-]+)\.outputs\.tags\s*\}\}$/.exec(tag);
    if (!meta) {
      out.push(tag);
      continue;
    }
    const step = steps.find((s) => str(s.id) === meta[1] && (str(s.uses) ?? "").startsWith("docker/metadata-action@"));
    const images = expand(isObj(step?.with) ? (str(step.with.images) ?? "") : "");
    for (const line of images.split("\n")) {
      // A line is a comma list of images, or one image with attributes: `name=ghcr.io/acme/x,enable=true`.
      const named = /(?:^|,)\s*name=([^,\s]+)/.exec(line);
      const names = named ? [named[1]!] : line.split(",");
      for (const name of names) if (name.trim() !== "" && !name.includes("=")) out.push(name.trim());
    }
  }
  return out;
}

/**
 * The values of an `env:` map (workflow, job or step), with the `${{ github.* }}` expressions known; a value with
 * another expression is left out.
 */
function envOf(o: Obj, github: ReadonlyMap<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const expand = expander(github, {});
  for (const [name, value] of isObj(o.env) ? Object.entries(o.env) : []) {
    const raw = typeof value === "number" || typeof value === "boolean" ? String(value) : str(value);
    const text = raw === undefined ? undefined : expand(raw);
    if (text !== undefined && !text.includes("${{")) out[name] = text;
  }
  return out;
}

function workingDirectory(o: Obj): string | undefined {
  const defaults = isObj(o.defaults) && isObj(o.defaults.run) ? o.defaults.run : undefined;
  return str(defaults?.["working-directory"]);
}
