// EGR048: two VirtualServices route one host for the same sidecars. istiod keeps the one created first and drops the
// other's routes for that host; a repository rarely records creation times, so the winner the tables show rests on
// an assumption the report states (src/model/creation-order.ts).
import { cmp, type Finding } from "../findings.js";
import type { VirtualService } from "../model/types.js";
import { resolveShortname } from "../routes/hostnames.js";
import { finding, ignores, seName } from "./emit.js";
import type { Rule } from "./types.js";
import { groupByEach } from "../group.js";

export const configOrderAssumed: Rule = {
  name: "config-order-assumed",
  check({ model }) {
    const out: Finding[] = [];
    const forSidecars = model.virtualServices.filter((vs) => vs.gateways.length === 0 || vs.gateways.includes("mesh"));
    const hostsOf = (vs: VirtualService) => [
      ...new Set(vs.hosts.map((h) => resolveShortname(h, vs.namespace, model.mesh.clusterDomain).toLowerCase())),
    ];
    const byHost = groupByEach(forSidecars, hostsOf);
    const seen = new Set<string>();
    for (const [host, list] of [...byHost].sort(([a], [b]) => cmp(a, b))) {
      const ordered = [...list].sort((a, b) => a.order - b.order);
      for (let i = 0; i < ordered.length; i++) {
        for (let j = i + 1; j < ordered.length; j++) {
          const [winner, loser] = [ordered[i]!, ordered[j]!];
          if (winner.created !== undefined && loser.created !== undefined) continue;
          if (!sameAudience(winner, loser) || ignores(loser.ignoredRules, "config-order-assumed")) continue;
          const pair = `${winner.namespace}/${winner.name}\u0000${loser.namespace}/${loser.name}`;
          if (seen.has(pair)) continue;
          seen.add(pair);
          const same = winner.namespace === loser.namespace && winner.name === loser.name;
          if (same && sameRoutes(winner, loser)) continue;
          out.push(
            finding("config-order-assumed", {
              message: same
                ? twiceMessage(winner, host)
                : `VirtualServices ${seName(winner)} and ${seName(loser)} both route ${host} for the same sidecars; istiod applies the one created first and drops the other's routes for that host. ${why(winner, loser)}, so the tables take ${seName(winner)} as the older; if ${seName(loser)} was created first in the cluster, its routes win instead. Route each host in one VirtualService.`,
              file: loser.loc.file,
              line: loser.loc.line,
              host,
              namespace: loser.namespace,
            }),
          );
        }
      }
    }
    return out;
  },
};

/**
 * One object written in two manifests (steps of a tutorial, a variant beside the original): the cluster holds one
 * object under a name, whichever was applied last, so they never route together. Which one that is, the repository
 * does not say.
 */
function twiceMessage(first: VirtualService, host: string): string {
  return `VirtualService ${seName(first)} is written twice, here and at ${first.loc.file}:${first.loc.line}, with different routes; the cluster holds one object under that name, the one applied last, and the repository does not say which that is. The tables take the routes for ${host} from ${first.loc.file}. Keep one manifest per object, or leave the other out (ignore.paths).`;
}

/**
 * Two manifests of one object that route alike: either may be applied last. All but where each is written, when it
 * was created and what it switches off is compared, so a field the model learns to read is compared too.
 */
function sameRoutes(a: VirtualService, b: VirtualService): boolean {
  const routes = ({ loc, order, created, ignoredRules, ...routing }: VirtualService) => JSON.stringify(routing);
  return routes(a) === routes(b);
}

function why(winner: VirtualService, loser: VirtualService): string {
  if (winner.created !== undefined)
    return `${seName(winner)} gives its creationTimestamp and ${seName(loser)} none (it is created when the repository is applied)`;
  return "Neither manifest gives a creationTimestamp: they are taken as created together, and istiod then orders them by name and namespace";
}

/** Both are seen by the same namespaces: the same exportTo, so neither is preferred as private to a namespace. */
function sameAudience(a: VirtualService, b: VirtualService): boolean {
  const audience = (vs: VirtualService) => {
    const list = vs.exportTo ?? ["*"];
    return list.includes("*") ? "*" : [...new Set(list.map((n) => (n === "." ? vs.namespace : n)))].sort().join(",");
  };
  return audience(a) === audience(b);
}
