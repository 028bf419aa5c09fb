// ExternalName aliases (Istio 1.21+): the concrete service learns the hostnames that alias it.
import { cmp } from "../findings.js";
import type { MeshService } from "./services.js";

/**
 * ExternalName aliases point at a hostname; chains of aliases are followed, loops dropped. Each concrete service
 * learns its aliases sorted by (namespace, hostname), as push_context.go resolveServiceAliases does.
 */
export function resolveAliases(services: MeshService[]): void {
  const raw = new Map<string, string>();
  for (const s of services) if (s.resolution === "Alias") raw.set(s.hostname, s.aliasFor ?? "");
  const byConcrete = new Map<string, { hostname: string; namespace: string }[]>();
  for (const s of services) {
    if (s.resolution !== "Alias") continue;
    let target = s.aliasFor ?? "";
    const seen = new Set([s.hostname, target]);
    let ok = true;
    while (raw.has(target)) {
      const next = raw.get(target)!;
      if (seen.has(next)) {
        ok = false;
        break;
      }
      seen.add(next);
      target = next;
    }
    if (!ok) continue;
    const list = byConcrete.get(target) ?? [];
    list.push({ hostname: s.hostname, namespace: s.namespace });
    byConcrete.set(target, list);
  }
  for (const list of byConcrete.values())
    list.sort((a, b) => cmp(a.namespace, b.namespace) || cmp(a.hostname, b.hostname));
  for (const s of services) {
    const list = byConcrete.get(s.hostname);
    if (list && s.resolution !== "Alias") s.aliases = list;
  }
}
