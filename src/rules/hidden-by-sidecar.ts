// EGR023: the host is registered and exported, but the caller's Sidecar does not import it (failure mode 6).
import { seName } from "./emit.js";
import { reachabilityRule, target, who } from "./reference-checks.js";

export const hiddenBySidecar = reachabilityRule("hidden-by-sidecar", "hidden-by-sidecar", (v) => {
  const sidecar = v.reach.sidecar ? `Sidecar ${seName(v.reach.sidecar)}` : "the Sidecar";
  const imports = [...new Set(v.reach.registrations.map((r) => `${r.namespace}/${r.host}`))];
  return {
    what: `${target(v)} is called by ${who(v)}; it is registered in namespace ${[...new Set(v.reach.registrations.map((r) => r.namespace))].join(", ")}, but the egress hosts of ${sidecar} do not import it (their namespace part names where the ServiceEntry lives).`,
    fix: `Add ${imports.map((h) => `"${h}"`).join(" or ")} to its egress hosts.`,
  };
});
