// Where a suggested ServiceEntry lives and whom it is exported to: as narrow as the callers allow.
import { cmp } from "../findings.js";
import type { Caller } from "../rules/callers.js";

export interface Placement {
  namespace: string;
  exportTo: string[];
}

/**
 * Callers in namespaces: the entry goes in `chosen` (the `--namespace` flag) or else the first calling namespace, and
 * is exported to the calling namespaces only (`.` for its own). Code no workload is mapped to may run anywhere, so
 * its entry is exported to `*`, and lives in `chosen` or else the mesh's root namespace, where mesh-wide config is kept.
 */
export function placeFor(callers: readonly Caller[], rootNamespace: string, chosen?: string): Placement {
  if (callers.some((c) => c.meshWide)) return { namespace: chosen ?? rootNamespace, exportTo: ["*"] };
  const namespaces = [...new Set(callers.map((c) => c.namespace))].sort(cmp);
  const namespace = chosen ?? namespaces[0]!;
  return { namespace, exportTo: exportList(namespaces, namespace) };
}

/** `.` first for the entry's own namespace, then the others by name. */
export function exportList(namespaces: readonly string[], own: string): string[] {
  const others = [...new Set(namespaces.filter((n) => n !== own && n !== "."))].sort(cmp);
  return namespaces.some((n) => n === own || n === ".") ? [".", ...others] : others;
}

export function describeCallers(callers: readonly Caller[]): string {
  const names = [
    ...new Set(
      callers.map((c) =>
        c.meshWide
          ? "any workload (no workload is mapped to the code)"
          : c.workload === undefined
            ? `namespace ${c.namespace}`
            : `${c.namespace}/${c.workload}`,
      ),
    ),
  ].sort(cmp);
  return names.length > 3 ? `${names.slice(0, 3).join(", ")} and ${names.length - 3} more` : names.join(", ");
}
