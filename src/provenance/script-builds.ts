// `docker build` command lines in shell scripts, Makefiles, Taskfiles and workflow `run:` blocks -> image builds.
import { dockerBuildIn, resolveBuildPaths } from "./docker-build-command.js";
import { BUILD_FILE_LIMITS } from "./limits.js";
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
}

export function shellTextBuilds(at: ShellTextAt): ImageBuild[] {
  // Most shell text builds no image; lexing it all would cost a monorepo's scripts for nothing.
  if (!/\b(?:build|bud)\b/.test(at.text)) return [];
  const builds: ImageBuild[] = [];
  for (const words of shellCommands(at.text)) {
    if (builds.length >= BUILD_FILE_LIMITS.maxBuildsPerFile) break;
    const cmd = dockerBuildIn(words);
    if (!cmd || cmd.tags.length === 0) continue;
    const paths = resolveBuildPaths(cmd, at.cwd);
    if (!paths) continue;
    const line = at.firstLine + cmd.line - 1;
    for (const image of cmd.tags) {
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
