// `docker build` command lines in shell scripts, Makefiles, Taskfiles and workflow `run:` blocks -> image builds.
import { dockerBuildIn, resolveBuildPaths } from "./docker-build-command.js";
import { matchStrength, parseImageRef } from "./image-ref.js";
import { joinRepoPath } from "./paths.js";
import { BUILD_FILE_LIMITS } from "./limits.js";
import { type SetImage, setImageOf } from "./set-image.js";
import { shellCommands } from "./shell-commands.js";
import { ShellVariables, scriptFolderFrom } from "./shell-variables.js";
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
  /**
   * A script file's own folder: what `$(dirname "$0")` names. Where it is not `cwd`, people run `./build.sh` from
   * there as often as from the root, so a build it reaches without a `cd` says so (`ImageBuild.runFrom`).
   */
  scriptFolder?: string;
}

export function shellTextBuilds(at: ShellTextAt): ImageBuild[] {
  // Most shell text builds no image; lexing it all would cost a monorepo's scripts for nothing.
  if (!/\b(?:build|bud)\b/.test(at.text)) return [];
  const builds: ImageBuild[] = [];
  // `cd services/api` before `docker build .` moves the context; a `cd` to a path that is not literal, or out of the
  // repository, leaves the folder unknown, and builds after it are not read rather than guessed.
  let cwd: string | undefined = at.cwd;
  // `IMAGE=acme/api` then `docker build -t "$IMAGE:$TAG"`: the tag is what the variables hold, where they are set.
  const vars = ShellVariables.forText(at);
  for (const words of shellCommands(at.text, scriptFolderFrom(at))) {
    if (builds.length >= BUILD_FILE_LIMITS.maxBuildsPerFile) break;
    if (vars.assign(words)) continue;
    const cd = cdTarget(words);
    if (cd !== undefined) {
      cwd = cwd === undefined ? undefined : changeDirectory(cwd, cd, at.cwd);
      continue;
    }
    for (const set of setImageOf(words)) deployBuilt(builds, set, vars.expand(set.image), at);
    if (cwd === undefined) continue;
    // `-t "$IMAGE:$TAG" -f "$DIR/Dockerfile" "$DIR/.."`: tags and paths are what the text's variables hold.
    const cmd = dockerBuildIn(words.map((w) => ({ ...w, text: vars.expand(w.text) })));
    if (!cmd || cmd.tags.length === 0) continue;
    const fromRoot = resolveBuildPaths(cmd, cwd);
    // A context above the root (`docker build -f Dockerfile ../..`) can only mean the script's own folder.
    const ownFolder =
      at.scriptFolder !== undefined && at.scriptFolder !== at.cwd && cwd === at.cwd ? at.scriptFolder : undefined;
    const paths = fromRoot ?? (ownFolder === undefined ? undefined : resolveBuildPaths(cmd, ownFolder));
    if (!paths) continue;
    const line = at.firstLine + cmd.line - 1;
    for (const image of cmd.tags) {
      builds.push({
        image,
        context: paths.context,
        ...(paths.dockerfile !== undefined ? { dockerfile: paths.dockerfile } : {}),
        ...(cmd.target ? { target: cmd.target } : {}),
        ...(fromRoot !== undefined && ownFolder !== undefined ? { runFrom: ownFolder } : {}),
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
