// Admiral (istio-ecosystem/admiral) registers cross-cluster names at run time: for each `Dependency`, a ServiceEntry
// for `<env>.<identity>.global` of every destination identity, visible to the source identity's workloads. No file
// holds those ServiceEntries, so a call to such a name is registered although the repository shows nothing for it.
import type { Resource } from "../manifests/resource.js";
import type { AdmiralDependency, EgressModel } from "./types.js";

/** The label Admiral reads a workload's identity from when a Dependency names none. */
const DEFAULT_IDENTITY_LABEL = "identity";
const SUFFIX = ".global";

export function isAdmiralDependency(r: Resource): boolean {
  return r.group === "admiral.io" && r.kind === "Dependency";
}

export function toAdmiralDependency(r: Resource): AdmiralDependency {
  const spec = (r.body.spec ?? {}) as Record<string, unknown>;
  const destinations = Array.isArray(spec.destinations) ? spec.destinations.filter((d) => typeof d === "string") : [];
  return {
    namespace: r.namespace,
    name: r.name,
    source: typeof spec.source === "string" ? spec.source : "",
    identityLabel:
      typeof spec.identityLabel === "string" && spec.identityLabel ? spec.identityLabel : DEFAULT_IDENTITY_LABEL,
    destinations: destinations.map((d) => d.toLowerCase()),
    loc: r.loc,
  };
}

/**
 * The Dependency under which Admiral registers `host` for the workload `namespace/workload`, or undefined: the host
 * is `<env>.<identity>.global`, and a Dependency whose source is the workload's identity lists that identity.
 */
export function admiralDependencyFor(
  model: EgressModel,
  namespace: string,
  workload: string,
  host: string,
): AdmiralDependency | undefined {
  const dependencies = model.admiralDependencies;
  if (!dependencies?.length) return undefined;
  const name = host.toLowerCase();
  if (!name.endsWith(SUFFIX)) return undefined;
  const dot = name.indexOf(".");
  const identity = name.slice(dot + 1, -SUFFIX.length);
  if (dot <= 0 || identity === "") return undefined;
  const w = model.workloads.find((x) => x.namespace === namespace && x.name === workload);
  if (!w) return undefined;
  return dependencies.find(
    (d) => d.source !== "" && w.podLabels[d.identityLabel] === d.source && d.destinations.includes(identity),
  );
}
