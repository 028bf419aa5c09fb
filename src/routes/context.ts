// Everything about the mesh that does not depend on the proxy, computed once per model and version.
import type { EgressModel } from "../model/types.js";
import { meshServices, UNSPECIFIED_IP, type MeshService } from "./services.js";
import type { ProxyFacts } from "./proxy.js";
import { normalizeVirtualServices, type SimVs } from "./virtual-services.js";
import { versionFlags, type VersionFlags } from "./versions.js";
import type { RouteOptions } from "./types.js";

export interface SimContext {
  model: EgressModel;
  flags: VersionFlags;
  services: MeshService[];
  /** Every service by hostname, in creation order. */
  byHostname: Map<string, MeshService[]>;
  virtualServices: SimVs[];
  /** Per proxy namespace: the services exported to it (private, then exported, then public). */
  exportedCache: Map<string, MeshService[]>;
}

// Models are plain data nobody mutates after building; memoising per model keeps views of many proxies cheap.
const CACHE = new WeakMap<EgressModel, Map<string, SimContext>>();

export function simContext(model: EgressModel, options: RouteOptions = {}): SimContext {
  const flags = versionFlags(options);
  const key = `${flags.version}|${flags.istioctlAcceptsAnyApiVersion}`;
  let perModel = CACHE.get(model);
  if (!perModel) CACHE.set(model, (perModel = new Map()));
  const hit = perModel.get(key);
  if (hit) return hit;
  const services = meshServices(model, flags);
  const byHostname = new Map<string, MeshService[]>();
  for (const s of services) {
    const list = byHostname.get(s.hostname) ?? [];
    list.push(s);
    byHostname.set(s.hostname, list);
  }
  const ctx: SimContext = {
    model,
    flags,
    services,
    byHostname,
    virtualServices: normalizeVirtualServices(model, flags.lowercaseHostnames),
    exportedCache: new Map(),
  };
  perModel.set(key, ctx);
  return ctx;
}

type ExportClass = { private: boolean; namespaces: Set<string>; public: boolean };

/** push_context.go initServiceRegistry: where a service is listed, from exportTo or the mesh default. */
export function exportClass(
  exportTo: readonly string[] | undefined,
  meshDefault: readonly string[],
  ownNs: string,
): ExportClass {
  const list = exportTo?.length ? exportTo : meshDefault;
  const out: ExportClass = { private: false, namespaces: new Set(), public: false };
  if (list.includes("~")) return out;
  if (list.includes("*")) return { ...out, public: true };
  for (const e of list) {
    if (e === "." || e === ownNs) out.private = true;
    else out.namespaces.add(e);
  }
  return out;
}

/** Services visible from `ns`, in the order istiod lists them: private to ns, exported to ns, public. */
export function servicesExportedTo(ctx: SimContext, ns: string): MeshService[] {
  const hit = ctx.exportedCache.get(ns);
  if (hit) return hit;
  const priv: MeshService[] = [];
  const exported: MeshService[] = [];
  const pub: MeshService[] = [];
  for (const s of ctx.services) {
    const c = exportClass(s.exportTo, ctx.model.mesh.defaultServiceExportTo, s.namespace);
    if (c.public) pub.push(s);
    else if (c.private && s.namespace === ns) priv.push(s);
    else if (c.namespaces.has(ns)) exported.push(s);
  }
  const out = [...priv, ...exported, ...pub];
  ctx.exportedCache.set(ns, out);
  return out;
}

export function isVisibleTo(ctx: SimContext, s: MeshService, ns: string): boolean {
  const c = exportClass(s.exportTo, ctx.model.mesh.defaultServiceExportTo, s.namespace);
  return c.public || (c.private && s.namespace === ns) || c.namespaces.has(ns);
}

/** Whether the proxy binds to and lists auto-allocated ServiceEntry addresses (nodeUsesAutoallocatedIPs). */
export function usesAutoAllocatedIps(ctx: SimContext, proxy: ProxyFacts): boolean {
  return proxy.dnsCapture && (proxy.dnsAutoAllocate || ctx.flags.controllerIpAllocation);
}

/** service.go GetAddressForProxy: the address listeners bind to. */
export function addressForProxy(ctx: SimContext, s: MeshService, proxy: ProxyFacts): string {
  if (s.vips.length) return s.vips[0]!;
  if (s.defaultAddress === UNSPECIFIED_IP && s.autoAllocatedIPv4 && usesAutoAllocatedIps(ctx, proxy))
    return s.autoAllocatedIPv4;
  return s.defaultAddress;
}

/** service.go GetAllAddressesForProxy: the addresses added to vhost domains. */
export function allAddressesForProxy(ctx: SimContext, s: MeshService, proxy: ProxyFacts): string[] {
  if (s.vips.length) return s.vips;
  if (s.autoAllocatedIPv4 && usesAutoAllocatedIps(ctx, proxy)) return [s.autoAllocatedIPv4];
  return [s.defaultAddress];
}
