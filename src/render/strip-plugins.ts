// A kustomization without what Kustomize refuses or cannot do offline: plugin entries, helmCharts, remote resources.
import { stringify } from "yaml";
import type { Kustomization } from "./kustomization.js";
import { isRemoteRef } from "./paths.js";

export interface StrippedKustomization {
  text: string;
  /** What was left out, as written ("generator secret-gen.yaml", "remote resource github.com/..."). */
  removed: string[];
}

/** Undefined when there is nothing to strip (a retry would fail the same way). */
export function stripPlugins(k: Kustomization): StrippedKustomization | undefined {
  const body: Record<string, unknown> = structuredClone(k.body);
  const removed: string[] = [];
  for (const field of ["generators", "transformers", "validators"] as const) {
    const plugins = k.plugins.filter((p) => p.field === field);
    if (plugins.length === 0 || !Array.isArray(body[field])) continue;
    const drop = new Set(plugins.map((p) => p.index));
    body[field] = (body[field] as unknown[]).filter((_, i) => !drop.has(i));
    for (const p of plugins) removed.push(`${field.slice(0, -1)} ${p.label}`);
    if ((body[field] as unknown[]).length === 0) delete body[field];
  }
  for (const field of ["helmCharts", "helmGlobals"]) {
    if (body[field] === undefined) continue;
    if (field === "helmCharts") removed.push("helmCharts");
    delete body[field];
  }
  for (const field of ["resources", "bases", "components"]) {
    if (!Array.isArray(body[field])) continue;
    const remote = (body[field] as unknown[]).filter((e) => typeof e === "string" && isRemoteRef(e)) as string[];
    for (const r of remote) removed.push(`remote ${field === "components" ? "component" : "resource"} ${r}`);
    body[field] = (body[field] as unknown[]).filter((e) => !(typeof e === "string" && isRemoteRef(e)));
  }
  if (removed.length === 0) return undefined;
  // Kustomize refuses a kustomization with nothing in it ("is empty"), as a component that only held a plugin becomes.
  if (Object.keys(body).every((key) => ["apiVersion", "kind", "metadata"].includes(key))) body.resources = [];
  return { text: stringify(body), removed };
}
