// EGR022: the host is registered, but exportTo (or the mesh's defaultServiceExportTo) hides it (failure mode 2).
import { seName } from "./emit.js";
import { reachabilityRule, target, who } from "./reference-checks.js";
import type { Registration } from "../model/reachability.js";

export const notExported = reachabilityRule("not-exported", "not-exported", (v) => {
  const list = v.reach.registrations.map(describeExport).join("; ");
  const ns = v.caller.meshWide ? "every namespace" : `namespace ${v.caller.namespace}`;
  return {
    what: `${target(v)} is called by ${who(v)}; it is registered by ${list}, which is not exported to ${ns}.`,
    fix: `Add the namespace to exportTo, or register the host in ${v.caller.meshWide ? "the calling namespace" : v.caller.namespace}.`,
  };
});

function describeExport(r: Registration): string {
  const what =
    r.kind === "ServiceEntry" ? `ServiceEntry ${seName(r.entry)}` : `Service ${r.namespace}/${r.service.name}`;
  const exportTo = r.kind === "ServiceEntry" ? r.entry.exportTo : r.service.exportTo;
  return `${what} (exportTo ${exportTo?.length ? JSON.stringify(exportTo) : "unset: the mesh's defaultServiceExportTo"})`;
}
