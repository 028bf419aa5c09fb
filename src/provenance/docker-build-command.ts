// `docker build`, `docker buildx build`, `podman build`, `nerdctl build`, `buildah bud` command lines -> the image
// they tag, the Dockerfile and the context.
import { isRemote, joinRepoPath } from "./paths.js";
import type { Word } from "./shell-commands.js";

export interface DockerBuildCommand {
  tags: string[];
  file?: string;
  context?: string;
  target?: string;
  /** Line of the command's first word. */
  line: number;
}

const BUILDERS = /^(?:docker|podman|nerdctl|buildah)$/;
/** An unresolved variable standing for the container tool, as Makefiles write `$(CONTAINER_TOOL) build`. */
const BUILDER_VARIABLE = /^\$\{[^}]*(?:docker|podman|container|engine|oci|tool)[^}]*\}$/i;
/** Flags that take a value as the next word; any other flag is read as a switch. */
const VALUE_FLAGS = new Set(
  (
    "-t --tag -f --file --target --build-arg --label --platform --cache-from --cache-to --secret --ssh -o --output " +
    "--network --progress --iidfile --metadata-file --add-host --build-context --shm-size --ulimit -m --memory " +
    "--memory-swap --cpu-shares --cpuset-cpus --cpuset-mems --cpu-period --cpu-quota --isolation --attest --builder " +
    "--allow --annotation --cgroup-parent --security-opt --format --authfile --layers --creds --volume -v"
  ).split(" "),
);

/** Every build in one command's words (`docker build … && docker push …` is two commands already). */
export function dockerBuildIn(words: readonly Word[]): DockerBuildCommand | undefined {
  for (let i = 0; i < words.length; i++) {
    const tool = words[i]!.text.replace(/^[@+-]+/, "");
    const toolName = tool.slice(tool.lastIndexOf("/") + 1);
    if (!BUILDERS.test(toolName) && !BUILDER_VARIABLE.test(tool)) continue;
    let j = i + 1;
    if (words[j]?.text === "buildx" || words[j]?.text === "image" || words[j]?.text === "builder") j++;
    const verb = words[j]?.text;
    if (verb !== "build" && !(toolName === "buildah" && verb === "bud")) continue;
    return readArgs(words.slice(j + 1), words[i]!.line);
  }
  return undefined;
}

function readArgs(args: readonly Word[], line: number): DockerBuildCommand {
  const out: DockerBuildCommand = { tags: [], line };
  const positional: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const word = args[k]!.text;
    if (!word.startsWith("-") || word === "-") {
      positional.push(word);
      continue;
    }
    const eq = word.indexOf("=");
    const flag = eq === -1 ? word : word.slice(0, eq);
    let value: string | undefined;
    if (eq !== -1) value = word.slice(eq + 1);
    else if (VALUE_FLAGS.has(flag)) value = args[++k]?.text;
    if (value === undefined) continue;
    if (flag === "-t" || flag === "--tag") out.tags.push(value);
    // buildx names the image in its output too: `--output type=image,name=ghcr.io/acme/api:1,push=true`.
    else if (flag === "-o" || flag === "--output") out.tags.push(...outputNames(value));
    else if (flag === "-f" || flag === "--file") out.file = value;
    else if (flag === "--target") out.target = value;
  }
  const context = positional[positional.length - 1];
  if (context !== undefined) out.context = context;
  return out;
}

/** The `name=` attributes of a buildx output (`type=docker,name=a:1,push=false`); a list of names is comma-separated. */
function outputNames(output: string): string[] {
  const names: string[] = [];
  let inName = false;
  for (const part of output.split(",")) {
    const eq = part.indexOf("=");
    if (eq !== -1) inName = part.slice(0, eq).trim() === "name";
    const value = (eq === -1 ? part : part.slice(eq + 1)).trim();
    if (inName && value !== "") names.push(value);
  }
  return names;
}

/**
 * The command's context and Dockerfile as repo paths, run from `cwd`; undefined for a remote or stdin context. A
 * Dockerfile read from stdin (`-f -`) is unknown: the build is then read as shipping its whole context.
 */
export function resolveBuildPaths(
  cmd: DockerBuildCommand,
  cwd: string,
): { context: string; dockerfile?: string } | undefined {
  if (cmd.context === undefined || isRemote(cmd.context) || cmd.context.includes("${")) return undefined;
  const context = joinRepoPath(cwd, cmd.context);
  if (context === undefined) return undefined;
  if (cmd.file === "-") return { context };
  // docker reads -f relative to the working directory; without it, Dockerfile at the context root.
  const dockerfile = cmd.file === undefined ? joinRepoPath(context, "Dockerfile") : joinRepoPath(cwd, cmd.file);
  return dockerfile === undefined ? undefined : { context, dockerfile };
}
