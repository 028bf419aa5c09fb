// GitHub workflows: docker/build-push-action steps (context, file, tags) and `docker build` in `run:` blocks.
// Tags often come from a docker/metadata-action step (`tags: ${{ steps.meta.outputs.tags }}`): its `images` are
// the image names then.
import type { ParsedDocument } from "../manifests/parse-yaml.js";
import { isRemote, joinRepoPath } from "./paths.js";
import { type ShellTextAt, shellTextBuilds } from "./script-builds.js";
import type { ImageBuild, ProvenanceProblem } from "./types.js";
import { entries, isObj, items, lineAt, type Obj, scalarTextLine, str, yamlDocuments } from "./yaml-docs.js";

export function workflowBuilds(file: string, text: string, problems: ProvenanceProblem[]): ImageBuild[] {
  const builds: ImageBuild[] = [];
  const docs = yamlDocuments(file, text, problems);
  for (const doc of docs) {
    if (!isObj(doc.value)) continue;
    for (const [jobId, job] of entries(doc.value.jobs)) {
      const steps = items(job.steps);
      steps.forEach((step, i) => {
        const uses = str(step.uses) ?? "";
        if (uses.startsWith("docker/build-push-action@") && isObj(step.with)) {
          builds.push(...buildPushAction(file, doc, step.with, steps, ["jobs", jobId, "steps", i]));
        }
      });
    }
  }
  for (const block of runBlocks(file, text, docs)) builds.push(...shellTextBuilds(block));
  return builds;
}

/** Every step's `run:` script, with the line it starts on and the folder it runs in. */
export function workflowRunBlocks(file: string, text: string, problems: ProvenanceProblem[] = []): ShellTextAt[] {
  return runBlocks(file, text, yamlDocuments(file, text, problems));
}

function runBlocks(file: string, text: string, docs: readonly ParsedDocument[]): ShellTextAt[] {
  const out: ShellTextAt[] = [];
  const textLines = text.split("\n");
  for (const doc of docs) {
    if (!isObj(doc.value)) continue;
    const workflowDir = workingDirectory(doc.value);
    const workflowEnv = envOf(doc.value);
    for (const [jobId, job] of entries(doc.value.jobs)) {
      const jobDir = workingDirectory(job) ?? workflowDir ?? "";
      const jobEnv = { ...workflowEnv, ...envOf(job) };
      items(job.steps).forEach((step, i) => {
        const run = str(step.run);
        if (run === undefined) return;
        const cwd = joinRepoPath("", str(step["working-directory"]) ?? jobDir) ?? "";
        const firstLine = scalarTextLine(textLines, lineAt(doc, ["jobs", jobId, "steps", i, "run"]));
        out.push({ file, text: run, firstLine, cwd, env: { ...jobEnv, ...envOf(step) } });
      });
    }
  }
  return out;
}

function buildPushAction(file: string, doc: ParsedDocument, w: Obj, steps: Obj[], at: (string | number)[]) {
  const ctx = str(w.context) ?? ".";
  // The action's default context is the checked-out repository; an expression context cannot be followed.
  if (isRemote(ctx) || ctx.includes("${{")) return [];
  const context = joinRepoPath("", ctx);
  if (context === undefined) return [];
  const fileInput = str(w.file);
  const dockerfile = fileInput === undefined ? joinRepoPath(context, "Dockerfile") : joinRepoPath("", fileInput);
  const target = str(w.target);
  const line = lineAt(doc, at);
  return tagsOf(str(w.tags) ?? "", steps).map(
    (image): ImageBuild => ({
      image,
      context,
      ...(dockerfile !== undefined ? { dockerfile } : {}),
      ...(target ? { target } : {}),
      evidence: { file, line, says: `docker/build-push-action builds ${image} from context ${context || "."}` },
    }),
  );
}

function tagsOf(tags: string, steps: readonly Obj[]): string[] {
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
    const images = isObj(step?.with) ? (str(step.with.images) ?? "") : "";
    for (const line of images.split("\n")) {
      // A line is a comma list of images, or one image with attributes: `name=ghcr.io/acme/x,enable=true`.
      const named = /(?:^|,)\s*name=([^,\s]+)/.exec(line);
      const names = named ? [named[1]!] : line.split(",");
      for (const name of names) if (name.trim() !== "" && !name.includes("=")) out.push(name.trim());
    }
  }
  return out;
}

/** The literal values of an `env:` map (workflow, job or step); expressions (`${{ … }}`) are left out. */
function envOf(o: Obj): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of isObj(o.env) ? Object.entries(o.env) : []) {
    const text = typeof value === "number" || typeof value === "boolean" ? String(value) : str(value);
    if (text !== undefined && !text.includes("${{")) out[name] = text;
  }
  return out;
}

function workingDirectory(o: Obj): string | undefined {
  const defaults = isObj(o.defaults) && isObj(o.defaults.run) ? o.defaults.run : undefined;
  return str(defaults?.["working-directory"]);
}
