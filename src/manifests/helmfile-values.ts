// helmfile.yaml releases of the istiod chart -> the mesh config their inline `values:` and `set:` give istiod. A
// values file a release names by path is read as any values file is (`meshConfig:` at its top).
import type { MeshConfigDocument } from "./load.js";
import type { ParsedDocument } from "./parse-yaml.js";
import { isObject } from "./resource.js";

const ISTIOD_CHART = /(?:^|\/)(?:istiod|istio-discovery)$/;

export function helmfileMeshValues(doc: ParsedDocument, file: string): MeshConfigDocument[] {
  if (!isObject(doc.value) || !Array.isArray(doc.value.releases)) return [];
  const out: MeshConfigDocument[] = [];
  doc.value.releases.forEach((release, i) => {
    if (!isObject(release) || typeof release.chart !== "string" || !ISTIOD_CHART.test(release.chart)) return;
    const at = `/releases/${i}`;
    const via = { file, line: doc.lines.get(at) ?? doc.line };
    const sets = setValues(release.set, `${at}/set`, doc.lines);
    if (sets) out.push({ kind: "helm", meshConfig: sets.meshConfig, loc: via, lines: sets.lines, base: "/meshConfig" });
    // helmfile merges values in order: the last entry wins, so it goes first.
    const values = Array.isArray(release.values) ? release.values : [];
    for (let j = values.length - 1; j >= 0; j--) {
      const v = values[j];
      if (!isObject(v) || !isObject(v.meshConfig)) continue;
      const base = `${at}/values/${j}/meshConfig`;
      out.push({
        kind: "HelmValues",
        meshConfig: v.meshConfig,
        loc: { file, line: doc.lines.get(base) ?? via.line },
        lines: doc.lines,
        base,
        via,
      });
    }
  });
  return out;
}

/** `set: [{name: meshConfig.outboundTrafficPolicy.mode, value: REGISTRY_ONLY}]`, as Helm's `--set`. */
function setValues(
  set: unknown,
  pointer: string,
  docLines: Map<string, number>,
): { meshConfig: Record<string, unknown>; lines: Map<string, number> } | undefined {
  if (!Array.isArray(set)) return undefined;
  const meshConfig: Record<string, unknown> = {};
  const lines = new Map<string, number>();
  set.forEach((s, k) => {
    if (!isObject(s) || typeof s.name !== "string" || !s.name.startsWith("meshConfig.") || s.value === undefined)
      return;
    const keys = s.name.split(".").slice(1);
    let at = meshConfig;
    for (const key of keys.slice(0, -1)) at = isObject(at[key]) ? (at[key] as Record<string, unknown>) : (at[key] = {});
    at[keys[keys.length - 1]!] = s.value;
    lines.set(
      `/meshConfig/${keys.join("/")}`,
      docLines.get(`${pointer}/${k}/value`) ?? docLines.get(`${pointer}/${k}`) ?? 1,
    );
  });
  return lines.size > 0 ? { meshConfig, lines } : undefined;
}
