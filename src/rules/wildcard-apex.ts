// EGR024: `*.example.org` does not cover `example.org` (failure mode 5).
import { seName } from "./emit.js";
import { reachabilityRule, target, who } from "./reference-checks.js";

export const wildcardApex = reachabilityRule("wildcard-apex", "wildcard-apex", (v) => {
  const entries = v.reach.registrations.map((r) =>
    r.kind === "ServiceEntry" ? `ServiceEntry ${seName(r.entry)}` : r.host,
  );
  return {
    what: `${target(v)} is called by ${who(v)}, but only *.${v.ref.host} is registered (${entries.join(", ")}); a wildcard host does not match its apex.`,
    fix: `Add ${v.ref.host} to the entry's hosts.`,
  };
});
