// Every external host reference of a repository: its source and config files, and the values in its manifests.
import { minimatch } from "minimatch";
import type { Allowlist } from "../allowlist/types.js";
import { looksLikeBaseline } from "../baseline/detect.js";
import type { EgressModel } from "../model/types.js";
import { inClusterNames } from "./classify.js";
import { languageOf } from "./language.js";
import { scanManifestValues } from "./manifest-values.js";
import { sortReferences } from "./references.js";
import { scanSource } from "./scan-source.js";
import { isScannableSource, type ScannableOptions } from "./scannable.js";
import type { HostReference } from "./types.js";

export interface SourceText {
  path: string;
  text: string;
}

/**
 * Skips, besides what `isScannableSource` rejects: the allowlist file (its `host:` entries are approvals, not
 * calls), baseline files (their `host:` entries are accepted findings), `ignore.paths`, and YAML/JSON files holding
 * Kubernetes objects (their values come from the model).
 */
export function collectReferences(
  model: EgressModel,
  sources: readonly SourceText[],
  allowlist?: Allowlist,
  options: ScannableOptions = {},
): HostReference[] {
  const inCluster = inClusterNames(model);
  const ignoredPaths = allowlist?.ignore.paths ?? [];
  const out: HostReference[] = [];
  for (const file of sources) {
    if (file.path === allowlist?.file || !isScannableSource(file.path, options)) continue;
    if (ignoredPaths.some((glob) => minimatch(file.path, glob, { dot: true }))) continue;
    if (holdsKubernetesObjects(file) || isBaselineFile(file)) continue;
    out.push(...scanSource(file, { inCluster }));
  }
  out.push(...scanManifestValues(model, { inCluster }));
  return sortReferences(out);
}

function isBaselineFile(file: SourceText): boolean {
  return languageOf(file.path) === "yaml" && looksLikeBaseline(file.text);
}

/** A YAML or JSON file with a top-level `apiVersion` and `kind` is a manifest, not application config. */
export function holdsKubernetesObjects(file: SourceText): boolean {
  const language = languageOf(file.path);
  if (language === "yaml") return /^apiVersion:[ \t]*\S/m.test(file.text) && /^kind:[ \t]*\S/m.test(file.text);
  if (language === "json") return /"apiVersion"\s*:/.test(file.text) && /"kind"\s*:/.test(file.text);
  return false;
}
