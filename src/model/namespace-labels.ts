// `kubectl label namespace shop istio-injection=enabled` in scripts -> the labels the namespaces get, as if their
// Namespace objects carried them. A removal (`istio-injection-`) takes the label away again.
import { commandWords, isLiteral, readFlags, toolOf } from "./command-words.js";
import { pipelinesOf, type ShellText } from "./script-texts.js";
import { ShellVariables } from "../provenance/shell-variables.js";
import type { Namespace, SourceLocation } from "./types.js";

export interface NamespaceLabel {
  namespace: string;
  /** "" for `kubectl create namespace`: the namespace exists, with no label. */
  key: string;
  /** Undefined: the label is removed. */
  value?: string;
  loc: SourceLocation;
}

const NAMESPACE_TYPES = /^(?:ns|namespaces?)$/;
const VALUE_FLAGS = new Set(["-n", "--namespace", "--context", "--kubeconfig", "-l", "--selector", "-o", "--output"]);
const INJECTION_KEYS = new Set(["istio-injection", "istio.io/rev"]);

export function namespaceLabelsFromScripts(texts: readonly ShellText[]): NamespaceLabel[] {
  const out: NamespaceLabel[] = [];
  for (const t of texts) {
    if (!/\b(?:label|create|new-project)\b/.test(t.text)) continue;
    // `NS=shop` then `kubectl label namespace "$NS" istio-injection=enabled`: the namespace is what the text set.
    const vars = ShellVariables.forText(t);
    for (const pipeline of pipelinesOf(t)) {
      for (const cmd of pipeline) {
        if (vars.assign(cmd.words)) continue;
        let words = commandWords(cmd).map((w) => vars.word(w));
        if (!["kubectl", "oc", "k3s", "microk8s"].includes(toolOf(words) ?? "")) continue;
        if (words[1]?.text === "kubectl") words = words.slice(1);
        const { positional } = readFlags(words.slice(1), new Set(), VALUE_FLAGS);
        const created = createdNamespace(positional.map((w) => (isLiteral(w) ? w.text : "")));
        if (created) {
          out.push({ namespace: created, key: "", value: "", loc: file(t, cmd.line) });
          continue;
        }
        if (positional[0]?.text !== "label" || !positional[1] || !isLiteral(positional[1])) continue;
        // Only what the text names is labelled: `--all` and selectors reach namespaces the text does not say.
        if (words.some((w) => w.text === "--all" || w.text === "-l" || w.text.startsWith("--selector"))) continue;
        out.push(
          ...labelsOf(
            positional.slice(1).map((w) => (isLiteral(w) ? w.text : "")),
            file(t, cmd.line),
          ),
        );
      }
    }
  }
  return out;
}

/**
 * `istioctl kube-inject` in scripts: the repository adds sidecars by hand, which is as much a sign that its pods run
 * with them as a namespace label is. Where each such command is. Looked for line by line: the command usually sits in
 * a process or command substitution (`kubectl apply -f <(istioctl kube-inject -f app.yaml)`), not a pipeline of its
 * own; a comment line is no command.
 */
export function manualInjectionsFromScripts(texts: readonly ShellText[]): SourceLocation[] {
  const out: SourceLocation[] = [];
  for (const t of texts) {
    if (!t.text.includes("kube-inject")) continue;
    t.text.split("\n").forEach((line, i) => {
      if (KUBE_INJECT.test(line) && !line.trimStart().startsWith("#")) out.push(file(t, t.firstLine + i));
    });
  }
  return out;
}

const KUBE_INJECT = /(?:^|[\s(`$|;&])istioctl\s+(?:\S+\s+)*?kube-inject\b/;

function file(t: ShellText, line: number): SourceLocation {
  return { file: t.file, line };
}

/** `namespace a b k=v k2-` or `ns/a ns/b k=v`: each named namespace gets each change. */
function labelsOf(args: string[], loc: SourceLocation): NamespaceLabel[] {
  const names: string[] = [];
  const changes: { key: string; value?: string }[] = [];
  const [type, ...rest] = args;
  const typed = type !== undefined && NAMESPACE_TYPES.test(type);
  for (const a of typed ? rest : args) {
    const slash = a.indexOf("/");
    const eq = a.indexOf("=");
    if (eq > 0) changes.push({ key: a.slice(0, eq), value: a.slice(eq + 1) });
    else if (a.endsWith("-") && a.length > 1 && (typed || slash === -1 || !NAMESPACE_TYPES.test(a.slice(0, slash))))
      changes.push({ key: a.slice(0, -1) });
    else if (!typed && slash !== -1 && NAMESPACE_TYPES.test(a.slice(0, slash))) names.push(a.slice(slash + 1));
    else if (typed && a !== "") names.push(a);
    else if (!typed) return []; // another kind of object
  }
  return names.flatMap((namespace) =>
    changes.filter((c) => !c.key.includes("$")).map((c) => ({ namespace, ...c, loc })),
  );
}

/** `create namespace NAME`, `create ns NAME` (kubectl, oc) and `new-project NAME` (oc): the namespace created. */
function createdNamespace(positional: readonly string[]): string | undefined {
  const [verb, type, name] = positional;
  if (verb === "new-project" && type) return type;
  return verb === "create" && type !== undefined && NAMESPACE_TYPES.test(type) && name ? name : undefined;
}

/**
 * The namespaces with the script's labels applied, in the order the scripts run them (a later command wins). A
 * namespace only a script names is added, located at the command that creates it or at its first label command when
 * the label says anything of injection: one a script creates without an injection label runs its pods without a
 * sidecar, as a Namespace object without one does.
 */
export function withScriptLabels(declared: readonly Namespace[], labels: readonly NamespaceLabel[]): Namespace[] {
  const byName = new Map(declared.map((n) => [n.name, { ...n, labels: { ...n.labels } }]));
  for (const l of labels) {
    let ns = byName.get(l.namespace);
    if (!ns) {
      if (l.key !== "" && !INJECTION_KEYS.has(l.key)) continue;
      ns = { name: l.namespace, labels: {}, loc: l.loc };
      byName.set(l.namespace, ns);
    }
    if (l.key === "") continue;
    if (l.value === undefined) delete ns.labels[l.key];
    else ns.labels[l.key] = l.value;
    ns.injection = injectionOf(ns.labels);
  }
  return [...byName.values()];
}

/** The label that puts a namespace or a pod in Istio's ambient mode: no sidecar, ztunnel carries its traffic. */
export const DATAPLANE_MODE = "istio.io/dataplane-mode";

/**
 * What a Namespace's labels say of injection: `istio-injection=disabled` beats a revision label; `enabled` or a
 * revision injects; ambient mode alone means no sidecar.
 */
export function injectionOf(labels: Record<string, string>): boolean | undefined {
  if (labels["istio-injection"] === "disabled") return false;
  if (labels["istio-injection"] === "enabled" || labels["istio.io/rev"] !== undefined) return true;
  if (labels[DATAPLANE_MODE] === "ambient") return false;
  return undefined;
}
