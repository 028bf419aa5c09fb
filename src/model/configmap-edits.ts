// kubectl edits of the ConfigMap istiod reads, in scripts: `kubectl patch configmap istio -p ...`, `kubectl apply -f -`
// of a heredoc that holds it (or an IstioOperator), and the `kubectl get cm istio | sed 's/ALLOW_ANY/REGISTRY_ONLY/' |
// kubectl replace -f -` rewrite. Each is located at the command that makes it.
import { parseYamlFile } from "../manifests/parse-yaml.js";
import { get, isObject, resourcesFromDocument } from "../manifests/resource.js";
import { commandWords, isLiteral, readFlags, toolOf } from "./command-words.js";
import { isMeshConfigMap, meshSourcesFromResources, withResolvedMode, type MeshSource } from "./mesh-policy.js";
import type { Pipeline, ShellCommand, ShellWord } from "../provenance/shell-pipelines.js";
import { OUTBOUND_MODES } from "./types.js";

const KUBECTL = new Set(["kubectl", "oc", "k3s", "microk8s"]);
const VALUE_FLAGS = new Set(["-n", "--namespace", "--context", "--kubeconfig", "--type", "-o", "--output", "-l"]);
const CONFIGMAP = /^(?:cm|configmaps?)$/;

/** A kubectl command's verb and the rest of its words, or undefined for anything else. */
function kubectl(cmd: ShellCommand): { verb: string; args: ShellWord[] } | undefined {
  let words = commandWords(cmd);
  if (!KUBECTL.has(toolOf(words) ?? "")) return undefined;
  if (words[1]?.text === "kubectl") words = words.slice(1); // `k3s kubectl`, `microk8s kubectl`
  const { positional } = readFlags(words.slice(1), new Set(), VALUE_FLAGS);
  const verb = positional[0]?.text;
  return verb === undefined ? undefined : { verb, args: words.slice(1) };
}

/** `configmap istio`, `cm/istio`: whether the command's object is a mesh ConfigMap. */
function namesMeshConfigMap(args: ShellWord[]): boolean {
  const { positional } = readFlags(args, new Set(), VALUE_FLAGS);
  const [type, name] = positional.slice(1).map((w) => w.text);
  if (type === undefined) return false;
  const slash = type.indexOf("/");
  if (slash !== -1) return CONFIGMAP.test(type.slice(0, slash)) && isMeshConfigMap(type.slice(slash + 1));
  return CONFIGMAP.test(type) && name !== undefined && isMeshConfigMap(name);
}

export function configMapEdits(pipeline: Pipeline, file: string): MeshSource[] {
  const out: MeshSource[] = [];
  pipeline.forEach((cmd, i) => {
    const k = kubectl(cmd);
    if (!k) return;
    if (k.verb === "patch" && namesMeshConfigMap(k.args)) out.push(...patchSource(k.args, file));
    if (/^(?:apply|create|replace)$/.test(k.verb) && cmd.heredoc && i === pipeline.length - 1)
      out.push(...heredocSources(cmd.heredoc, file, cmd.line));
    if (k.verb === "get" && namesMeshConfigMap(k.args)) out.push(...sedRewrite(pipeline.slice(i + 1), file));
  });
  return out;
}

/** `-p '{"data":{"mesh":"…"}}'` (merge or strategic) or a JSON patch whose path is `/data/mesh`. */
function patchSource(args: ShellWord[], file: string): MeshSource[] {
  const { values } = readFlags(args, new Set(["-p", "--patch"]), new Set());
  const out: MeshSource[] = [];
  for (const { value } of values) {
    if (!isLiteral(value)) continue;
    const patch = parseYamlFile(value.text).documents[0]?.value;
    const mesh = Array.isArray(patch)
      ? patch.find((op) => isObject(op) && op.path === "/data/mesh")?.value
      : get(patch, "data", "mesh");
    const meshConfig = typeof mesh === "string" ? parseYamlFile(mesh).documents[0]?.value : undefined;
    if (!isObject(meshConfig)) continue;
    out.push({ kind: "kubectl", meshConfig, at: () => ({ file, line: value.line }) });
  }
  return withResolvedMode(out);
}

/** Objects applied from a heredoc: the ConfigMap is a kubectl edit, an IstioOperator goes to the operator. */
function heredocSources(heredoc: { text: string; line: number }, file: string, line: number): MeshSource[] {
  const text = `${"\n".repeat(heredoc.line - 1)}${heredoc.text}`;
  const resources = parseYamlFile(text).documents.flatMap((d) => resourcesFromDocument(d, file, ""));
  return withResolvedMode(
    meshSourcesFromResources(resources).map((s) =>
      s.kind === "ConfigMap" ? { ...s, kind: "kubectl" as const } : { ...s, via: { file, line } },
    ),
  );
}

/** `… | sed 's/mode: ALLOW_ANY/mode: REGISTRY_ONLY/' | kubectl replace -f -`: the mode the rewrite leaves. */
function sedRewrite(rest: Pipeline, file: string): MeshSource[] {
  const writeBack = rest.findIndex((c) => /^(?:apply|replace)$/.test(kubectl(c)?.verb ?? ""));
  if (writeBack === -1) return [];
  const out: MeshSource[] = [];
  for (const cmd of rest.slice(0, writeBack)) {
    const words = commandWords(cmd);
    if (toolOf(words) !== "sed") continue;
    const { values, positional } = readFlags(words.slice(1), new Set(["-e", "--expression"]), new Set());
    const scripts = values.length > 0 ? values.map((v) => v.value) : positional.slice(0, 1);
    for (const script of scripts) {
      const mode = isLiteral(script) ? modeWritten(script.text) : undefined;
      if (mode)
        out.push({
          kind: "kubectl",
          meshConfig: { outboundTrafficPolicy: { mode } },
          at: () => ({ file, line: script.line }),
        });
    }
  }
  return out.slice(-1);
}

/** The mode an `s/…/…/` expression writes over another mode; undefined for any other substitution. */
function modeWritten(script: string): string | undefined {
  let mode: string | undefined;
  for (const expr of script.split(/;\s*|\n/)) {
    const m = /^s(.)/.exec(expr.trim());
    if (!m) continue;
    const parts = expr.trim().slice(2).split(m[1]!);
    const [pattern, replacement] = parts;
    if (pattern === undefined || replacement === undefined) continue;
    const from = OUTBOUND_MODES.find((x) => pattern.includes(x));
    const to = [...OUTBOUND_MODES].sort((a, b) => b.length - a.length).find((x) => replacement.includes(x));
    if (to && (from || /mode/.test(pattern))) mode = to;
  }
  return mode;
}
