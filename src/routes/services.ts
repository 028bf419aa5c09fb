// Model -> Istio "model services": one per Kubernetes Service and one per ServiceEntry host (and address), as
// pilot's registries convert them (serviceregistry/kube/conversion.go, serviceregistry/serviceentry/conversion.go).
import { kubePortProtocol } from "../model/protocol.js";
import { workloadsSelected } from "../model/sidecar-scope.js";
import type { EgressModel, KubeService, Protocol, SeResolution, ServiceEntry } from "../model/types.js";
import { isIP, isIPv4 } from "./hostnames.js";
import { resolveAliases } from "./aliases.js";
import { allocateServiceEntryIps } from "./ip-allocation.js";
import type { VersionFlags } from "./versions.js";

export type Resolution = "ClientSideLB" | "Passthrough" | "DNSLB" | "DNSRoundRobinLB" | "DynamicDNS" | "Alias";

export interface MeshPort {
  number: number;
  protocol: Protocol;
  name?: string;
  targetPort?: number | string;
}

export interface MeshService {
  hostname: string;
  namespace: string;
  registry: "Kubernetes" | "External";
  resolution: Resolution;
  ports: MeshPort[];
  /** The service VIP (ClusterIP, ServiceEntry address); "0.0.0.0" when there is none. */
  defaultAddress: string;
  /** Addresses a sidecar sees as domains: the IPv4 ClusterIPs, the ServiceEntry address. */
  vips: string[];
  /** Set when the registry would hand proxies with DNS capture an auto-allocated address. */
  autoAllocatedIPv4?: string;
  /** True for ServiceEntries that wrote `addresses` (auto-allocation never applies to them). */
  specAddresses: boolean;
  exportTo?: string[];
  /** ExternalName target of an alias service (Istio 1.21+). */
  aliasFor?: string;
  /** Hostnames of the ExternalName services that alias this one, sorted by (namespace, hostname). */
  aliases: { hostname: string; namespace: string }[];
  /**
   * Endpoints of Passthrough services, each standing for an IP an outbound listener binds to: `pod:<ns>/<workload>`
   * for pods a selector matches (ready endpoints are not in the repository), or a ServiceEntry endpoint IP.
   */
  endpoints: string[];
  /** ServiceEntry with a workloadSelector. */
  labelSelector: boolean;
  /** Pods the service forwards to: the Kubernetes selector or the ServiceEntry workloadSelector. */
  selector?: Record<string, string>;
  origin: { kind: "Service" | "ServiceEntry"; namespace: string; name: string };
  order: number;
}

export const UNSPECIFIED_IP = "0.0.0.0";

/**
 * A ClusterIP the repository does not spell out (Kubernetes assigns it at creation). It stays unique per Service, so
 * two such addresses never collide when domains are de-duplicated, and prints as `<clusterIP>`.
 */
export function unknownClusterIp(namespace: string, name: string): string {
  return `<clusterIP>#${namespace}/${name}`;
}

export function displayDomain(d: string): string {
  const hash = d.indexOf("#");
  return d.startsWith("<") && hash !== -1 ? d.slice(0, hash) : d;
}

function kubePorts(svc: KubeService, flags: VersionFlags): MeshPort[] {
  return svc.ports.map((p) => {
    let protocol = p.protocol;
    // ws/wss appProtocols were only learnt in 1.24; before, they were parsed like any other name.
    if (
      !flags.kubernetesWebsocketAppProtocols &&
      (p.appProtocol === "kubernetes.io/ws" || p.appProtocol === "kubernetes.io/wss")
    ) {
      protocol = kubePortProtocol({ number: p.number, appProtocol: `legacy:${p.appProtocol}` });
    }
    return {
      number: p.number,
      protocol,
      ...(p.name === undefined ? {} : { name: p.name }),
      ...(p.targetPort === undefined ? {} : { targetPort: p.targetPort }),
    };
  });
}

/** Ready endpoints are not in the repository: pods of workloads the selector matches stand for them. */
function podEndpoints(model: EgressModel, namespace: string, selector: Record<string, string> | undefined): string[] {
  return workloadsSelected(model.workloads, namespace, selector).map((w) => `pod:${w.namespace}/${w.name}`);
}

function fromKubeService(model: EgressModel, svc: KubeService, flags: VersionFlags): MeshService {
  const hostname = `${svc.name}.${svc.namespace}.svc.${model.mesh.clusterDomain}`;
  const base = {
    hostname,
    namespace: svc.namespace,
    registry: "Kubernetes" as const,
    ports: kubePorts(svc, flags),
    specAddresses: false,
    aliases: [],
    labelSelector: false,
    ...(svc.exportTo ? { exportTo: svc.exportTo } : {}),
    ...(svc.selector && Object.keys(svc.selector).length ? { selector: svc.selector } : {}),
    origin: { kind: "Service" as const, namespace: svc.namespace, name: svc.name },
    order: svc.order,
  };
  if (svc.type === "ExternalName") {
    if (flags.externalNameAlias) {
      return {
        ...base,
        resolution: "Alias",
        defaultAddress: UNSPECIFIED_IP,
        vips: [],
        endpoints: [],
        aliasFor: svc.externalName ?? "",
      };
    }
    return { ...base, resolution: "DNSLB", defaultAddress: UNSPECIFIED_IP, vips: [], endpoints: [] };
  }
  if (svc.headless) {
    const endpoints = podEndpoints(model, svc.namespace, svc.selector);
    return { ...base, resolution: "Passthrough", defaultAddress: UNSPECIFIED_IP, vips: [], endpoints };
  }
  // A dual-stack Service means dual-stack pods, and a dual-stack proxy lists every VIP of the Service.
  const vips = svc.clusterIPs.length ? svc.clusterIPs : [unknownClusterIp(svc.namespace, svc.name)];
  return { ...base, resolution: "ClientSideLB", defaultAddress: vips[0]!, vips, endpoints: [] };
}

const SE_RESOLUTION: Record<SeResolution, Resolution> = {
  NONE: "Passthrough",
  STATIC: "ClientSideLB",
  DNS: "DNSLB",
  DNS_ROUND_ROBIN: "DNSRoundRobinLB",
  DYNAMIC_DNS: "DynamicDNS",
};

/** An `addresses` entry as a listener/domain address: IPs as is, a host-sized CIDR reduced to its IP. */
function seAddress(a: string): string | undefined {
  if (isIP(a)) return a;
  const m = /^(.+)\/([0-9]+)$/.exec(a);
  if (!m || !isIP(m[1]!)) return undefined;
  const full = isIPv4(m[1]!) ? 32 : 128;
  return Number(m[2]) === full ? m[1]! : a;
}

function fromServiceEntry(model: EgressModel, se: ServiceEntry, flags: VersionFlags): MeshService[] {
  const addresses = se.addresses.map(seAddress).filter((a): a is string => a !== undefined);
  const selector = se.workloadSelector;
  const endpoints = [
    ...se.endpoints.map((e) => e.address).filter(isIP),
    ...podEndpoints(model, se.namespace, selector),
  ];
  const ports: MeshPort[] = se.ports.map((p) => ({
    number: p.number,
    protocol: p.protocol,
    ...(p.name === undefined ? {} : { name: p.name }),
    ...(p.targetPort === undefined ? {} : { targetPort: p.targetPort }),
  }));
  const out: MeshService[] = [];
  for (const raw of se.hosts) {
    // A bare `*` host is rejected by validation: the entry contributes nothing for it.
    if (raw === "*" || raw === "") continue;
    const hostname = flags.lowercaseHostnames ? raw.toLowerCase() : raw;
    for (const address of addresses.length ? addresses : [UNSPECIFIED_IP]) {
      out.push({
        hostname,
        namespace: se.namespace,
        registry: "External",
        resolution: SE_RESOLUTION[se.resolution],
        ports,
        defaultAddress: address,
        vips: address === UNSPECIFIED_IP ? [] : [address],
        specAddresses: se.addresses.length > 0,
        aliases: [],
        endpoints,
        labelSelector: selector !== undefined,
        ...(se.exportTo ? { exportTo: se.exportTo } : {}),
        ...(selector ? { selector } : {}),
        origin: { kind: "ServiceEntry", namespace: se.namespace, name: se.name },
        order: se.order,
      });
    }
  }
  return out;
}

/** Every service of the mesh, in creation order (document order stands in for creation time). */
export function meshServices(model: EgressModel, flags: VersionFlags): MeshService[] {
  const out: MeshService[] = [];
  for (const s of model.services) out.push(fromKubeService(model, s, flags));
  for (const se of model.serviceEntries) out.push(...fromServiceEntry(model, se, flags));
  out.sort((a, b) => a.order - b.order);
  resolveAliases(out);
  allocateServiceEntryIps(out, flags);
  return out;
}
