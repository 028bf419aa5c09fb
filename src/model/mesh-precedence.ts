// Which of the repository's mesh config sources istiod ends up with, and the sentence that says why.
import { cmp } from "../findings.js";
import type { MeshSource } from "./mesh-policy.js";

/**
 * Later stages overwrite earlier ones on a real cluster: an install (istioctl or Helm) renders the `istio`
 * ConfigMap from its files and `--set` flags, and istiod reads that ConfigMap, which a manifest or a kubectl edit may
 * replace afterwards. `--mesh-config` is the user's word over all of it.
 */
const STAGES = [
  { rank: 0, why: "--mesh-config overrides the repository" },
  { rank: 1, why: "the istio ConfigMap is what istiod reads" },
  { rank: 2, why: "a kubectl edit of the istio ConfigMap changes what istiod reads" },
  { rank: 3, why: "an install command's --set overrides its files and the repository's values" },
  { rank: 4, why: "the file an install command applies overrides values no command names" },
  { rank: 5, why: "an IstioOperator or Helm values file configures istiod at install" },
] as const;

function rankOf(s: MeshSource): number {
  switch (s.kind) {
    case "MeshConfigFile":
      return 0;
    case "ConfigMap":
      return 1;
    case "kubectl":
      return 2;
    case "istioctl":
    case "helm":
      return 3;
    default:
      return s.via ? 4 : s.kind === "IstioOperator" ? 5 : 6;
  }
}

/** Commands run top to bottom: among commands of one stage, the last one written in a file wins. */
function commandLine(s: MeshSource): number | undefined {
  return (
    s.via?.line ?? (s.kind === "kubectl" || s.kind === "istioctl" || s.kind === "helm" ? s.at([]).line : undefined)
  );
}

/** The sources, the one that wins first; equal stages keep the order they came in. */
export function orderMeshSources(sources: readonly MeshSource[]): MeshSource[] {
  return sources
    .map((s, i) => ({ s, i, rank: rankOf(s), line: commandLine(s) }))
    .sort((a, b) => {
      if (a.rank !== b.rank) return a.rank - b.rank;
      if (a.line !== undefined && b.line !== undefined) {
        const fa = a.s.at([]).file;
        const fb = b.s.at([]).file;
        if (fa !== fb) return cmp(fa, fb);
        if (a.line !== b.line) return b.line - a.line;
      }
      return a.i - b.i;
    })
    .map((x) => x.s);
}

/** Why `winner` wins, naming the kinds of the sources it wins over. */
export function whyItWins(winner: MeshSource, others: readonly MeshSource[]): string {
  const rank = rankOf(winner);
  const reason =
    rank === 6 ? "Helm values for istiod configure it at install" : STAGES.find((s) => s.rank === rank)!.why;
  if (others.length === 0) return `the only source that sets outboundTrafficPolicy.mode (${reason})`;
  const same = others.filter((o) => rankOf(o) === rank);
  const tie =
    same.length > 0 ? "; of sources at the same stage, the last command in a file, else the first read, wins" : "";
  const kinds = [...new Set(others.map((o) => o.kind))].join(", ");
  return `${reason}, so it wins over ${kinds}${tie}`;
}
