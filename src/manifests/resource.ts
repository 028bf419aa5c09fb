// Parsed documents -> Kubernetes-shaped resources that remember where each of their fields was written.
import type { SourceLocation } from "../model/types.js";
import { pointerOf } from "./json-pointer.js";
import { lineOf, type ParsedDocument } from "./parse-yaml.js";

export interface Resource {
  apiVersion: string;
  /** API group ("" for the core group) and version, split from apiVersion. */
  group: string;
  version: string;
  kind: string;
  name: string;
  namespace: string;
  /** False when metadata.namespace was absent and the default namespace was assumed. */
  namespaceExplicit: boolean;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** The whole object as written. */
  body: Record<string, unknown>;
  loc: SourceLocation;
  /** JSON pointer relative to the object -> line. */
  lines: Map<string, number>;
  /**
   * A generated ConfigMap's or Secret's data key -> the repository file Kustomize read it from (`files:`), whose lines
   * its value's lines are.
   */
  dataFiles?: Record<string, string>;
  /**
   * Fields a Kustomize patch wrote, by JSON pointer: where the patch file says them. A rendered object is located in
   * the document that defines it (`loc`, `lines`); what an overlay's patch adds or changes is in another file.
   */
  patched?: Map<string, SourceLocation>;
}

export type JsonObject = Record<string, unknown>;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function looksLikeKubernetesObject(v: unknown): v is JsonObject {
  return isObject(v) && typeof v.apiVersion === "string" && typeof v.kind === "string";
}

/** A document may hold one object or a `kind: List` of them. */
export function resourcesFromDocument(doc: ParsedDocument, file: string, defaultNamespace: string): Resource[] {
  const value = doc.value;
  if (!looksLikeKubernetesObject(value)) return [];
  if (String(value.kind).endsWith("List") && Array.isArray(value.items)) {
    const items = Array.isArray(value.items) ? value.items : [];
    return items.flatMap((item, i) => {
      if (!looksLikeKubernetesObject(item)) return [];
      const lines = subtree(doc.lines, `/items/${i}`);
      return [toResource(item, file, lines.get("") ?? doc.line, lines, defaultNamespace)];
    });
  }
  return [toResource(value, file, doc.line, doc.lines, defaultNamespace)];
}

function subtree(lines: Map<string, number>, prefix: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [pointer, line] of lines) {
    if (pointer === prefix) out.set("", line);
    else if (pointer.startsWith(`${prefix}/`)) out.set(pointer.slice(prefix.length), line);
  }
  return out;
}

function toResource(
  obj: JsonObject,
  file: string,
  line: number,
  lines: Map<string, number>,
  defaultNamespace: string,
): Resource {
  const apiVersion = String(obj.apiVersion);
  const slash = apiVersion.indexOf("/");
  const metadata = isObject(obj.metadata) ? obj.metadata : {};
  const ns = typeof metadata.namespace === "string" && metadata.namespace !== "" ? metadata.namespace : undefined;
  // The resource's own line is that of `kind:`, which users recognise; documents often start with comments.
  const kindLine = lines.get("/kind") ?? line;
  return {
    apiVersion,
    group: slash === -1 ? "" : apiVersion.slice(0, slash),
    version: slash === -1 ? apiVersion : apiVersion.slice(slash + 1),
    kind: String(obj.kind),
    name: typeof metadata.name === "string" ? metadata.name : String(metadata.name ?? metadata.generateName ?? ""),
    namespace: ns ?? defaultNamespace,
    namespaceExplicit: ns !== undefined,
    labels: stringMap(metadata.labels),
    annotations: stringMap(metadata.annotations),
    body: obj,
    loc: { file, line: kindLine },
    lines,
  };
}

export function stringMap(v: unknown): Record<string, string> {
  if (!isObject(v)) return {};
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(v)) if (val !== null && val !== undefined) out[k] = String(val);
  return out;
}

/**
 * Location of a field of the resource; a missing field points at its nearest written parent. Where a patch wrote the
 * field (or its nearest parent either file holds), the patch's file and line.
 */
export function locOf(r: Resource, path: readonly (string | number)[]): SourceLocation {
  if (r.patched && r.patched.size > 0) {
    for (let depth = path.length; depth > 0; depth--) {
      const pointer = pointerOf(path.slice(0, depth));
      const inPatch = r.patched.get(pointer);
      if (inPatch) return inPatch;
      if (r.lines.has(pointer)) break;
    }
  }
  return { file: r.loc.file, line: lineOf(r.lines, path, r.loc.line) };
}

export function get(obj: unknown, ...path: (string | number)[]): unknown {
  let cur: unknown = obj;
  for (const p of path) {
    if (typeof p === "number") {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[p];
    } else {
      if (!isObject(cur)) return undefined;
      cur = cur[p];
    }
  }
  return cur;
}

export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function asStringArray(v: unknown): string[] {
  return asArray(v)
    .filter((x): x is string | number => typeof x === "string" || typeof x === "number")
    .map(String);
}

export function asString(v: unknown): string | undefined {
  return typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : undefined;
}

export function asNumber(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && /^\d+$/.test(v)) return Number(v);
  return undefined;
}
