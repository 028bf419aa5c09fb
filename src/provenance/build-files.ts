// Which repository files define builds, and of what kind: the pipeline keeps only these files' texts for this stage.
export { type BuildFileKind, buildFileKind, isBuildDefinitionFile } from "./build-file-kind.js";
import { composeBuilds } from "./compose.js";
import { docsBuilds } from "./docs-builds.js";
import { BUILD_FILE_LIMITS } from "./limits.js";
import { makefileBuilds } from "./makefile.js";
import { buildFileKind } from "./build-file-kind.js";
import { shellTextBuilds } from "./script-builds.js";
import { skaffoldBuilds } from "./skaffold.js";
import { taskfileBuilds } from "./taskfile.js";
import { dirOf } from "./paths.js";
import type { BuildFile, ImageBuild, ProvenanceProblem } from "./types.js";
import { workflowBuilds } from "./workflow.js";

/** The builds one file defines; Dockerfiles, .dockerignore files and go.mod are read on demand, not here. */
export function buildsOf(file: BuildFile, problems: ProvenanceProblem[], repository?: string): ImageBuild[] {
  const text = file.text.slice(0, BUILD_FILE_LIMITS.maxChars);
  const kind = buildFileKind(file.path);
  switch (kind) {
    case "compose":
      return composeBuilds(file.path, text, problems);
    case "skaffold":
      return skaffoldBuilds(file.path, text, problems);
    case "workflow":
      return workflowBuilds(file.path, text, problems, repository);
    case "shell":
      // Scripts are usually run from the repository root (CI does), or from their own folder; a `cd` is followed.
      return shellTextBuilds({
        file: file.path,
        text,
        firstLine: 1,
        cwd: "",
        scriptFolder: dirOf(file.path),
      });
    case "makefile":
      return makefileBuilds(file.path, text);
    case "taskfile":
      return taskfileBuilds(file.path, text, problems);
    case "readme":
    case "scenario-step":
      return docsBuilds(file.path, text, kind);
    default:
      return [];
  }
}
