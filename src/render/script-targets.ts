// `helm install|upgrade RELEASE ./charts/app -n shop -f values-prod.yaml` in a script: the chart is deployed into that
// namespace with those values, as an Argo CD Application would say. `helm template … | kubectl apply -f -` (or
// through `istioctl kube-inject`) deploys too. Only a chart of the repository, named by a literal path, is a target; a
// namespace or a values file the text cannot resolve (`$NS`) leaves that part out, never guessed.
import { commandWords, HELM_VALUE_FLAGS, isLiteral, readFlags, toolOf } from "../model/command-words.js";
import type { ShellText } from "../model/script-texts.js";
import { joinRepoPath } from "../provenance/paths.js";
import { readPipelines } from "../provenance/shell-pipelines.js";
import type { ChartInfo } from "./plan.js";
import type { DeployTarget } from "./types.js";

const WANTED = new Set(["-n", "--namespace", "-f", "--values"]);
const APPLIERS = new Set(["kubectl", "oc", "istioctl"]);
const APPLIES = /\b(?:kubectl|oc)\s+(?:[\w-]+\s+)*?(?:apply|create)\b|\bkube-inject\b/;

export function scriptTargets(texts: readonly ShellText[], charts: ReadonlyMap<string, ChartInfo>): DeployTarget[] {
  const out: DeployTarget[] = [];
  for (const t of texts) {
    if (!/\bhelm\b/.test(t.text)) continue;
    const appliesFiles = APPLIES.test(t.text);
    for (const pipeline of readPipelines(t.text, t.firstLine)) {
      pipeline.forEach((cmd, i) => {
        const words = commandWords(cmd);
        if (toolOf(words) !== "helm") return;
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

function chartAt(charts: ReadonlyMap<string, ChartInfo>, dir: string, written: string): ChartInfo | undefined {
  const path = joinRepoPath(dir, written.replace(/\/$/, ""));
  return path === undefined ? undefined : charts.get(path === "" ? "." : path);
}
