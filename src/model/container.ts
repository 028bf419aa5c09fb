// What a container's spec says beyond its fields, derived where it is needed. Imports types only: the scan's threads
// load it.
import type { Container } from "./types.js";

/** Names of the ConfigMaps (in the pod's namespace) a container reads, by key, whole as variables or as files. */
export function configMapsOf(c: Container): string[] {
  return [
    ...new Set([...c.configMapFiles, ...c.configMapKeys.map((k) => k.configMap), ...c.envFrom.map((e) => e.configMap)]),
  ].sort();
}
