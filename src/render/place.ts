// A rendered object -> a Resource located in the repository file that defines it, so later stages need no changes.
import { resourcesFromDocument, type JsonObject, type Resource } from "../manifests/resource.js";
import { isObject } from "../manifests/resource.js";
import type { SourceLocation } from "../model/types.js";
import { isClusterScoped } from "./cluster-scoped.js";
import type { TargetNamespace } from "./types.js";

export interface Placement {
  loc: SourceLocation;
  /** Pointer -> line in loc.file; empty when only the object's own line is known. */
  lines: Map<string, number>;
  /** A generated ConfigMap's data keys -> the files they were read from. */
  dataFiles?: Record<string, string>;
  /** Fields patches wrote -> where (see Resource.patched). */
  patched?: Map<string, SourceLocation>;
}

/** Namespaces as the deploying tool sets them: "fill" gives one to objects without, "override" replaces any. */
export function placeObject(
  obj: JsonObject,
  at: Placement,
  namespace: TargetNamespace | undefined,
  defaultNamespace: string,
): Resource | undefined {
  const kind = typeof obj.kind === "string" ? obj.kind : "";
  if (namespace?.mode === "override" && !isClusterScoped(kind)) {
    obj.metadata = { ...(isObject(obj.metadata) ? obj.metadata : {}), namespace: namespace.name };
  }
  const lines =
    at.lines.size > 0
      ? at.lines
      : new Map([
          ["", at.loc.line],
          ["/kind", at.loc.line],
        ]);
  const fill = namespace?.mode === "fill" ? namespace.name : defaultNamespace;
  const r = resourcesFromDocument({ value: obj, line: at.loc.line, lines }, at.loc.file, fill)[0];
  if (!r) return r;
  return {
    ...r,
    ...(at.dataFiles ? { dataFiles: at.dataFiles } : {}),
    ...(at.patched && at.patched.size > 0 ? { patched: at.patched } : {}),
  };
}

/** Removes an annotation a render added (and the annotations map if it is left empty). */
export function takeAnnotation(obj: JsonObject, key: string): string | undefined {
  const metadata = obj.metadata;
  if (!isObject(metadata) || !isObject(metadata.annotations)) return undefined;
  const value = metadata.annotations[key];
  delete metadata.annotations[key];
  if (Object.keys(metadata.annotations).length === 0) delete metadata.annotations;
  return typeof value === "string" ? value : undefined;
}

/** Removes a label a render added (and the labels map if it is left empty). */
export function takeLabel(obj: JsonObject, key: string): string | undefined {
  const metadata = obj.metadata;
  if (!isObject(metadata) || !isObject(metadata.labels)) return undefined;
  const value = metadata.labels[key];
  delete metadata.labels[key];
  if (Object.keys(metadata.labels).length === 0) delete metadata.labels;
  return typeof value === "string" ? value : undefined;
}
