// Istio versions the simulator models, and what changes between them (each flag names the release it appeared in).
import type { RouteOptions } from "./types.js";

export const SUPPORTED_ISTIO_VERSIONS: string[] = [
  "1.20",
  "1.21",
  "1.22",
  "1.23",
  "1.24",
  "1.25",
  "1.26",
  "1.27",
  "1.28",
  "1.29",
  "1.30",
  "1.31",
];

/**
 * The newest stable release: 1.31 is modelled from its release candidates, and becomes the default once 1.31.0 is
 * released.
 */
export const DEFAULT_ISTIO_VERSION = "1.30";

export interface VersionFlags {
  version: string;
  /** 1.20-1.22 name the inbound passthrough cluster per IP family. */
  inboundPassthroughName: string;
  /** 1.21+: ExternalName Services are aliases of their target, with no vhost, listener or cluster of their own. */
  externalNameAlias: boolean;
  /** 1.24+: pilot stamps route and cluster metadata with networking.istio.io/v1 (was v1alpha3). */
  configApiVersion: "v1" | "v1alpha3";
  /** The istioctl that prints the table: 1.24+ accepts any config API version, older ones only v1alpha3. */
  istioctlAcceptsAnyApiVersion: boolean;
  /** 1.24+ (PILOT_UNIFIED_SIDECAR_SCOPE): a hostname imported from several namespaces prefers a Kubernetes Service. */
  unifiedSidecarScope: boolean;
  /** 1.24+: appProtocol kubernetes.io/ws and kubernetes.io/wss are understood. */
  kubernetesWebsocketAppProtocols: boolean;
  /** 1.25+ (PILOT_ENABLE_IP_AUTOALLOCATE): a controller allocates ServiceEntry IPs; before, proxies opted in. */
  controllerIpAllocation: boolean;
  /** 1.27+ (PILOT_ENABLE_ABSOLUTE_FQDN_VHOST_DOMAIN): `host.` is added to every service vhost. */
  absoluteFqdnDomains: boolean;
  /** 1.27+: hostnames are lower-cased explicitly. */
  lowercaseHostnames: boolean;
  /** Up to 1.21 the default proxy config traces to zipkin, which adds a bootstrap cluster. */
  zipkinBootstrapCluster: boolean;
  /**
   * 1.31+: the mesh's outboundTrafficPolicy ALLOW_ANY_DYNAMIC_DNS sends HTTP to unknown hosts through a dynamic
   * forward proxy: an `allow_any_dynamic_dns` catch-all route and an AllowAnyDynamicDNSCluster. Before, istiod does
   * not know the mode and keeps ALLOW_ANY.
   */
  allowAnyDynamicDns: boolean;
}

function minorOf(version: string): number {
  return Number(version.split(".")[1]);
}

/** The version string as SUPPORTED_ISTIO_VERSIONS spells it, or undefined when it is not modelled. */
export function normalizeIstioVersion(v: string): string | undefined {
  const m = /^v?(1\.[0-9]+)(\.[0-9]+)?(-[0-9A-Za-z.-]+)?$/.exec(v.trim());
  return m && SUPPORTED_ISTIO_VERSIONS.includes(m[1]!) ? m[1] : undefined;
}

export function versionError(v: string): string {
  return `istio version "${v}" is not modelled; use one of ${SUPPORTED_ISTIO_VERSIONS.join(", ")}`;
}

/** Flags for the options; an unknown version is a programming error here (callers validate user input first). */
export function versionFlags(options: RouteOptions = {}): VersionFlags {
  const version = normalizeIstioVersion(options.istioVersion ?? DEFAULT_ISTIO_VERSION);
  if (!version) throw new Error(versionError(options.istioVersion ?? ""));
  const istioctl = options.istioctlVersion === undefined ? version : normalizeIstioVersion(options.istioctlVersion);
  if (!istioctl) throw new Error(versionError(options.istioctlVersion ?? ""));
  const minor = minorOf(version);
  return {
    version,
    inboundPassthroughName: minor < 23 ? "InboundPassthroughClusterIpv4" : "InboundPassthroughCluster",
    externalNameAlias: minor >= 21,
    configApiVersion: minor >= 24 ? "v1" : "v1alpha3",
    istioctlAcceptsAnyApiVersion: minorOf(istioctl) >= 24,
    unifiedSidecarScope: minor >= 24,
    kubernetesWebsocketAppProtocols: minor >= 24,
    controllerIpAllocation: minor >= 25,
    absoluteFqdnDomains: minor >= 27,
    lowercaseHostnames: minor >= 27,
    zipkinBootstrapCluster: minor <= 21,
    allowAnyDynamicDns: minor >= 31,
  };
}

/** What istioctl prints for route/cluster metadata pointing at a config object (describeManagement/renderConfig). */
export function renderConfigRef(flags: VersionFlags, ref: { namespace: string; name: string }): string {
  if (flags.configApiVersion !== "v1alpha3" && !flags.istioctlAcceptsAnyApiVersion) return "<unknown>";
  return `${ref.name}.${ref.namespace}`;
}
