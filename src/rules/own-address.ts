// A workload's own public names: the hosts a VirtualService bound to a gateway, an Ingress or an HTTPRoute routes to
// the workload's Service. A
// server names itself in links, redirects and metadata (`--base-url=https://app.example.io`, an OAuth issuer's
// public URL); that is the address others use to reach it, not egress.
import { workloadsSelected } from "../model/sidecar-scope.js";
import type { EgressModel, RouteDestination } from "../model/types.js";

export interface OwnAddress {
  /** What routes the host to the workload: `VirtualService shop/web`, `Ingress shop/web`, `HTTPRoute shop/web`. */
  route: string;
}

const cache = new WeakMap<EgressModel, Map<string, Map<string, OwnAddress>>>();

/** `namespace/workload` -> lower-cased host -> the VirtualService that makes it the workload's public name. */
function ownAddresses(model: EgressModel): Map<string, Map<string, OwnAddress>> {
  let byWorkload = cache.get(model);
  if (byWorkload) return byWorkload;
  byWorkload = new Map();
  for (const vs of model.virtualServices) {
    // Bound to the mesh only, a VirtualService routes calls between workloads; a gateway makes its hosts public.
    if (!vs.gateways.some((g) => g !== "mesh")) continue;
    const hosts = vs.hosts.filter((h) => !h.includes("*")).map((h) => h.toLowerCase());
    if (hosts.length === 0) continue;
    const destinations = [...vs.http.flatMap((r) => r.route), ...vs.tlsDestinations, ...vs.tcpDestinations];
    const route = `VirtualService ${vs.namespace}/${vs.name}`;
    for (const workload of workloadsBehind(model, vs.namespace, destinations))
      addOwn(byWorkload, workload, hosts, route);
  }
  for (const r of model.publicRoutes ?? []) {
    const hosts = r.hosts.filter((h) => !h.includes("*"));
    const destinations = r.services.map((host) => ({ host }));
    for (const workload of workloadsBehind(model, r.namespace, destinations))
      addOwn(byWorkload, workload, hosts, r.what);
  }
  cache.set(model, byWorkload);
  return byWorkload;
}

function addOwn(
  byWorkload: Map<string, Map<string, OwnAddress>>,
  workload: string,
  hosts: string[],
  route: string,
): void {
  let own = byWorkload.get(workload);
  if (!own) byWorkload.set(workload, (own = new Map()));
  for (const h of hosts) if (!own.has(h)) own.set(h, { route });
}

/** The workloads (`namespace/name`) the Services a route sends to select. */
function workloadsBehind(model: EgressModel, namespace: string, destinations: readonly RouteDestination[]): string[] {
  const out = new Set<string>();
  for (const d of destinations) {
    const [name, ns = namespace] = d.host.toLowerCase().split(".");
    const service = model.services.find((s) => s.name === name && s.namespace === ns);
    for (const w of workloadsSelected(model.workloads, ns, service?.selector)) out.add(`${w.namespace}/${w.name}`);
  }
  return [...out];
}

/** Whether `host` is the public name of the workload, and by which VirtualService. */
export function ownAddressOf(
  model: EgressModel,
  namespace: string,
  workload: string,
  host: string,
): OwnAddress | undefined {
  return ownAddresses(model).get(`${namespace}/${workload}`)?.get(host.toLowerCase());
}
