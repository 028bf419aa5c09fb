// Which DestinationRule configures a service's clusters for a proxy (push_context.go destinationRule): the proxy's
// namespace first, then the service's namespace, then the root namespace, each by most specific host.
import { selectorMatches } from "../model/sidecar-scope.js";
import type { DestinationRule } from "../model/types.js";
import { isExportedTo } from "../model/visibility.js";
import type { SimContext } from "./context.js";
import { isWildcarded, mostSpecificMatch, resolveShortname } from "./hostnames.js";
import type { ProxyFacts } from "./proxy.js";
import type { MeshService } from "./services.js";

/** The rules of one level by host: the first of each host, in the order they were written, as Istio keeps them. */
interface Level {
  exact: Map<string, DestinationRule>;
  wild: Map<string, DestinationRule>;
}

function levelOf(ctx: SimContext, candidates: DestinationRule[]): Level {
  const exact = new Map<string, DestinationRule>();
  const wild = new Map<string, DestinationRule>();
  for (const dr of [...candidates].sort((a, b) => a.order - b.order)) {
    const host = resolveShortname(dr.host, dr.namespace, ctx.model.mesh.clusterDomain);
    const m = isWildcarded(host) ? wild : exact;
    if (!m.has(host)) m.set(host, dr);
  }
  return { exact, wild };
}

/** A proxy's levels: its own namespace's, each service namespace's (by name) and the root namespace's. */
interface ProxyLevels {
  own: Level;
  root: Level;
  byNamespace: Map<string, Level>;
  applies: DestinationRule[];
}

// Asked once per service a proxy's cluster table lists: the levels depend only on the proxy, so they are built once.
const levelsByContext = new WeakMap<SimContext, WeakMap<ProxyFacts, ProxyLevels>>();

function levelsOf(ctx: SimContext, proxy: ProxyFacts): ProxyLevels {
  let byProxy = levelsByContext.get(ctx);
  if (!byProxy) levelsByContext.set(ctx, (byProxy = new WeakMap()));
  let levels = byProxy.get(proxy);
  if (!levels) {
    // Rules with a workload selector only configure the workloads they select.
    const applies = ctx.model.destinationRules.filter(
      (dr) => !dr.workloadSelector || selectorMatches(dr.workloadSelector, proxy.labels),
    );
    levels = {
      own: levelOf(
        ctx,
        applies.filter((dr) => dr.namespace === proxy.namespace),
      ),
      root: levelOf(
        ctx,
        applies.filter((dr) => dr.namespace === ctx.model.mesh.rootNamespace && exportedTo(ctx, dr, proxy)),
      ),
      byNamespace: new Map(),
      applies,
    };
    byProxy.set(proxy, levels);
  }
  return levels;
}

function exportedTo(ctx: SimContext, dr: DestinationRule, proxy: ProxyFacts): boolean {
  return isExportedTo(dr.exportTo, ctx.model.mesh.defaultDestinationRuleExportTo, dr.namespace, proxy.namespace);
}

export function destinationRuleFor(ctx: SimContext, proxy: ProxyFacts, svc: MeshService): DestinationRule | undefined {
  const levels = levelsOf(ctx, proxy);
  let theirs = levels.byNamespace.get(svc.namespace);
  if (!theirs) {
    theirs = levelOf(
      ctx,
      levels.applies.filter((dr) => dr.namespace === svc.namespace && exportedTo(ctx, dr, proxy)),
    );
    levels.byNamespace.set(svc.namespace, theirs);
  }
  return (
    mostSpecificMatch(svc.hostname, levels.own.exact, levels.own.wild) ??
    mostSpecificMatch(svc.hostname, theirs.exact, theirs.wild) ??
    mostSpecificMatch(svc.hostname, levels.root.exact, levels.root.wild)
  );
}
