// Helm values written inline (Argo CD `values`/`valuesObject`, Flux `spec.values`) and the mesh config they carry.
import type { MeshConfigDocument } from "../manifests/load.js";
import { escapePointer, parseYamlFile } from "../manifests/parse-yaml.js";
import { get, isObject, type Resource } from "../manifests/resource.js";
import type { InlineValues } from "./types.js";

/** Inline values at `path` of the resource: an object as written, or a YAML string (Argo CD's `values: |`). */
export function inlineValuesAt(r: Resource, path: readonly string[]): InlineValues | undefined {
  const v = get(r.body, ...path);
  const pointer = path.map((p) => `/${escapePointer(p)}`).join("");
  const keyLine = r.lines.get(pointer) ?? r.loc.line;
  if (isObject(v)) return { value: v, loc: { file: r.loc.file, line: keyLine }, base: pointer, lines: r.lines };
  if (typeof v !== "string" || v.trim() === "") return undefined;
  const doc = parseYamlFile(v).documents[0];
  if (!doc || !isObject(doc.value)) return undefined;
  // A block scalar's first line is the one after its key.
  const lines = new Map<string, number>();
  for (const [p, line] of doc.lines) lines.set(p, keyLine + line);
  return { value: doc.value, loc: { file: r.loc.file, line: keyLine }, base: "", lines };
}

/** The istiod chart's `meshConfig` value, as a mesh config source located where it was written. */
export function meshDocumentOf(values: InlineValues): MeshConfigDocument | undefined {
  if (!isObject(values.value.meshConfig)) return undefined;
  const base = `${values.base}/meshConfig`;
  return {
    kind: "HelmValues",
    meshConfig: values.value.meshConfig,
    loc: { file: values.loc.file, line: values.lines.get(base) ?? values.loc.line },
    lines: values.lines,
    base,
  };
}

/** Argo CD `helm.parameters` (`{name, value}`, Helm's `--set`) as values, each key located at its parameter's value. */
export function parameterValues(r: Resource, path: readonly string[]): InlineValues | undefined {
  const list = get(r.body, ...path);
  if (!Array.isArray(list)) return undefined;
  const pointer = path.map((p) => `/${escapePointer(p)}`).join("");
  const value: Record<string, unknown> = {};
  const lines = new Map<string, number>();
  list.forEach((p, i) => {
    // An index (`a[0]`) or an escaped dot names what a plain map cannot hold: left to Helm.
    if (!isObject(p) || typeof p.name !== "string" || p.value === undefined || /[[\\]/.test(p.name)) return;
    const keys = p.name.split(".");
    let at = value;
    keys.forEach((k, depth) => {
      const line = r.lines.get(`${pointer}/${i}/value`) ?? r.lines.get(`${pointer}/${i}`) ?? r.loc.line;
      const keyPointer = keys
        .slice(0, depth + 1)
        .map((x) => `/${escapePointer(x)}`)
        .join("");
      if (depth === keys.length - 1 || !lines.has(keyPointer)) lines.set(keyPointer, line);
      if (depth === keys.length - 1) at[k] = p.value;
      else at = isObject(at[k]) ? (at[k] as Record<string, unknown>) : (at[k] = {});
    });
  });
  if (lines.size === 0) return undefined;
  return { value, loc: { file: r.loc.file, line: r.lines.get(pointer) ?? r.loc.line }, base: "", lines };
}
