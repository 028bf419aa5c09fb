// `helm install|upgrade RELEASE ./charts/app -n shop -f values-prod.yaml` in a script: the chart is deployed into that
// namespace with those values, as an Argo CD Application would say. `helm template … | kubectl apply -f -` (or
// through `istioctl kube-inject`) deploys too. Only a chart of the repository, named by a literal path, is a target; a
// namespace or a values file the text cannot resolve (`$NS`) leaves that part out, never guessed.
import { commandWords, HELM_VALUE_FLAGS, isLiteral, readFlags, toolOf } from "../model/command-words.js";
import { pipelinesOf, type ShellText } from "../model/script-texts.js";
import { joinRepoPath } from "../provenance/paths.js";
import type { ShellWord } from "../provenance/shell-pipelines.js";
import { ShellVariables } from "../provenance/shell-variables.js";
import type { ChartInfo } from "./plan.js";
import type { DeployTarget } from "./types.js";

const WANTED = new Set(["-n", "--namespace", "-f", "--values"]);
const APPLIERS = new Set(["kubectl", "oc", "istioctl"]);
const APPLIES = /\b(?:kubectl|oc)\s+(?:[\w-]+\s+)*?(?:apply|create)\b|\bkube-inject\b/;

/**
 * `manifests` and `kustomizations`: the repository's manifest files and kustomization folders, which a `kubectl
 * apply -n NS -f PATH` may name. Without them, only charts are read.
 */
export function scriptTargets(
  texts: readonly ShellText[],
  charts: ReadonlyMap<string, ChartInfo>,
  manifests: ReadonlySet<string> = new Set(),
  kustomizations: Pick<ReadonlySet<string>, "has"> = new Set(),
): DeployTarget[] {
  const out: DeployTarget[] = [];
  for (const t of texts) {
    const helm = /\bhelm\b/.test(t.text);
    const kubectl = manifests.size > 0 && /\b(?:kubectl|oc)\b[^\n]*\s(?:-n|--namespace)\b/.test(t.text);
    if (!helm && !kubectl) continue;
    const appliesFiles = APPLIES.test(t.text);
    const vars = ShellVariables.forText(t);
    // `kubectl config set-context --current --namespace=X`: what later commands of the text apply without `-n`.
    let current: ShellWord | undefined;
    for (const pipeline of pipelinesOf(t)) {
      pipeline.forEach((cmd, i) => {
        if (vars.assign(cmd.words)) return;
        const words = commandWords(cmd);
        const tool = toolOf(words);
        if (kubectl && (tool === "kubectl" || tool === "oc")) {
          const expanded = words.map((w) => vars.word(w));
          const flags = readFlags(expanded.slice(1), KUBECTL_WANTED, KUBECTL_VALUE_FLAGS);
          const switched = contextNamespace(expanded, flags);
          if (switched !== undefined) current = switched;
          else out.push(...appliedWithNamespace(t, cmd.line, expanded, flags, manifests, kustomizations, current));
          return;
        }
        if (tool !== "helm") return;
        const flags = readFlags(words.slice(1), WANTED, HELM_VALUE_FLAGS);
        const verb = flags.positional[0]?.text;
        // `helm template` deploys when its output is applied: piped on, or written to a file the text applies later.
        const applied = appliesFiles || pipeline.slice(i + 1).some((c) => APPLIERS.has(toolOf(commandWords(c)) ?? ""));
        if (verb !== "install" && verb !== "upgrade" && !(verb === "template" && applied)) return;
        const args = flags.positional.slice(1);
        // The release name is optional to `helm template`, and `--generate-name` replaces it.
        const generated = words.some((w) => w.text === "--generate-name" || w.text === "-g");
        const [release, chartWord] =
          generated || (verb === "template" && args.length === 1) ? [undefined, args[0]] : [args[0], args[1]];
        if (!chartWord || !isLiteral(chartWord)) return;
        // A script may be run from its own folder or, as CI runs it, from the repository root: the chart says which.
        const found = [t.cwd, ""]
          .map((base) => ({ base, chart: chartAt(charts, base, chartWord.text) }))
          .find((x) => x.chart !== undefined);
        if (!found?.chart || found.chart.library) return;
        const { base, chart } = found;
        const namespace = flags.values.find((f) => f.flag === "-n" || f.flag === "--namespace")?.value;
        const valueFiles = flags.values
          .filter((f) => (f.flag === "-f" || f.flag === "--values") && isLiteral(f.value))
          .flatMap((f) => f.value.text.split(","))
          .flatMap((v) => joinRepoPath(base, v) ?? []);
        out.push({
          origin: { kind: "script", name: `helm ${verb}`, loc: { file: t.file, line: cmd.line } },
          path: chart.dir,
          ...(namespace && isLiteral(namespace) ? { namespace: { name: namespace.text, mode: "fill" as const } } : {}),
          recurse: false,
          helm: {
            valueFiles,
            inline: [],
            ...(release && isLiteral(release) ? { releaseName: release.text } : {}),
          },
        });
      });
    }
  }
  return out;
}

/** A kubectl command's flags, read once for each of the things it may do here. */
type KubectlFlags = ReturnType<typeof readFlags>;

const KUBECTL_WANTED = new Set(["-n", "--namespace", "-f", "--filename", "-k", "--kustomize"]);
const KUBECTL_VALUE_FLAGS = new Set([
  "--context",
  "--kubeconfig",
  "--cluster",
  "--user",
  "-l",
  "--selector",
  "-o",
  "--output",
  "--field-manager",
  "--timeout",
  "--dry-run",
]);

/**
 * `kubectl apply -n NS -f PATH` (also `create`, `-k DIR`, `oc`): the repository's manifests at PATH, a file or a
 * folder (its subfolders with `-R`), are deployed into NS where they name no namespace of their own. Read only where
 * the namespace and the path are what the text says, after its variables; a path is taken from the script's folder or
 * from the repository root, whichever holds it.
 */
function appliedWithNamespace(
  t: ShellText,
  line: number,
  words: readonly ShellWord[],
  flags: KubectlFlags,
  manifests: ReadonlySet<string>,
  kustomizations: Pick<ReadonlySet<string>, "has">,
  current: ShellWord | undefined,
): DeployTarget[] {
  const verb = flags.positional[0]?.text;
  if (verb !== "apply" && verb !== "create") return [];
  const namespace = flags.values.find((f) => f.flag === "-n" || f.flag === "--namespace")?.value ?? current;
  if (namespace === undefined || !isLiteral(namespace) || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace.text))
    return [];
  const recurse = words.some((w) => w.text === "-R" || w.text === "--recursive");
  const out: DeployTarget[] = [];
  for (const f of flags.values) {
    const kustomize = f.flag === "-k" || f.flag === "--kustomize";
    if ((!kustomize && f.flag !== "-f" && f.flag !== "--filename") || !isLiteral(f.value)) continue;
    for (const written of f.value.text.split(",")) {
      if (written === "-" || written.includes("://")) continue;
      const path = [t.cwd, ""]
        .map((base) => joinRepoPath(base, written.replace(/\/$/, "")))
        .find((p) => p !== undefined && (kustomize ? kustomizations.has(p || ".") : holdsManifests(p, manifests)));
      if (path === undefined) continue;
      out.push({
        origin: { kind: "script", name: `${toolOf(words)} ${verb}`, loc: { file: t.file, line } },
        path: path || ".",
        namespace: { name: namespace.text, mode: "fill" },
        recurse,
      });
    }
  }
  return out;
}

/** The namespace `kubectl config set-context --current --namespace=X` makes the current context's, else undefined. */
function contextNamespace(words: readonly ShellWord[], flags: KubectlFlags): ShellWord | undefined {
  const [config, verb] = flags.positional.map((w) => w.text);
  if (config !== "config" || verb !== "set-context" || !words.some((w) => w.text === "--current")) return undefined;
  return flags.values.find((f) => f.flag === "--namespace")?.value;
}

/** Whether `path` is a manifest file of the repository, or a folder holding one. */
function holdsManifests(path: string, manifests: ReadonlySet<string>): boolean {
  if (manifests.has(path)) return true;
  const prefix = path === "" ? "" : `${path}/`;
  for (const m of manifests) if (m.startsWith(prefix)) return true;
  return false;
}

function chartAt(charts: ReadonlyMap<string, ChartInfo>, dir: string, written: string): ChartInfo | undefined {
  const path = joinRepoPath(dir, written.replace(/\/$/, ""));
  return path === undefined ? undefined : charts.get(path === "" ? "." : path);
}
