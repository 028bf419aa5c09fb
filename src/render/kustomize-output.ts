// `kustomize build` output -> Resources located where each object was written (its origin annotation says where).
import { parseYamlFile } from "../manifests/parse-yaml.js";
import { asString, isObject, type JsonObject, type Resource } from "../manifests/resource.js";
import type { Kustomization } from "./kustomization.js";
import { resolveInRepo } from "./paths.js";
import { placeObject, takeAnnotation, type Placement } from "./place.js";
import type { SourceDocument, SourceIndex } from "./source-index.js";
import { pointerOf, pointerSteps } from "../manifests/json-pointer.js";
import type { TargetNamespace } from "./types.js";
import type { SourceLocation } from "../model/types.js";

export const ORIGIN_ANNOTATION = "config.kubernetes.io/origin";

export interface KustomizeOutputContext {
  /** The kustomization that was built. */
  kustomizationFile: string;
  /** The origin annotation's path -> a repository path (undefined when it is not in the repository). */
  toRepoPath: (originPath: string) => string | undefined;
  /** Files listed as resources anywhere in the tree, searched when an object carries no usable origin. */
  definitions: readonly string[];
  kustomizations: ReadonlyMap<string, Kustomization>;
  sources: SourceIndex;
  namespace?: TargetNamespace;
  defaultNamespace: string;
  /** Where the linted folder lies in its work tree, for paths a kustomization names. */
  prefix?: string;
}

export function resourcesFromKustomizeOutput(stdout: string, ctx: KustomizeOutputContext): Resource[] {
  return resourcesFromKustomizeObjects(kustomizeOutputObjects(stdout), ctx);
}

export function kustomizeOutputObjects(stdout: string): JsonObject[] {
  return parseYamlFile(stdout).documents.flatMap((d) =>
    isObject(d.value) && typeof d.value.kind === "string" ? [d.value] : [],
  );
}

export function resourcesFromKustomizeObjects(objects: readonly JsonObject[], ctx: KustomizeOutputContext): Resource[] {
  const out: Resource[] = [];
  const patches = patchDocuments(ctx);
  for (const obj of objects) {
    const origin = parseOrigin(takeAnnotation(obj, ORIGIN_ANNOTATION));
    const r = placeObject(obj, placementOf(obj, origin, ctx, patches), ctx.namespace, ctx.defaultNamespace);
    if (r) out.push(r);
  }
  return out;
}

interface Origin {
  path?: string;
  repo?: string;
  configuredIn?: string;
}

function parseOrigin(text: string | undefined): Origin {
  if (!text) return {};
  const value = parseYamlFile(text).documents[0]?.value;
  if (!isObject(value)) return {};
  return { path: asString(value.path), repo: asString(value.repo), configuredIn: asString(value.configuredIn) };
}

function placementOf(
  obj: JsonObject,
  origin: Origin,
  ctx: KustomizeOutputContext,
  patches: readonly PatchDocument[],
): Placement {
  const kind = String(obj.kind);
  const metadata = isObject(obj.metadata) ? obj.metadata : {};
  const name = asString(metadata.name) ?? "";
  const namespace = asString(metadata.namespace);
  const file = origin.repo ? undefined : origin.path !== undefined ? ctx.toRepoPath(origin.path) : undefined;
  const found = ctx.sources.find(file !== undefined ? [file] : ctx.definitions, kind, name, namespace);
  if (found) {
    const patched = patchedFields(obj, kind, name, patches);
    if (patched.size === 0) return { loc: { file: found.file, line: found.line }, lines: found.lines };
    // Patches merge lists by name: the defining document's indexes are re-read against the merged object too.
    const lines = new Map<string, number>();
    for (const [pointer, line] of found.lines) {
      const merged = mergedPointer(found.value, obj, pointer);
      if (merged !== undefined) lines.set(merged, line);
    }
    return { loc: { file: found.file, line: found.line }, lines, patched };
  }
  if (file !== undefined) return { loc: { file, line: 1 }, lines: new Map() };
  const generatedIn = origin.configuredIn !== undefined ? ctx.toRepoPath(origin.configuredIn) : undefined;
  if (generatedIn !== undefined) {
    const generator = generatorOf(ctx, generatedIn, name);
    return {
      loc: { file: generatedIn, line: generator?.line ?? 1 },
      lines: new Map(),
      ...(generator && Object.keys(generator.files).length > 0 ? { dataFiles: generator.files } : {}),
    };
  }
  return { loc: { file: ctx.kustomizationFile, line: 1 }, lines: new Map() };
}

/**
 * The configMapGenerator/secretGenerator entry `name` came from (a prefix and content hash aside): its line, and the
 * files it read each data key from (`files: [a.conf, key=path]`).
 */
function generatorOf(
  ctx: KustomizeOutputContext,
  file: string,
  name: string,
): { line: number; files: Record<string, string> } | undefined {
  const k = [...ctx.kustomizations.values()].find((x) => x.file === file);
  if (!k) return undefined;
  const unhashed = name.replace(/-[a-z0-9]{10}$/, "");
  let best: { length: number; line: number; entry: JsonObject } | undefined;
  for (const field of ["configMapGenerator", "secretGenerator"]) {
    const entries = Array.isArray(k.body[field]) ? (k.body[field] as unknown[]) : [];
    entries.forEach((e, i) => {
      const written = isObject(e) && typeof e.name === "string" ? e.name : "";
      if (written === "" || !unhashed.includes(written) || (best && best.length >= written.length)) return;
      best = { length: written.length, line: k.lines.get(`/${field}/${i}`) ?? 1, entry: e as JsonObject };
    });
  }
  if (!best) return undefined;
  const files: Record<string, string> = {};
  for (const item of Array.isArray(best.entry.files) ? best.entry.files : []) {
    if (typeof item !== "string") continue;
    const eq = item.indexOf("=");
    const written = eq >= 0 ? item.slice(eq + 1) : item;
    const key = eq >= 0 ? item.slice(0, eq) : written.slice(written.lastIndexOf("/") + 1);
    const path = resolveInRepo(k.dir, written, ctx.prefix);
    if (path !== undefined) files[key] = path;
  }
  return { line: best.line, files };
}

/** Pointers a patch document names the object by and its kind repeats: not what the patch changes. */
const IDENTITY = new Set(["", "/apiVersion", "/kind", "/metadata", "/metadata/name", "/metadata/namespace"]);

interface PatchDocument {
  file: string;
  doc: SourceDocument;
}

/**
 * The documents of every file the built kustomization and those it builds on read besides their resources (patches,
 * generator inputs…), innermost kustomization first so that an overlay's patch wins over its base's.
 */
function patchDocuments(ctx: KustomizeOutputContext): PatchDocument[] {
  const byFile = new Map([...ctx.kustomizations.values()].map((k) => [k.file, k]));
  const out: PatchDocument[] = [];
  const seen = new Set<string>();
  const visit = (k: Kustomization | undefined) => {
    if (!k || seen.has(k.file)) return;
    seen.add(k.file);
    for (const dir of k.includes) visit(ctx.kustomizations.get(dir));
    for (const file of k.otherFiles) for (const doc of ctx.sources.documents(file)) out.push({ file, doc });
  };
  visit(byFile.get(ctx.kustomizationFile));
  return out;
}

/**
 * Where strategic-merge patches wrote the object's fields: a patch is a document of the same kind whose name the
 * rendered one contains (a prefix or suffix aside).
 */
function patchedFields(
  obj: JsonObject,
  kind: string,
  name: string,
  patches: readonly PatchDocument[],
): Map<string, SourceLocation> {
  const out = new Map<string, SourceLocation>();
  for (const { file, doc } of patches) {
    if (doc.kind !== kind || doc.name === "" || !name.includes(doc.name)) continue;
    for (const [pointer, line] of doc.lines) {
      if (IDENTITY.has(pointer)) continue;
      const merged = mergedPointer(doc.value, obj, pointer);
      if (merged !== undefined) out.set(merged, { file, line });
    }
  }
  return out;
}

/**
 * A pointer into a patch document -> the same field in the merged object. Lists of named objects (containers, env,
 * ports) merge by name, so an item is found by its name; other lists are replaced whole, and keep their indexes.
 */
function mergedPointer(patch: unknown, merged: unknown, pointer: string): string | undefined {
  let from: unknown = patch;
  let to: unknown = merged;
  const path: (string | number)[] = [];
  for (const step of pointerSteps(pointer)) {
    if (Array.isArray(from)) {
      if (!Array.isArray(to)) return undefined;
      const item = from[Number(step)];
      const named = isObject(item) && typeof item.name === "string" ? item.name : undefined;
      const j = named !== undefined ? to.findIndex((x) => isObject(x) && x.name === named) : Number(step);
      if (!(j >= 0 && j < to.length)) return undefined;
      path.push(j);
      from = item;
      to = to[j];
    } else {
      if (!isObject(from) || !isObject(to) || !(step in to)) return undefined;
      path.push(step);
      from = from[step];
      to = to[step];
    }
  }
  return pointerOf(path);
}
