// Which DestinationRule configures a service's clusters for a proxy (push_context.go destinationRule): the proxy's
// namespace first, then the service's namespace, then the root namespace, each by most specific host.
import { selectorMatches } from "../model/sidecar-scope.js";
import type { DestinationRule } from "../model/types.js";
import { isExportedTo } from "../model/visibility.js";
import type { SimContext } from "./context.js";
import { isWildcarded, mostSpecificMatch, resolveShortname } from "./hostnames.js";
import type { ProxyFacts } from "./proxy.js";
import type { MeshService } from "./services.js";

function pick(ctx: SimContext, candidates: DestinationRule[], hostname: string): DestinationRule | undefined {
  const exact = new Map<string, DestinationRule>();
  const wild = new Map<string, DestinationRule>();
  for (const dr of [...candidates].sort((a, b) => a.order - b.order)) {
    const host = resolveShortname(dr.host, dr.namespace, ctx.model.mesh.clusterDomain);
    const m = isWildcarded(host) ? wild : exact;
    if (!m.has(host)) m.set(host, dr);
  }
  return mostSpecificMatch(hostname, exact, wild);
}

export function destinationRuleFor(ctx: SimContext, proxy: ProxyFacts, svc: MeshService): DestinationRule | undefined {
  const root = ctx.model.mesh.rootNamespace;
  // Rules with a workload selector only configure the workloads they select.
  const applies = ctx.model.destinationRules.filter(
    (dr) => !dr.workloadSelector || selectorMatches(dr.workloadSelector, proxy.labels),
  );
  const exported = (dr: DestinationRule) =>
    isExportedTo(dr.exportTo, ctx.model.mesh.defaultDestinationRuleExportTo, dr.namespace, proxy.namespace);
  return (
    pick(
      ctx,
      applies.filter((dr) => dr.namespace === proxy.namespace),
      svc.hostname,
    ) ??
    pick(
      ctx,
      applies.filter((dr) => dr.namespace === svc.namespace && exported(dr)),
      svc.hostname,
    ) ??
    pick(
      ctx,
      applies.filter((dr) => dr.namespace === root && exported(dr)),
      svc.hostname,
    )
  );
}
