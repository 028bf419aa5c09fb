// `docker build` command lines in shell scripts, Makefiles, Taskfiles and workflow `run:` blocks -> image builds.
import { dockerBuildIn, resolveBuildPaths } from "./docker-build-command.js";
import { matchStrength, parseImageRef } from "./image-ref.js";
import { joinRepoPath } from "./paths.js";
import { BUILD_FILE_LIMITS } from "./limits.js";
import { type SetImage, setImageOf } from "./set-image.js";
import { shellCommands } from "./shell-commands.js";
import type { ImageBuild } from "./types.js";

export interface ShellTextAt {
  file: string;
  /** The shell text; for an embedded block, only the block. */
  text: string;
  /** The file's line of the text's first line. */
  firstLine: number;
  /** The folder the commands run in. */
  cwd: string;
  /** Variables set for the text before it runs (a workflow's `env:`). */
  env?: Readonly<Record<string, string>>;
}

/** How many times a value may name another variable before it is left as written. */
const MAX_EXPANSIONS = 8;

export function shellTextBuilds(at: ShellTextAt): ImageBuild[] {
  // Most shell text builds no image; lexing it all would cost a monorepo's scripts for nothing.
  if (!/\b(?:build|bud)\b/.test(at.text)) return [];
  const builds: ImageBuild[] = [];
  // `cd services/api` before `docker build .` moves the context; a `cd` to a path that is not literal, or out of the
  // repository, leaves the folder unknown, and builds after it are not read rather than guessed.
  let cwd: string | undefined = at.cwd;
  // `IMAGE=acme/api` then `docker build -t "$IMAGE:$TAG"`: the tag is what the variables hold, where they are set.
  const vars = new Map(Object.entries(at.env ?? {}));
  for (const words of shellCommands(at.text)) {
    if (builds.length >= BUILD_FILE_LIMITS.maxBuildsPerFile) break;
    if (setsVariables(words, vars)) continue;
    const cd = cdTarget(words);
    if (cd !== undefined) {
      cwd = cwd === undefined ? undefined : changeDirectory(cwd, cd, at.cwd);
      continue;
    }
    for (const set of setImageOf(words)) deployBuilt(builds, set, expand(set.image, vars), at);
    if (cwd === undefined) continue;
    const cmd = dockerBuildIn(words);
    if (!cmd || cmd.tags.length === 0) continue;
    const paths = resolveBuildPaths(cmd, cwd);
    if (!paths) continue;
    const line = at.firstLine + cmd.line - 1;
    for (const tag of cmd.tags) {
      const image = expand(tag, vars);
      builds.push({
        image,
        context: paths.context,
        ...(paths.dockerfile !== undefined ? { dockerfile: paths.dockerfile } : {}),
        ...(cmd.target ? { target: cmd.target } : {}),
        evidence: { file: at.file, line, says: `docker build tags ${image} from context ${paths.context || "."}` },
      });
    }
  }
  return builds;
}

/**
 * `docker build -t "$IMAGE" .` then `kubectl set image deployment/api api="$IMAGE"`: the script deploys what it built
 * to that container, whatever image the manifest names. The image is matched to the builds above it by repository.
 */
function deployBuilt(builds: ImageBuild[], set: SetImage, image: string, at: ShellTextAt): void {
  const ref = parseImageRef(image);
  if (!ref || ref.path.includes(undefined)) return;
  const line = at.firstLine + set.line - 1;
  const says = `kubectl set image ${set.workload} ${set.container}=${image} deploys what this script builds`;
  for (const b of builds) {
    const built = parseImageRef(b.image);
    if (!built || matchStrength(ref, built) < 2) continue;
    b.deployedTo = [
      ...(b.deployedTo ?? []),
      { workload: set.workload, container: set.container, evidence: { file: at.file, line, says } },
    ];
  }
}

const ASSIGNMENT = /^([A-Za-z_]\w*)=(.*)$/s;

/** Records `NAME=value` (also after `export`) with its value expanded; true when the command only sets variables. */
function setsVariables(words: readonly { text: string }[], vars: Map<string, string>): boolean {
  const rest = words[0]?.text === "export" ? words.slice(1) : words;
  if (rest.length === 0 || !rest.every((w) => ASSIGNMENT.test(w.text))) return false;
  for (const w of rest) {
    const [, name, value] = ASSIGNMENT.exec(w.text)!;
    vars.set(name!, expand(value!, vars));
  }
  return true;
}

/** `$NAME` and `${NAME}` replaced by what `vars` holds; a variable it does not hold stays as written. */
function expand(text: string, vars: ReadonlyMap<string, string>): string {
  let out = text;
  for (let i = 0; i < MAX_EXPANSIONS && /\$\{?[A-Za-z_]/.test(out); i++) {
    const next = out.replace(
      /\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)/g,
      (all, braced, bare) => vars.get(braced ?? bare) ?? all,
    );
    if (next === out) break;
    out = next;
  }
  return out;
}

/** The folder `cd` names in a command (`cd x`, `pushd x`), "" for a bare `cd`; undefined for any other command. */
function cdTarget(words: readonly { text: string }[]): string | undefined {
  const first = words[0]?.text;
  if (first !== "cd" && first !== "pushd") return undefined;
  const arg = words.slice(1).find((w) => !w.text.startsWith("-"));
  return arg?.text ?? "";
}

function changeDirectory(cwd: string, target: string, start: string): string | undefined {
  if (target === "" || target === "~") return start;
  if (target === "-" || /[$`*?~]/.test(target)) return undefined;
  return joinRepoPath(cwd, target);
}
