// Each suggestion checked the way the lint checks the repository: with all of them applied, is every call reachable?
import { reachability, type Reachability } from "../model/reachability.js";
import type { EgressModel, ServiceEntry, SidecarResource } from "../model/types.js";
import type { ExportToChange, ServiceEntryToAdd, SidecarChange } from "./types.js";
import type { ReportedVerdict } from "./verdicts.js";

type Planned =
  | Omit<ServiceEntryToAdd, "yaml" | "status">
  | Omit<ExportToChange, "yaml" | "status">
  | Omit<SidecarChange, "yaml" | "status">;

const NOWHERE = { file: "", line: 0 };

function asServiceEntry(s: Omit<ServiceEntryToAdd, "yaml" | "status">, order: number): ServiceEntry {
  return {
    namespace: s.namespace,
    name: s.name,
    hosts: s.spec.hosts,
    addresses: s.spec.addresses ?? [],
    ports: s.spec.ports.map((p) => ({ number: p.number, name: p.name, protocol: p.protocol, loc: NOWHERE })),
    location: s.spec.location,
    resolution: s.spec.resolution,
    exportTo: s.spec.exportTo,
    endpoints: [],
    ignoredRules: [],
    order,
    loc: NOWHERE,
    hostLines: [],
  };
}

/** The model as it would be with every suggestion applied. */
export function applySuggestions(model: EgressModel, planned: readonly Planned[]): EgressModel {
  let order = Math.max(0, ...model.serviceEntries.map((se) => se.order), ...model.services.map((s) => s.order)) + 1;
  const added = planned.flatMap((s) => (s.kind === "ServiceEntry" ? [asServiceEntry(s, order++)] : []));
  const exports = planned.filter((s): s is Omit<ExportToChange, "yaml" | "status"> => s.kind === "exportTo");
  const sidecars = planned.filter((s): s is Omit<SidecarChange, "yaml" | "status"> => s.kind === "Sidecar");
  const exportFor = (kind: string, namespace: string, name: string) =>
    exports.find((e) => e.target.kind === kind && e.target.namespace === namespace && e.target.name === name)?.exportTo;
  return {
    ...model,
    serviceEntries: [
      ...model.serviceEntries.map((se) => ({
        ...se,
        exportTo: exportFor("ServiceEntry", se.namespace, se.name) ?? se.exportTo,
      })),
      ...added,
    ],
    services: model.services.map((s) => ({ ...s, exportTo: exportFor("Service", s.namespace, s.name) ?? s.exportTo })),
    sidecars: model.sidecars.map((sc) =>
      withListenerChanges(
        sc,
        sidecars.filter((c) => c.target.namespace === sc.namespace && c.target.name === sc.name),
      ),
    ),
  };
}

function withListenerChanges(
  sidecar: SidecarResource,
  changes: readonly Omit<SidecarChange, "yaml" | "status">[],
): SidecarResource {
  if (changes.length === 0) return sidecar;
  const egress = sidecar.egress.map((l) => ({ ...l }));
  for (const c of changes) {
    if (c.listener < egress.length) egress[c.listener] = { ...egress[c.listener]!, hosts: c.hosts };
    else egress.push({ hosts: c.hosts });
  }
  return { ...sidecar, egress };
}

export function recheck(model: EgressModel, v: ReportedVerdict): Reachability {
  const c = v.caller;
  return reachability(model, {
    namespace: c.namespace,
    workload: c.workload,
    meshWide: c.meshWide,
    host: v.ref.host,
    port: v.ref.port,
    scheme: v.ref.scheme,
  });
}

/** Why a call stays blocked after the change, in words for a note. */
export function stillBlocked(v: ReportedVerdict, after: Reachability): string | undefined {
  if (after.verdict === "registered") return undefined;
  const who = v.caller.meshWide
    ? "code no workload is mapped to"
    : v.caller.workload
      ? `${v.caller.namespace}/${v.caller.workload}`
      : `namespace ${v.caller.namespace}`;
  const target = v.ref.port === 0 ? v.ref.host : `${v.ref.host}:${v.ref.port}`;
  const why: Record<Reachability["verdict"], string> = {
    registered: "",
    unregistered: "nothing registers it",
    "port-not-registered":
      after.mismatch === "protocol"
        ? "the code calls it with more than one protocol on one port; one ServiceEntry port cannot serve both"
        : "its port is not served",
    "not-exported": "the entry is not exported to it",
    "hidden-by-sidecar": `Sidecar ${after.sidecar ? `${after.sidecar.namespace}/${after.sidecar.name}` : ""} does not import it (give its egress hosts this namespace, or choose the namespace with --namespace)`,
    "wildcard-apex": "only a wildcard covers it",
  };
  return `Even with this change, ${who} cannot reach ${target} (${v.ref.file}:${v.ref.line}): ${why[after.verdict]}.`;
}
