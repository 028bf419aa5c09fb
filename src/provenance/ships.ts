// A parsed Dockerfile and its context -> what the final image ships from the repository, with the COPY lines that
// say so. The final stage ships what it copies from the context, plus, transitively, what the stages it copies
// from (or is based on) copied in; a stage nothing reaches (tests, lint) ships nothing.
import type { DockerCopy, DockerStage, ParsedDockerfile } from "./dockerfile.js";
import { lastSegment } from "./image-ref.js";
import { joinRepoPath, under } from "./paths.js";
import { STATIC_FILE_SERVERS } from "./static-servers.js";
import { testExcludes } from "./test-files.js";
import type { Evidence } from "./types.js";

export interface ShippedFiles {
  ships: string[];
  excludes: string[];
  servesStaticFiles: boolean;
  /** The image the final stage starts from, stage names followed back; undefined without a final stage. */
  baseImage?: string;
  evidence: Evidence[];
}

export interface ShipsInput {
  dockerfile: ParsedDockerfile;
  dockerfilePath: string;
  context: string;
  target?: string;
  /** Whether a repo path is a file (not a folder): `COPY go.mod .` ships one file, `COPY cmd ./cmd` a tree. */
  isFile: (path: string) => boolean;
  /** The files directly in a repo folder; without it, the other programs beside a built Go file stay shipped. */
  filesIn?: (dir: string) => readonly string[];
}

const GLOB_CHARS = /[*?[\]{}]/;

export function shippedFiles(input: ShipsInput): ShippedFiles {
  const { stages } = input.dockerfile;
  const out: ShippedFiles = { ships: [], excludes: [], servesStaticFiles: false, evidence: [] };
  const final = (input.target && stageNamed(stages, input.target.toLowerCase())) || stages[stages.length - 1];
  if (!final) return out;
  out.baseImage = baseImage(stages, final);
  // A server image, or any base whose command starts only a file server (`apt-get install nginx` on python:3.12-slim).
  const program = programOfStage(stages, final);
  out.servesStaticFiles =
    STATIC_FILE_SERVERS.has(lastSegment(out.baseImage) ?? "") ||
    (program !== undefined && STATIC_FILE_SERVERS.has(program.slice(program.lastIndexOf("/") + 1)));
  let compiled = false;
  const seen = new Set<number>();
  // `only`: a stage the image takes only the artifact of, built from files of these extensions (a Go builder whose
  // binary the final stage copies): the rest of what it was given is not in the image.
  const visit = (stage: DockerStage, only?: readonly string[]): void => {
    if (seen.has(stage.index)) return;
    seen.add(stage.index);
    const parent = stageNamed(stages.slice(0, stage.index), stage.base.toLowerCase());
    if (parent) visit(parent, only);
    const before = out.ships.length;
    for (const copy of stage.copies) {
      const source = copy.from === undefined ? undefined : stageNamed(stages.slice(0, stage.index), copy.from);
      if (source) {
        const from = source.compiledFrom;
        const what = from ? `the artifact stage ${label(source)} builds from its ${from.join(", ")} files` : "";
        out.evidence.push(
          say(
            input,
            copy.line,
            `copies from stage ${label(source)} into stage ${label(stage)}${what ? `: ${what}` : ""}`,
          ),
        );
        visit(source, from ?? only);
      } else if (copy.from === undefined) {
        shipCopy(input, copy, stage, out, only);
        if (only) otherPrograms(input, copy, stage, out);
      }
    }
    for (const mount of stage.bindMounts) {
      const found = sourceGlob(input, mount.source);
      const glob = only ? found.flatMap((g) => narrowed(g, only)) : found;
      if (glob.length === 0) continue;
      out.ships.push(...glob);
      out.evidence.push(say(input, mount.line, `mounts ${glob[0]} into a build in stage ${label(stage)}`));
    }
    if (stage.compiles && out.ships.length > before) compiled = true;
  };
  visit(final);
  if (compiled) out.excludes.push(...testExcludes(input.context));
  return out;
}

function shipCopy(
  input: ShipsInput,
  copy: DockerCopy,
  stage: DockerStage,
  out: ShippedFiles,
  only: readonly string[] | undefined,
): void {
  const globs: string[] = [];
  for (const src of copy.sources) {
    // ADD of a URL or git repository fetches at build time: nothing from this repository.
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(src) || src.startsWith("git@")) continue;
    const found = sourceGlob(input, src);
    globs.push(...(only ? found.flatMap((g) => narrowed(g, only)) : found));
  }
  for (const ex of copy.excludes) {
    const g = joinRepoPath(input.context, ex);
    if (g !== undefined) out.excludes.push(g, `${g}/**`);
  }
  if (globs.length === 0) return;
  out.ships.push(...globs);
  out.evidence.push(say(input, copy.line, `${copy.instruction} ships ${globs.join(", ")} in stage ${label(stage)}`));
}

/**
 * A Go build stage whose builds name files (`go build -o bin/server ./cmd/server.go`) compiles those and the packages
 * they import: the other `main` files beside them (`cmd/client.go`) are other programs, not in this artifact. Read
 * where the whole context is copied to the folder the builds run in, so the named paths are the context's.
 */
function otherPrograms(input: ShipsInput, copy: DockerCopy, stage: DockerStage, out: ShippedFiles): void {
  const files = stage.goFiles;
  if (!files || !input.filesIn || copy.dest !== stage.goWorkdir) return;
  if (!copy.sources.every((src) => joinRepoPath(input.context, src) === input.context)) return;
  const built = new Set(files.map((f) => joinRepoPath(input.context, f)));
  const folders = new Set([...built].flatMap((f) => (f === undefined ? [] : [f.slice(0, f.lastIndexOf("/") + 1)])));
  const others: string[] = [];
  for (const folder of folders)
    for (const f of input.filesIn(folder.replace(/\/$/, ""))) if (f.endsWith(".go") && !built.has(f)) others.push(f);
  if (others.length === 0) return;
  out.excludes.push(...others);
  out.evidence.push(
    say(
      input,
      copy.line,
      `stage ${label(stage)} builds ${[...built].join(", ")}: ${others.join(", ")} ${others.length > 1 ? "are other programs" : "is another program"}`,
    ),
  );
}

/** The files of `glob` with one of the extensions: `svc/**` -> `svc/**\/*.go`; a file of another kind -> nothing. */
function narrowed(glob: string, extensions: readonly string[]): string[] {
  if (glob === "**" || glob.endsWith("/**")) return extensions.map((e) => `${glob}/*${e}`);
  if (extensions.some((e) => glob.endsWith(e))) return [glob];
  return glob.endsWith("*") ? extensions.map((e) => `${glob}${e}`) : [];
}

function sourceGlob(input: ShipsInput, src: string): string[] {
  const path = joinRepoPath(input.context, src);
  if (path === undefined) return [];
  if (path === input.context) return [under(path, "**")];
  if (input.isFile(path)) return [path];
  // A wildcard may match folders, which COPY takes whole.
  return GLOB_CHARS.test(src) ? [path, `${path}/**`] : [`${path}/**`];
}

function stageNamed(stages: readonly DockerStage[], ref: string): DockerStage | undefined {
  if (/^\d+$/.test(ref)) return stages[Number(ref)];
  return stages.find((s) => s.name === ref);
}

/** The image a stage finally runs on, following `FROM earlier-stage` back to an image. */
function baseImage(stages: readonly DockerStage[], stage: DockerStage): string {
  let s = stage;
  for (let parent = stageNamed(stages.slice(0, s.index), s.base.toLowerCase()); parent; ) {
    s = parent;
    parent = stageNamed(stages.slice(0, s.index), s.base.toLowerCase());
  }
  return s.base;
}

/** The program the stage starts: its own ENTRYPOINT or CMD, else the one of the stage it is built on. */
function programOfStage(stages: readonly DockerStage[], stage: DockerStage): string | undefined {
  for (let s: DockerStage | undefined = stage; s; s = stageNamed(stages.slice(0, s.index), s.base.toLowerCase()))
    if (s.program !== undefined) return s.program;
  return undefined;
}

function label(stage: DockerStage): string {
  return stage.name ?? String(stage.index);
}

function say(input: ShipsInput, line: number, says: string): Evidence {
  return { file: input.dockerfilePath, line, says };
}
