// Can this caller reach host:port through its sidecar, and if not, why not and what does the client see (§4.4-§6)?
import { listenerClass } from "./protocol.js";
import { effectiveMode, sidecarFor } from "./sidecar-scope.js";
import type { EgressModel, KubeService, OutboundMode, Protocol, ServiceEntry, SidecarResource } from "./types.js";
import { addressCovers, parseIp, sameIp } from "./ip.js";
import { egressImports, hostMatches, isExportedTo } from "./visibility.js";
import { addTo, groupBy } from "../group.js";

export { addressCovers, parseCidr, parseIp, type ParsedIp } from "./ip.js";

export type ReachVerdict =
  | "registered"
  | "unregistered"
  | "port-not-registered"
  | "not-exported"
  | "hidden-by-sidecar"
  | "wildcard-apex";

/**
 * What a blocked client sees: `502` from `block_all` (plain HTTP on a port with an HTTP listener), `reset` from
 * BlackHoleCluster, or `captured`: a TCP ServiceEntry port without addresses takes every connection on that port.
 */
export type ClientSees = "502" | "reset" | "captured";

/** A registry entry that matched the host: the ServiceEntry host or address, or the Kubernetes Service FQDN. */
export type Registration =
  | {
      kind: "ServiceEntry";
      entry: ServiceEntry;
      host: string;
      ports: readonly { number: number; protocol: Protocol }[];
      namespace: string;
    }
  | {
      kind: "Service";
      service: KubeService;
      host: string;
      ports: readonly { number: number; protocol: Protocol }[];
      namespace: string;
    };

export interface ReachQuery {
  namespace: string;
  workload?: string;
  /** A caller nobody could place: only `*`-exported entries are visible to it, no Sidecar, the mesh's mode. */
  meshWide?: boolean;
  host: string;
  /** 0 = the port is unknown: any registered port satisfies it. */
  port: number;
  /** `https`, `postgres`, ...; "" when the code gave a bare host. */
  scheme?: string;
}

export interface Reachability {
  verdict: ReachVerdict;
  /** When registered: what serves the call. Otherwise: the registrations that explain the verdict (may be empty). */
  registrations: Registration[];
  /** For port-not-registered: the port is missing, declared with a protocol the client does not speak, or shadowed. */
  mismatch?: "port" | "protocol" | "shadowed";
  clientSees: ClientSees;
  capturedBy?: ServiceEntry;
  mode: OutboundMode;
  modeSource: "sidecar" | "mesh";
  sidecar?: SidecarResource;
}

/** A namespace name no Kubernetes namespace can have, so `.` and named exportTo entries never match it. */
export const MESH_WIDE_NAMESPACE = "(mesh-wide)";

/**
 * Results per model and query: a monorepo references the same few hosts from thousands of places, and a model is
 * never changed once built. Callers must not mutate what they get back.
 */
export function reachability(model: EgressModel, q: ReachQuery): Reachability {
  const { answers } = modelCache(model);
  const key = queryKey(q);
  let answer = answers.get(key);
  if (!answer) answers.set(key, (answer = computeReachability(model, q)));
  return answer;
}

/**
 * Fields joined with NUL: a JSON array per query cost more than most answers. Real names never hold NUL; a query
 * from a hostile manifest that does takes the JSON form, which starts with `[`, so the two forms cannot meet.
 */
function queryKey(q: ReachQuery): string {
  const workload = q.workload ?? "";
  if (`${q.namespace}${workload}${q.host}${q.scheme ?? ""}`.includes("\0"))
    return JSON.stringify([q.meshWide === true, q.namespace, workload, q.host, q.port, q.scheme ?? ""]);
  return `${q.meshWide === true ? 1 : 0}\0${q.namespace}\0${workload}\0${q.host}\0${q.port}\0${q.scheme ?? ""}`;
}

function computeReachability(model: EgressModel, q: ReachQuery): Reachability {
  const { scope, mode, source } = callerScope(model, q);
  const { namespace, sidecar } = scope;
  const client = clientProtocol(q.scheme ?? "", q.port);
  const sees = clientSeesCached(scope, q.port, client);
  const base = { ...sees, mode, modeSource: source, ...(sidecar ? { sidecar } : {}) };

  const candidates = registrationsFor(model, q.host);
  if (candidates.length === 0) {
    const apex = model.serviceEntries.filter((se) => se.hosts.some((h) => h.toLowerCase() === `*.${q.host}`));
    const registrations = apex.map((se) => seRegistration(se, `*.${q.host}`));
    return { verdict: apex.length ? "wildcard-apex" : "unregistered", registrations, ...base };
  }
  const facts = candidates.map((r) => ({
    r,
    port: portFits(r, q.port, client),
    visible: visibleTo(scope, r),
    imported: importedBy(scope, r, q.port),
  }));
  const inView = facts.filter((f) => f.visible && f.imported).map((f) => f.r);
  const winners = new Set(istioPicks(inView, namespace, q.host));
  const serving = facts.filter((f) => f.port === "ok" && f.visible && f.imported && winners.has(f.r));
  if (serving.length) return { verdict: "registered", registrations: serving.map((f) => f.r), ...base };

  const shadowed = facts.filter((f) => f.port === "ok" && f.visible && f.imported);
  if (shadowed.length)
    return { verdict: "port-not-registered", mismatch: "shadowed", registrations: shadowed.map((f) => f.r), ...base };
  // Exporting or importing an entry only helps if it would then win its host name for this proxy.
  const wouldServe = facts.filter(
    (f) => f.port === "ok" && istioPicks([...inView, f.r], namespace, q.host).includes(f.r),
  );
  const hidden = wouldServe.filter((f) => f.visible);
  if (hidden.length) return { verdict: "hidden-by-sidecar", registrations: hidden.map((f) => f.r), ...base };
  if (wouldServe.length) return { verdict: "not-exported", registrations: wouldServe.map((f) => f.r), ...base };
  const inViewFacts = facts.filter((f) => f.visible && f.imported);
  const explain = inViewFacts.length ? inViewFacts : facts;
  const mismatch = explain.some((f) => f.port === "protocol") ? "protocol" : "port";
  return { verdict: "port-not-registered", mismatch, registrations: explain.map((f) => f.r), ...base };
}

interface Scope {
  model: EgressModel;
  namespace: string;
  sidecar?: SidecarResource;
  /** Names the namespace and Sidecar: what `whatClientSees` depends on besides the port and the client. */
  key: string;
}

interface CallerScope {
  scope: Scope;
  mode: OutboundMode;
  source: "sidecar" | "mesh";
}

/**
 * The answers per query, and what they are built from: what a caller's verdicts depend on besides the destination,
 * and what the client sees per port. A monorepo asks about thousands of (workload, host) pairs, but its workloads
 * share a few namespaces and Sidecars, and what the client sees walks every ServiceEntry on the port.
 */
interface ModelCache {
  answers: Map<string, Reachability>;
  workloads: Map<string, EgressModel["workloads"][number]>;
  callers: Map<string, CallerScope>;
  sees: Map<string, { clientSees: ClientSees; capturedBy?: ServiceEntry }>;
}

const modelCaches = new WeakMap<EgressModel, ModelCache>();

function modelCache(model: EgressModel): ModelCache {
  let cache = modelCaches.get(model);
  if (!cache) {
    const workloads = new Map<string, EgressModel["workloads"][number]>();
    for (const w of model.workloads) {
      const id = JSON.stringify([w.namespace, w.name]);
      if (!workloads.has(id)) workloads.set(id, w);
    }
    modelCaches.set(model, (cache = { answers: new Map(), workloads, callers: new Map(), sees: new Map() }));
  }
  return cache;
}

function callerScope(model: EgressModel, q: ReachQuery): CallerScope {
  const cache = modelCache(model);
  const id = q.meshWide ? "" : JSON.stringify([q.namespace, q.workload ?? null]);
  let hit = cache.callers.get(id);
  if (hit) return hit;
  if (q.meshWide) {
    hit = {
      scope: { model, namespace: MESH_WIDE_NAMESPACE, key: MESH_WIDE_NAMESPACE },
      mode: model.mesh.mode,
      source: "mesh",
    };
  } else {
    const workload = q.workload === undefined ? undefined : cache.workloads.get(id);
    const sidecar = sidecarFor(
      model.sidecars,
      q.namespace,
      workload?.podLabels ?? {},
      model.mesh.rootNamespace,
      workload?.loc.file,
    );
    const { mode, source } = effectiveMode(sidecar, model.mesh);
    const key = JSON.stringify([q.namespace, sidecar ? model.sidecars.indexOf(sidecar) : -1]);
    hit = { scope: { model, namespace: q.namespace, ...(sidecar ? { sidecar } : {}), key }, mode, source };
  }
  cache.callers.set(id, hit);
  return hit;
}

function clientSeesCached(
  scope: Scope,
  port: number,
  client: ClientProtocol,
): { clientSees: ClientSees; capturedBy?: ServiceEntry } {
  const { sees } = modelCache(scope.model);
  const key = `${scope.key}\0${port}\0${client}`;
  let hit = sees.get(key);
  if (!hit) sees.set(key, (hit = whatClientSees(scope, port, client)));
  return hit;
}

function seRegistration(entry: ServiceEntry, host: string): Registration {
  return { kind: "ServiceEntry", entry, host, ports: entry.ports, namespace: entry.namespace };
}

export function kubeServiceFqdn(s: KubeService, clusterDomain: string): string {
  return `${s.name}.${s.namespace}.svc.${clusterDomain}`;
}

interface RegistryIndex {
  /** ServiceEntries by each exact (lower-cased) host they list. */
  exact: Map<string, ServiceEntry[]>;
  withWildcards: ServiceEntry[];
  withAddresses: ServiceEntry[];
  position: Map<ServiceEntry, number>;
  /** Kubernetes Services by their FQDN and by `name.namespace.svc`, in the model's order. */
  servicesByName: Map<string, KubeService[]>;
  /** The entries and Services that declare each port, in the model's order: what a client on that port can meet. */
  byPort: Map<number, { serviceEntries: ServiceEntry[]; services: KubeService[] }>;
}

const indexes = new WeakMap<EgressModel, RegistryIndex>();

function registryIndex(model: EgressModel): RegistryIndex {
  let index = indexes.get(model);
  if (index) return index;
  index = {
    exact: new Map(),
    withWildcards: [],
    withAddresses: [],
    position: new Map(),
    servicesByName: new Map(),
    byPort: new Map(),
  };
  const onPort = (port: number) => {
    let at = index!.byPort.get(port);
    if (!at) index!.byPort.set(port, (at = { serviceEntries: [], services: [] }));
    return at;
  };
  for (const se of model.serviceEntries)
    for (const port of new Set(se.ports.map((p) => p.number))) onPort(port).serviceEntries.push(se);
  for (const s of model.services)
    for (const port of new Set(s.ports.map((p) => p.number))) onPort(port).services.push(s);
  for (const s of model.services) {
    const fqdn = kubeServiceFqdn(s, model.mesh.clusterDomain);
    const short = `${s.name}.${s.namespace}.svc`;
    addTo(index.servicesByName, fqdn, s);
    if (short !== fqdn) addTo(index.servicesByName, short, s);
  }
  model.serviceEntries.forEach((se, i) => {
    index!.position.set(se, i);
    if (se.addresses.length) index!.withAddresses.push(se);
    if (se.hosts.some((h) => h.startsWith("*"))) index!.withWildcards.push(se);
    for (const h of se.hosts) {
      const key = h.toLowerCase();
      if (!key.startsWith("*")) addTo(index!.exact, key, se);
    }
  });
  indexes.set(model, index);
  return index;
}

/** The entries that could name `host`, in the model's order: exact hosts, wildcards, and for an IP the addressed ones. */
function candidateEntries(model: EgressModel, host: string, ip: boolean): ServiceEntry[] {
  const index = registryIndex(model);
  const found = new Set(
    ip ? index.withAddresses : [...(index.exact.get(host.toLowerCase()) ?? []), ...index.withWildcards],
  );
  return [...found].sort((a, b) => index.position.get(a)! - index.position.get(b)!);
}

/** Every ServiceEntry host (or address, for an IP) and Kubernetes Service that names this destination. */
export function registrationsFor(model: EgressModel, host: string): Registration[] {
  const out: Registration[] = [];
  const ip = parseIp(host);
  for (const se of candidateEntries(model, host, ip !== undefined)) {
    if (ip) {
      const hit = se.addresses.find((a) => addressCovers(a, ip));
      if (hit !== undefined) out.push(seRegistration(se, se.hosts[0] ?? hit));
      continue;
    }
    // A bare "*" host is rejected by Istio, so it registers nothing.
    for (const h of se.hosts) if (h !== "*" && hostMatches(h, host)) out.push(seRegistration(se, h.toLowerCase()));
  }
  const services = ip
    ? model.services.filter((s) => s.clusterIPs.some((c) => sameIp(parseIp(c), ip)))
    : (registryIndex(model).servicesByName.get(host) ?? []);
  for (const s of services) {
    if (s.type === "ExternalName") continue; // an alias since 1.21: no listener of its own
    out.push({
      kind: "Service",
      service: s,
      host: kubeServiceFqdn(s, model.mesh.clusterDomain),
      ports: s.ports,
      namespace: s.namespace,
    });
  }
  return out;
}

function exportToOf(r: Registration): readonly string[] | undefined {
  return r.kind === "ServiceEntry" ? r.entry.exportTo : r.service.exportTo;
}

function visibleTo(scope: Scope, r: Registration): boolean {
  return isExportedTo(exportToOf(r), scope.model.mesh.defaultServiceExportTo, r.namespace, scope.namespace);
}

/** A Sidecar listener that names a port claims it: the port-less listener then no longer imports for that port. */
function importedBy(scope: Scope, r: Registration, port: number): boolean {
  const sidecar = scope.sidecar;
  if (!sidecar || sidecar.egress.length === 0) return true;
  const claimed = sidecar.egress.filter((l) => l.port?.number === port && port !== 0);
  const listeners = claimed.length
    ? claimed
    : port === 0
      ? sidecar.egress
      : sidecar.egress.filter((l) => l.port === undefined);
  return listeners.some((l) => egressImports(l.hosts, scope.namespace, r.namespace, r.host));
}

/**
 * Istio keeps one service per host name per proxy: an entry in the proxy's own namespace first, then a Kubernetes
 * Service, then the oldest; the losers' ports are not merged in (failure mode 7). Entries of one namespace merge.
 */
function istioPicks(visible: readonly Registration[], proxyNs: string, calledHost: string): Registration[] {
  if (parseIp(calledHost)) return [...visible];
  const byHost = groupBy(visible, (r) => r.host);
  return [...byHost.values()].flatMap((group) => {
    const own = group.filter((r) => r.namespace === proxyNs);
    if (own.length) return own;
    const kube = group.filter((r) => r.kind === "Service");
    if (kube.length) return kube;
    const oldest = group.reduce((a, b) => (orderOf(b) < orderOf(a) ? b : a));
    return group.filter((r) => r.namespace === oldest.namespace);
  });
}

function orderOf(r: Registration): number {
  return r.kind === "ServiceEntry" ? r.entry.order : r.service.order;
}

export type ClientProtocol = "http" | "tls" | "tcp" | "unknown";

const HTTP_SCHEMES = new Set(["http", "ws"]);
const TLS_SCHEMES = new Set([
  "https",
  "wss",
  "rediss",
  "amqps",
  "mqtts",
  "ldaps",
  "ftps",
  "smtps",
  "imaps",
  "pop3s",
  "grpcs",
]);

/** What the client puts on the wire, from the scheme; a bare host or an unfamiliar scheme could be anything. */
export function clientProtocol(scheme: string, _port: number): ClientProtocol {
  const s = scheme.toLowerCase();
  if (s === "" || s === "grpc") return "unknown";
  if (HTTP_SCHEMES.has(s)) return "http";
  if (TLS_SCHEMES.has(s)) return "tls";
  return "tcp";
}

/** Whether a registered port's listener can carry the client's bytes (TLS into an HTTP listener cannot). */
function protocolFits(client: ClientProtocol, p: Protocol): boolean {
  const cls = listenerClass(p);
  if (cls === "none") return false;
  if (client === "http") return p !== "TLS" && p !== "HTTPS";
  if (client === "tls" || client === "tcp") return cls !== "http";
  return true;
}

function portFits(r: Registration, port: number, client: ClientProtocol): "ok" | "protocol" | "missing" {
  const ports = r.ports.filter((p) => p.protocol !== "UDP" && (port === 0 || p.number === port));
  if (ports.length === 0) return "missing";
  return ports.some((p) => protocolFits(client, p.protocol)) ? "ok" : "protocol";
}

/** Ports the proxy binds for itself; a wildcard listener there is never built (route model §1.5). */
const RESERVED_PORTS = new Set([15001, 15006, 15021, 15090]);

function whatClientSees(
  scope: Scope,
  port: number,
  client: ClientProtocol,
): { clientSees: ClientSees; capturedBy?: ServiceEntry } {
  if (port === 0 || RESERVED_PORTS.has(port)) return { clientSees: "reset" };
  let httpListener = (scope.sidecar?.egress ?? []).some(
    (l) => l.port?.number === port && listenerClass(l.port.protocol) === "http",
  );
  let capturedBy: ServiceEntry | undefined;
  const { serviceEntries, services } = registryIndex(scope.model).byPort.get(port) ?? {
    serviceEntries: [],
    services: [],
  };
  for (const se of serviceEntries) {
    // What the entry's listeners on the port would tell, first: whether the proxy sees the entry costs more to work
    // out, and most entries (a TLS port, one already told of) tell nothing new.
    const wildcardBound = se.addresses.length === 0;
    let http = false;
    let captures = false;
    for (const p of se.ports) {
      if (p.number !== port) continue;
      const cls = listenerClass(p.protocol);
      if (cls === "http" || (cls === "auto" && wildcardBound)) http = true;
      const rawTcp = cls === "auto" || (cls === "tcp" && p.protocol !== "TLS" && p.protocol !== "HTTPS");
      if (rawTcp && wildcardBound) captures = true;
    }
    if (!(http && !httpListener) && !(captures && capturedBy === undefined)) continue;
    const r = seRegistration(se, se.hosts.find((h) => h !== "*") ?? "");
    if (
      !r.host ||
      !visibleTo(scope, r) ||
      !se.hosts.some((h) => h !== "*" && importedBy(scope, { ...r, host: h }, port))
    )
      continue;
    if (http) httpListener = true;
    if (captures && capturedBy === undefined) capturedBy = se;
  }
  for (const s of services) {
    if (httpListener) break;
    if (s.type === "ExternalName" || !s.ports.some((p) => p.number === port && listenerClass(p.protocol) === "http"))
      continue;
    const r: Registration = {
      kind: "Service",
      service: s,
      host: kubeServiceFqdn(s, scope.model.mesh.clusterDomain),
      ports: s.ports,
      namespace: s.namespace,
    };
    if (visibleTo(scope, r) && importedBy(scope, r, port)) httpListener = true;
  }
  if (client === "http")
    return httpListener
      ? { clientSees: "502" }
      : capturedBy
        ? { clientSees: "captured", capturedBy }
        : { clientSees: "reset" };
  if (capturedBy) return { clientSees: "captured", capturedBy };
  return { clientSees: client === "unknown" && httpListener ? "502" : "reset" };
}
