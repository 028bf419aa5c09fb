// EGR020: the code calls a host no ServiceEntry or Service registers (failure mode 1).
import { reachabilityRule, target, who } from "./reference-checks.js";
import { serviceEntrySuggestion } from "./service-entry-suggestion.js";

export const unregisteredHost = reachabilityRule("unregistered-host", "unregistered", (v) => ({
  what: `${target(v)} is called by ${who(v)}, and no ServiceEntry ${v.ref.kind === "ip" ? "address covers" : "registers"} it.`,
  fix: `Add a ServiceEntry: ${serviceEntrySuggestion(v.ref)}`,
}));
