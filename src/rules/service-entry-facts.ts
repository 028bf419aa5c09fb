// Facts about ServiceEntries several rules need: TLS ports, TLS origination by DestinationRules, who can see an entry.
import { MESH_WIDE_NAMESPACE } from "../model/reachability.js";
import type { EgressModel, Protocol, ServiceEntry, ServicePort } from "../model/types.js";
import { hostMatches, isExportedTo } from "../model/visibility.js";

/** Ports clients conventionally speak TLS on (failure modes 3 and 9). */
export const TLS_PORT_NUMBERS = new Set([443, 8443, 9443, 6443]);

export function isTlsPort(p: ServicePort): boolean {
  return TLS_PORT_NUMBERS.has(p.number) || /^https(-|$)/i.test(p.name ?? "");
}

/** Ports whose bytes carry no host name (no SNI, no Host header): a listener for them matches by address only. */
export function isRawTcp(p: Protocol): boolean {
  return p === "TCP" || p === "Mongo" || p === "Redis" || p === "MySQL" || p === "Unsupported";
}

/** The TLS mode a DestinationRule for this host applies on this port: port-level settings win over the rule's own. */
export function drTlsModes(model: EgressModel, host: string, port: number): { mode: string; dr: string }[] {
  return model.destinationRules.flatMap((dr) => {
    if (!dr.host || !hostMatches(dr.host, host)) return [];
    const tls = dr.portTls.find((p) => p.port === port)?.tls ?? dr.tls;
    return tls?.mode ? [{ mode: tls.mode.toUpperCase(), dr: `${dr.namespace}/${dr.name}` }] : [];
  });
}

export function originatesTls(
  model: EgressModel,
  host: string,
  port: number,
  modes: readonly string[],
): string | undefined {
  return drTlsModes(model, host, port).find((m) => modes.includes(m.mode))?.dr;
}

/** Candidate client namespaces: every namespace the repository names, plus one standing for all the others. */
function clientNamespaces(model: EgressModel, entries: readonly ServiceEntry[]): string[] {
  const names = new Set<string>([MESH_WIDE_NAMESPACE]);
  for (const n of model.namespaces) names.add(n.name);
  for (const w of model.workloads) names.add(w.namespace);
  for (const s of model.serviceEntries) names.add(s.namespace);
  for (const s of model.sidecars) names.add(s.namespace);
  for (const e of entries) for (const x of e.exportTo ?? []) if (x !== "*" && x !== "." && x !== "~") names.add(x);
  for (const x of model.mesh.defaultServiceExportTo) if (x !== "*" && x !== "." && x !== "~") names.add(x);
  return [...names];
}

export function visibleFrom(model: EgressModel, se: ServiceEntry, namespace: string): boolean {
  return isExportedTo(se.exportTo, model.mesh.defaultServiceExportTo, se.namespace, namespace);
}

/** Namespaces that see both entries; the mesh-wide stand-in means "every namespace the repository does not name". */
export function commonViewers(model: EgressModel, a: ServiceEntry, b: ServiceEntry): string[] {
  return clientNamespaces(model, [a, b]).filter((ns) => visibleFrom(model, a, ns) && visibleFrom(model, b, ns));
}

/** "every namespace", or the namespaces that can see the entry: the blast radius of a port-level mistake. */
export function describeViewers(model: EgressModel, se: ServiceEntry): string {
  const list = se.exportTo?.length ? se.exportTo : model.mesh.defaultServiceExportTo;
  if (list.includes("~")) return "no namespace";
  if (list.includes("*")) return "every namespace";
  const names = [...new Set(list.map((x) => (x === "." ? se.namespace : x)))].sort();
  return `namespace${names.length > 1 ? "s" : ""} ${names.join(", ")}`;
}
