// Which files say how images are built, by name alone: the walk asks this of every file, so it imports nothing heavy.
import { baseName } from "./paths.js";

export type BuildFileKind =
  | "compose"
  | "skaffold"
  | "workflow"
  | "shell"
  | "makefile"
  | "taskfile"
  | "readme"
  | "scenario-step"
  | "terraform"
  | "dockerfile"
  | "dockerignore"
  | "go.mod"
  | "module"
  | "python-deps";

const KINDS: readonly [RegExp, BuildFileKind][] = [
  [/^(?:docker-)?compose[^/]*\.ya?ml$/i, "compose"],
  [/^skaffold[^/]*\.ya?ml$/i, "skaffold"],
  // Windows batch files run the same kubectl and docker commands, one a line.
  [/\.(?:sh|bash|bat|cmd)$/i, "shell"],
  [/^(?:GNUmakefile|[Mm]akefile)$|\.mk$/, "makefile"],
  [/^[Tt]askfile(?:\.dist)?\.ya?ml$/, "taskfile"],
  // A README's shell blocks tell people how to build the images the manifests run (docs-builds.ts).
  [/^README(?:\.[\w-]+)?\.md$/i, "readme"],
  // An interactive tutorial's steps (Katacoda, Killercoda): the commands marked to run set its cluster up.
  [/^(?:step\d+|intro|finish|text)\.md$/i, "scenario-step"],
  // Terraform may install istiod with a helm_release (model/terraform-releases.ts).
  [/\.tf$/, "terraform"],
  [/^(?:Dockerfile|Containerfile)(?:\..+)?$|\.(?:[Dd]ockerfile|[Cc]ontainerfile)$/, "dockerfile"],
  [/^\.dockerignore$|\.[Dd]ockerfile\.dockerignore$|^(?:Dockerfile|Containerfile)\..*dockerignore$/, "dockerignore"],
  [/^go\.mod$/, "go.mod"],
  // What a module depends on inside the repository (module-dependencies.ts), and how its imports resolve
  // (unimported-modules.ts).
  [/^(?:pom\.xml|build\.gradle(?:\.kts)?|package\.json|[tj]sconfig(?:\.[\w.-]+)?\.json)$/, "module"],
  // What pip, Poetry or Pipenv installs: an SDK they leave out is not in the image (undeclared-packages.ts).
  [/^(?:requirements[\w.-]*\.txt|pyproject\.toml|setup\.py|setup\.cfg|Pipfile)$/, "python-deps"],
];

export function buildFileKind(path: string): BuildFileKind | undefined {
  if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return "workflow";
  const name = baseName(path);
  if (/(?:^|\/)requirements\/[^/]+\.txt$/.test(path)) return "python-deps";
  // A .dockerignore beside a Dockerfile would otherwise read as "Dockerfile.<something>".
  if (name.endsWith(".dockerignore")) return "dockerignore";
  for (const [re, kind] of KINDS) if (re.test(name)) return kind;
  return undefined;
}

export function isBuildDefinitionFile(path: string): boolean {
  return buildFileKind(path) !== undefined;
}
