// Every external host reference of a repository: its source and config files, and the values in its manifests.
// Files are scanned on their own, as they are read (`scanRepositoryFile`), so their texts need not be kept; what the
// model and the allowlist decide is applied afterwards (`collectReferences`).
import type { Allowlist } from "../allowlist/types.js";
import { looksLikeBaseline } from "../baseline/detect.js";
import type { EgressModel } from "../model/types.js";
import { classifyHost, inClusterNames } from "./classify.js";
import { environmentOf, type FileEnvironment } from "./environment-names.js";
import { languageOf, languageOfText } from "./language.js";
import { type FileImports, importsOf, readsModules } from "./module-imports.js";
import { scanManifestValues } from "./manifest-values.js";
import { sortReferences } from "./references.js";
import { scanSource } from "./scan-source.js";
import { detachedStrings } from "./detached.js";
import { isScannableSource } from "./scannable.js";
import type { HostReference, UnreadVariable } from "./types.js";
import { matchesAny } from "../glob.js";

export interface SourceText {
  path: string;
  text: string;
}

/**
 * The references of one file as the repository holds it. Skips what `isScannableSource` rejects, baseline files
 * (their `host:` entries are accepted findings) and YAML/JSON files holding Kubernetes objects (their values come
 * from the model). Hosts are external as far as the file alone can tell: the model may still name some of them.
 */
export function scanRepositoryFile(file: SourceText): HostReference[] {
  return isCodeOrConfig(file) ? scanSource(file) : [];
}

/** What reading one file tells: its references, the environment variables it names, the modules it loads. */
export interface ReadFile {
  references: HostReference[];
  environment?: FileEnvironment;
  imports?: FileImports;
}

/** `scanRepositoryFile`, and the environment variables the file names and the modules it loads (for the files it reads). */
export function readRepositoryFile(file: SourceText): ReadFile {
  if (!isCodeOrConfig(file)) return { references: [] };
  const language = languageOfText(file.path, file.text);
  const environment = environmentOf(file.path, file.text);
  const imports = importsOf(file.path, file.text, language);
  // The modules just read tell whether an SDK may be imported: no second search of the text.
  const modulesRead = imports !== undefined && readsModules(file.path, language);
  // Kept after the text, for the whole run: copied so that nothing in them keeps the text alive.
  return detachedStrings({
    references: scanSource(file, modulesRead ? { language, modules: imports.specifiers } : { language }),
    ...(environment ? { environment } : {}),
    ...(imports ? { imports } : {}),
  });
}

function isCodeOrConfig(file: SourceText): boolean {
  return isScannableSource(file.path) && !holdsKubernetesObjects(file) && !isBaselineFile(file);
}

/** `scanRepositoryFile` over many files: for callers that hold the texts. */
export function scanRepositoryFiles(files: readonly SourceText[]): HostReference[] {
  return files.flatMap(scanRepositoryFile);
}

/**
 * Every reference to a host outside the cluster, of every class: those of the scanned files, less the allowlist file
 * (its `host:` entries are approvals, not calls), `ignore.paths` and the hosts the model names in-cluster; plus the
 * manifests' values. Which of them the rules judge is decided by their class and their callers (`judgedReferences`).
 */
export function collectReferences(
  model: EgressModel,
  scanned: readonly HostReference[],
  allowlist?: Allowlist,
  unreadVariable?: UnreadVariable,
): HostReference[] {
  const inCluster = inClusterNames(model);
  const ignoredPaths = allowlist?.ignore.paths ?? [];
  const skippedFile = new Map<string, boolean>();
  const external = new Map<string, boolean>();
  const out: HostReference[] = [];
  for (const ref of scanned) {
    let skip = skippedFile.get(ref.file);
    if (skip === undefined) {
      skip = ref.file === allowlist?.file || matchesAny(ref.file, ignoredPaths);
      skippedFile.set(ref.file, skip);
    }
    if (skip) continue;
    let outside = external.get(ref.host);
    if (outside === undefined) {
      const kind = classifyHost(ref.host, inCluster);
      outside = kind === "external" || kind === "reserved";
      external.set(ref.host, outside);
    }
    if (outside) out.push(ref);
  }
  out.push(...scanManifestValues(model, { inCluster, ...(unreadVariable ? { unreadVariable } : {}) }));
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
