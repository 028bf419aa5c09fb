// A kustomization file -> what it builds on and which repository files it reads. Pure: the caller gives the file list.
import { parseYamlFile } from "../manifests/parse-yaml.js";
import { asString, isObject, type JsonObject } from "../manifests/resource.js";
import { dirOf, isOutsideFolder, isRemoteRef, resolveInRepo, sortedUnique } from "./paths.js";

export const KUSTOMIZATION_FILE_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"] as const;

/** A generator, transformer or validator entry that is not one of Kustomize's builtins. */
export interface PluginEntry {
  field: "generators" | "transformers" | "validators";
  /** The entry as written (a path), or the plugin's kind for an inline configuration. */
  label: string;
  /** Its index in the list. */
  index: number;
  line: number;
}

export interface Kustomization {
  file: string;
  dir: string;
  isComponent: boolean;
  namespace?: string;
  /** Local kustomization directories it builds on (resources, bases, components). */
  includes: string[];
  /** Local files listed as resources: the files that define objects. */
  resourceFiles: string[];
  /** Every other local file it reads: patches, generator inputs, plugin configurations, ... */
  otherFiles: string[];
  /** Resources fetched over the network. */
  remote: string[];
  /** Local references that do not exist: Kustomize will fail on them. */
  missing: string[];
  /** Local references that leave the repository: such a tree is never built, its output could show any file. */
  outside: string[];
  /** Paths into the work tree outside the linted folder that the file list does not hold (yet): see `prefix`. */
  beyond: string[];
  plugins: PluginEntry[];
  /** helmCharts needs `--enable-helm`, which is never passed (it runs helm and fetches charts). */
  helmCharts: boolean;
  /** The parsed document, for strip-and-retry and for pointing at generator entries. */
  body: JsonObject;
  lines: Map<string, number>;
  /** The text could not be read as a kustomization. */
  problem?: string;
}

export interface RepoFiles {
  /** Every file path of the repository (relative). */
  files: ReadonlySet<string>;
  /** Directory -> its kustomization file. */
  kustomizations: ReadonlyMap<string, string>;
  textOf: (path: string) => string | undefined;
  /** Where the linted folder lies in its git work tree: a kustomization may build on files anywhere in it. */
  prefix?: string;
}

const INCLUDE_FIELDS = ["resources", "bases", "components"] as const;
const PLUGIN_FIELDS = ["generators", "transformers", "validators"] as const;

export function parseKustomization(file: string, text: string, repo: RepoFiles): Kustomization {
  const dir = dirOf(file);
  const parsed = parseYamlFile(text);
  const doc = parsed.documents[0];
  const body = doc && isObject(doc.value) ? doc.value : {};
  const k: Kustomization = {
    file,
    dir,
    isComponent: body.kind === "Component",
    namespace: asString(body.namespace) || undefined,
    includes: [],
    resourceFiles: [],
    otherFiles: [],
    remote: [],
    missing: [],
    outside: [],
    beyond: [],
    plugins: [],
    helmCharts: Array.isArray(body.helmCharts) && body.helmCharts.length > 0,
    body,
    lines: doc?.lines ?? new Map(),
  };
  if (parsed.problems.length > 0 || !doc) k.problem = parsed.problems[0]?.message ?? "empty kustomization";
  for (const field of INCLUDE_FIELDS) {
    for (const entry of listOf(body[field])) {
      const ref = asString(entry);
      if (ref === undefined) continue;
      if (isRemoteRef(ref)) {
        k.remote.push(ref);
        continue;
      }
      const target = resolveInRepo(dir, ref, repo.prefix);
      if (target === undefined) k.outside.push(ref);
      else if (repo.kustomizations.has(target)) k.includes.push(target);
      else if (repo.files.has(target)) k.resourceFiles.push(target);
      else {
        k.missing.push(ref);
        if (isOutsideFolder(target)) k.beyond.push(target);
      }
    }
  }
  for (const field of PLUGIN_FIELDS) {
    listOf(body[field]).forEach((entry, i) => {
      const line = k.lines.get(`/${field}/${i}`) ?? k.lines.get(`/${field}`) ?? 1;
      const plugin = pluginOf(entry, dir, repo);
      if (plugin) k.plugins.push({ field, label: plugin, index: i, line });
    });
  }
  const others = new Set<string>();
  const beyond = new Set(k.beyond);
  collectFileRefs(body, dir, repo, { files: others, beyond }, INCLUDE_FIELDS);
  k.beyond = sortedUnique(beyond);
  k.otherFiles = sortedUnique([...others].filter((f) => !k.resourceFiles.includes(f) && f !== file));
  k.includes = sortedUnique(k.includes);
  k.resourceFiles = sortedUnique(k.resourceFiles);
  return k;
}

function listOf(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** A non-builtin entry's label; undefined for builtins and for kustomization directories (Kustomize builds those). */
function pluginOf(entry: unknown, dir: string, repo: RepoFiles): string | undefined {
  if (isObject(entry)) return entry.apiVersion === "builtin" ? undefined : String(entry.kind ?? "inline plugin");
  const ref = asString(entry);
  if (ref === undefined) return undefined;
  const inline = ref.includes("\n");
  const target = inline ? undefined : resolveInRepo(dir, ref, repo.prefix);
  if (target !== undefined && repo.kustomizations.has(target)) return undefined;
  const text = inline ? ref : target !== undefined && repo.files.has(target) ? repo.textOf(target) : undefined;
  if (text === undefined) return ref;
  const docs = parseYamlFile(text)
    .documents.map((d) => d.value)
    .filter(isObject);
  if (docs.length > 0 && docs.every((d) => d.apiVersion === "builtin")) return undefined;
  return inline ? String(docs[0]?.kind ?? "inline plugin") : ref;
}

/**
 * Any string value naming an existing repository file is a file the build reads: patches, generator inputs
 * (`key=path` too), configurations, replacements. Walking every value keeps up with fields Kustomize adds.
 */
function collectFileRefs(
  v: unknown,
  dir: string,
  repo: RepoFiles,
  out: { files: Set<string>; beyond: Set<string> },
  skipKeys: readonly string[],
): void {
  if (typeof v === "string") {
    for (const candidate of [v, v.slice(v.indexOf("=") + 1)]) {
      const target =
        candidate === "" || candidate.includes("\n") ? undefined : resolveInRepo(dir, candidate, repo.prefix);
      if (target !== undefined && repo.files.has(target)) out.files.add(target);
      else if (target !== undefined && isOutsideFolder(target)) out.beyond.add(target);
    }
  } else if (Array.isArray(v)) {
    for (const item of v) collectFileRefs(item, dir, repo, out, []);
  } else if (isObject(v)) {
    for (const [key, value] of Object.entries(v))
      if (!skipKeys.includes(key)) collectFileRefs(value, dir, repo, out, []);
  }
}
