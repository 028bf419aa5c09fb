// Build files -> the shell they run: scripts as they are, Makefile recipes once Make has expanded what the Makefile
// itself defines, Taskfile `cmds`, GitHub workflow steps' `run:`. Positions stay the file's, so a command reports
// the line it was written on.
import type { TextFile } from "../manifests/load.js";
import { buildFileKind } from "../provenance/build-file-kind.js";
import { expandMakeVariables } from "../provenance/makefile.js";
import { documentShell } from "../provenance/markdown-code.js";
import { dirOf } from "../provenance/paths.js";
import type { ShellTextAt } from "../provenance/script-builds.js";
import { type Pipeline, readPipelines } from "../provenance/shell-pipelines.js";
import { taskfileCommands } from "../provenance/taskfile.js";
import { workflowRunBlocks } from "../provenance/workflow.js";

/** Shell text of a file, where it starts and the folder it runs in: the shape build reading uses too. */
export type ShellText = ShellTextAt;

/** The repository's files a command may name (`-f values.yaml`), by path. */
export interface ScriptFiles {
  textOf: (path: string) => string | undefined;
}

/** Commands of interest, so that only the scripts that may hold one are read word by word. */
const INSTALL_WORDS = /\b(?:istioctl|helm|kubectl|oc)\b/;

/** By the snapshot's build files: rendering reads them for chart targets, the model for install commands. */
const TEXTS = new WeakMap<readonly TextFile[], ShellText[]>();

const PIPELINES = new WeakMap<ShellText, Pipeline[]>();

/**
 * A shell text's pipelines, parsed once: install commands, namespace labels and deploy targets each read the same
 * scripts.
 */
export function pipelinesOf(t: ShellText): readonly Pipeline[] {
  let known = PIPELINES.get(t);
  if (!known) PIPELINES.set(t, (known = readPipelines(t.text, t.firstLine)));
  return known;
}

/** Install and bootstrap scripts, and the files they may name: how the mesh was set up outside the manifests. */
export interface InstallScripts {
  texts: readonly ShellText[];
  files: ScriptFiles;
  /** Terraform files, whose `helm_release` resources may install istiod. */
  terraform?: readonly TextFile[];
}

/** The build files' shell and Terraform, and the YAML files (as read, before renders) a command may name. */
export function installScriptsFrom(buildFiles: readonly TextFile[], yaml: readonly TextFile[]): InstallScripts {
  const texts = new Map(yaml.map((f) => [f.path, f.text]));
  return {
    texts: shellTextsOf(buildFiles),
    files: { textOf: (p) => texts.get(p) },
    terraform: buildFiles.filter((f) => buildFileKind(f.path) === "terraform"),
  };
}

export function shellTextsOf(files: readonly TextFile[]): ShellText[] {
  const known = TEXTS.get(files);
  if (known) return known;
  const out = readShellTexts(files);
  TEXTS.set(files, out);
  return out;
}

function readShellTexts(files: readonly TextFile[]): ShellText[] {
  const out: ShellText[] = [];
  for (const f of files) {
    if (!INSTALL_WORDS.test(f.text)) continue;
    const kind = buildFileKind(f.path);
    const cwd = dirOf(f.path);
    if (kind === "shell") out.push({ file: f.path, text: f.text, firstLine: 1, cwd, scriptFolder: cwd });
    // Make runs each recipe line in its own shell; `$$` is the shell's `$`.
    else if (kind === "makefile") out.push({ file: f.path, text: expandMakeVariables(f.text), firstLine: 1, cwd });
    else if (kind === "taskfile") out.push(...taskfileCommands(f.path, f.text));
    else if (kind === "workflow") out.push(...workflowRunBlocks(f.path, f.text));
    // A demo is often set up only as its README or its tutorial's steps say: `istioctl install --set …`.
    else
      for (const b of documentShell(kind, f.text) ?? [])
        out.push({ file: f.path, text: b.text, firstLine: b.firstLine, cwd });
  }
  return out;
}
