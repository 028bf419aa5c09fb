// Install commands in scripts -> the mesh config they give istiod: `istioctl install|upgrade|manifest apply` with
// `--set` and `-f` (a file, or an IstioOperator in a heredoc), and `helm install|upgrade` of the istiod chart with
// `--set` and `-f`/`--values`. A value the text cannot resolve (`$MODE`, `$(...)`) is skipped, never guessed.
import { lineOf, parseYamlFile } from "../manifests/parse-yaml.js";
import { isObject, resourcesFromDocument } from "../manifests/resource.js";
import { joinRepoPath } from "../provenance/paths.js";
import {
  commandWords,
  HELM_VALUE_FLAGS,
  isLiteral,
  readFlags,
  setPairs,
  toolOf,
  type FlagValue,
} from "./command-words.js";
import { configMapEdits } from "./configmap-edits.js";
import { meshSourcesFromResources, withResolvedMode, type MeshSource } from "./mesh-policy.js";
import { pipelinesOf, type ScriptFiles, type ShellText } from "./script-texts.js";
import type { Pipeline, ShellCommand } from "../provenance/shell-pipelines.js";
import type { MeshConfigSourceKind, SourceLocation } from "./types.js";

export function meshSourcesFromScripts(texts: readonly ShellText[], files: ScriptFiles): MeshSource[] {
  const out: MeshSource[] = [];
  for (const t of texts) {
    for (const pipeline of pipelinesOf(t)) {
      out.push(...configMapEdits(pipeline, t.file));
      pipeline.forEach((cmd, i) => {
        out.push(...installSources(cmd, pipeline.slice(i + 1), t, files));
      });
    }
  }
  return out;
}

const ISTIOCTL_VALUE_FLAGS = new Set(["-r", "--revision", "--context", "-c", "--kubeconfig", "-i", "--istioNamespace"]);
export const ISTIOD_CHART = /^(?:istiod|istio-discovery)(?:-\d[\w.-]*)?(?:\.tgz)?$/;

function installSources(cmd: ShellCommand, after: Pipeline, t: ShellText, files: ScriptFiles): MeshSource[] {
  const words = commandWords(cmd);
  const tool = toolOf(words);
  if (tool === "istioctl") {
    const flags = readFlags(words.slice(1), new Set(["--set", "-s", "-f", "--filename"]), ISTIOCTL_VALUE_FLAGS);
    const verb = flags.positional.map((w) => w.text).join(" ");
    // `manifest generate` installs nothing unless its output is applied in the same pipeline.
    const applied = after.some((c) => toolOf(commandWords(c)) === "kubectl");
    const installs = /^(?:install|apply|upgrade|manifest apply|manifest install)\b/.test(verb);
    if (!installs && !(verb.startsWith("manifest generate") && applied)) return [];
    return fromFlags(flags.values, cmd, t, files, "istioctl");
  }
  if (tool === "helm") {
    const flags = readFlags(words.slice(1), new Set(["--set", "--set-string", "-f", "--values"]), HELM_VALUE_FLAGS);
    if (!/^(?:install|upgrade)$/.test(flags.positional[0]?.text ?? "")) return [];
    const chartArgs = flags.positional.slice(1);
    const chart = words.some((w) => w.text === "--generate-name") ? chartArgs[0] : chartArgs[1];
    if (!chart || !isLiteral(chart) || !ISTIOD_CHART.test(chart.text.slice(chart.text.lastIndexOf("/") + 1))) return [];
    return fromFlags(flags.values, cmd, t, files, "helm");
  }
  return [];
}

/** Sets win over files, and a later file over an earlier one: the command's sources in that order. */
function fromFlags(
  flags: FlagValue[],
  cmd: ShellCommand,
  t: ShellText,
  files: ScriptFiles,
  tool: "istioctl" | "helm",
): MeshSource[] {
  const via: SourceLocation = { file: t.file, line: cmd.line };
  const sets = flags.filter((f) => f.flag.startsWith("--set") || f.flag === "-s");
  const named = flags.filter((f) => !sets.includes(f)).reverse();
  const out: MeshSource[] = [];
  const set = setSource(sets, t.file, tool);
  if (set) out.push(set);
  for (const f of named) {
    if (!isLiteral(f.value)) continue;
    for (const name of f.value.text.split(",")) {
      const fileSources =
        name === "-"
          ? cmd.heredoc
            ? sourcesInYaml(`${"\n".repeat(cmd.heredoc.line - 1)}${cmd.heredoc.text}`, t.file, tool)
            : []
          : fileSourcesOf(name, t.cwd, files, tool);
      out.push(...fileSources.map((s) => ({ ...s, via })));
    }
  }
  return out;
}

/** Helm's `--set` pairs for the istiod chart, wherever they are written (a script, a Terraform release). */
export function helmSetSource(sets: FlagValue[], file: string): MeshSource | undefined {
  return setSource(sets, file, "helm");
}

/** A values document for the istiod chart, wherever it is written. */
export function helmValuesSources(text: string, file: string): MeshSource[] {
  return sourcesInYaml(text, file, "helm");
}

/** `--set meshConfig.a.b=x` (istioctl also reads `values.meshConfig.…`, under `meshConfig.…`) as one mesh config. */
function setSource(sets: FlagValue[], file: string, tool: "istioctl" | "helm"): MeshSource | undefined {
  const meshConfig: Record<string, unknown> = {};
  const lines = new Map<string, number>();
  const prefixes = tool === "istioctl" ? ["values.meshConfig.", "meshConfig."] : ["meshConfig."];
  for (const prefix of prefixes) {
    for (const s of sets) {
      if (!isLiteral(s.value)) continue;
      for (const [key, value] of setPairs(s.value.text)) {
        if (!key.startsWith(prefix) || key.includes("[")) continue;
        const path = key.slice(prefix.length).split(".");
        setPath(meshConfig, path, value);
        lines.set(path.join("."), s.value.line);
      }
    }
  }
  if (lines.size === 0) return undefined;
  const fallback = Math.min(...lines.values());
  return {
    kind: tool,
    meshConfig,
    at: (p) => ({ file, line: lineUnder(lines, p) ?? fallback }),
  };
}

function setPath(obj: Record<string, unknown>, path: string[], value: string): void {
  let at = obj;
  for (const key of path.slice(0, -1)) {
    if (!isObject(at[key])) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  at[path[path.length - 1]!] = value;
}

/** The line of the set that wrote `path`, or of one that wrote under it. */
function lineUnder(lines: Map<string, number>, path: string[]): number | undefined {
  const key = path.join(".");
  if (lines.has(key)) return lines.get(key);
  for (const [k, line] of lines) if (key === "" || k.startsWith(`${key}.`)) return line;
  return undefined;
}

/** A `-f` path is read from the script's folder, else from the repository root. */
function fileSourcesOf(name: string, cwd: string, files: ScriptFiles, tool: "istioctl" | "helm"): MeshSource[] {
  for (const path of [joinRepoPath(cwd, name), joinRepoPath("", name)]) {
    const text = path === undefined ? undefined : files.textOf(path);
    if (path !== undefined && text !== undefined) return sourcesInYaml(text, path, tool);
  }
  return [];
}

/** istioctl reads IstioOperator documents; Helm reads a values map, whose `meshConfig` istiod's chart renders. */
function sourcesInYaml(text: string, file: string, tool: "istioctl" | "helm"): MeshSource[] {
  const docs = parseYamlFile(text).documents;
  if (tool === "istioctl")
    return withResolvedMode(meshSourcesFromResources(docs.flatMap((d) => resourcesFromDocument(d, file, ""))));
  const doc = docs[0];
  if (!doc || !isObject(doc.value) || !isObject(doc.value.meshConfig)) return [];
  const kind: MeshConfigSourceKind = "HelmValues";
  const lines = doc.lines;
  return withResolvedMode([
    {
      kind,
      meshConfig: doc.value.meshConfig,
      at: (p) => ({ file, line: lineOf(lines, ["meshConfig", ...p], doc.line) }),
    },
  ]);
}
