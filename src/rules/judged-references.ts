// Which references the reachability rules judge: egress (a call or a config value, not a mention, a build step or a
// special-use name) that a workload runs or carries. The rest stay in the report, with the reason they were not judged.
import type { Allowlist } from "../allowlist/types.js";
import type { EgressModel } from "../model/types.js";
import { EGRESS_CLASSES, type HostReference } from "../scan/types.js";
import { type Caller, callersOf } from "./callers.js";
import { ownAddressOf } from "./own-address.js";
import { admiralDependencyFor } from "../model/admiral.js";

function servedToBrowsers(ref: HostReference, callers: readonly Caller[]): HostReference {
  const by = callers.map((c) => `${c.namespace}/${c.workload ?? ""}`).join(", ");
  return {
    ...ref,
    class: "browser",
    reason: `served to browsers by ${by}, whose image only serves files: the browser makes this call`,
  };
}

/**
 * What `says` tells of each caller, deduplicated, when it tells something of every one (each a workload); undefined
 * when there are none, or one it says nothing of.
 */
function ofEveryCaller(
  callers: readonly Caller[],
  says: (namespace: string, workload: string) => string | undefined,
): string[] | undefined {
  if (callers.length === 0) return undefined;
  const out = new Set<string>();
  for (const c of callers) {
    const said = c.workload === undefined ? undefined : says(c.namespace, c.workload);
    if (said === undefined) return undefined;
    out.add(said);
  }
  return [...out];
}

/** Why the host is every caller's own public address (a server naming itself), or undefined when it is not. */
function ownAddressReason(model: EgressModel, callers: readonly Caller[], host: string): string | undefined {
  const routes = ofEveryCaller(callers, (namespace, workload) => {
    const own = ownAddressOf(model, namespace, workload, host);
    return own && `${own.route} routes it to ${namespace}/${workload}`;
  });
  return routes
    ? `the workload's own public address (${routes.join("; ")} from outside the cluster): a server naming itself, not a call out`
    : undefined;
}

/**
 * Why Admiral registers the host at run time for every caller (a `*.global` name a Dependency of theirs lists), or
 * undefined when it does not for one of them.
 */
function admiralReason(model: EgressModel, callers: readonly Caller[], host: string): string | undefined {
  const by = ofEveryCaller(callers, (namespace, workload) => {
    const d = admiralDependencyFor(model, namespace, workload, host);
    return d && `Dependency ${d.namespace}/${d.name} at ${d.loc.file}:${d.loc.line}`;
  });
  return by
    ? `Admiral registers this name at run time for its callers (${by.join("; ")}): it leads to another cluster of the mesh, and no file holds its ServiceEntry`
    : undefined;
}

/**
 * `report`: code no workload is known to run is listed as unplaced and never judged. `any-workload`: it is judged
 * as if every workload in the mesh ran it, which reports every URL in scripts, CI and docs a workload might call.
 */
export type UnplacedMode = "report" | "any-workload";

export interface JudgedReferences {
  judged: HostReference[];
  /** Egress in files no workload ships (`report` mode only). */
  unplaced: HostReference[];
  /** Mentions, build steps and special-use names. */
  notEgress: HostReference[];
}

export function judgedReferences(
  refs: readonly HostReference[],
  model: EgressModel,
  allowlist: Allowlist | undefined,
  mode: UnplacedMode = "report",
): JudgedReferences {
  const out: JudgedReferences = { judged: [], unplaced: [], notEgress: [] };
  // Per list of callers (one object per distinct list, see callersOf) and host: thousands of references share them.
  const reasons = new Map<readonly Caller[], Map<string, { own?: string; admiral?: string }>>();
  const reasonsFor = (callers: readonly Caller[], host: string) => {
    let byHost = reasons.get(callers);
    if (!byHost) reasons.set(callers, (byHost = new Map()));
    let said = byHost.get(host);
    if (!said)
      byHost.set(
        host,
        (said = { own: ownAddressReason(model, callers, host), admiral: admiralReason(model, callers, host) }),
      );
    return said;
  };
  for (const ref of refs) {
    if (!EGRESS_CLASSES.has(ref.class)) {
      out.notEgress.push(ref);
      continue;
    }
    const callers = callersOf(ref, model, allowlist);
    if (callers.length > 0 && callers.every((c) => c.servedToBrowsers)) {
      out.notEgress.push(servedToBrowsers(ref, callers));
      continue;
    }
    // Code that requests its own public address makes a call out like any other (the route is for outside callers).
    const said = reasonsFor(callers, ref.host);
    const own = ref.requested ? undefined : said.own;
    const admiral = own ? undefined : said.admiral;
    if (own) out.notEgress.push({ ...ref, class: "mention", reason: own });
    else if (admiral) out.notEgress.push({ ...ref, class: "special-use", reason: admiral });
    else if (mode === "report" && (ref.unread || callers.every((c) => c.meshWide))) out.unplaced.push(ref);
    else out.judged.push(ref);
  }
  return out;
}
