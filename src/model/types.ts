// The egress model: plain data built from the repository's resources. Every stage after `model/` reads only this.
import type { Provenance } from "../provenance/types.js";

/** Where something was written: a path relative to the repository root, 1-based line and column. */
export interface SourceLocation {
  file: string;
  line: number;
  column?: number;
}

export type OutboundMode = "ALLOW_ANY" | "REGISTRY_ONLY" | "ALLOW_ANY_DYNAMIC_DNS";
export const OUTBOUND_MODES: readonly OutboundMode[] = ["ALLOW_ANY", "REGISTRY_ONLY", "ALLOW_ANY_DYNAMIC_DNS"];

/** `istioctl`/`helm`: an install command's `--set`; `kubectl`: an edit of the istio ConfigMap in a script. */
export type MeshConfigSourceKind =
  | "default"
  | "IstioOperator"
  | "ConfigMap"
  | "HelmValues"
  | "MeshConfigFile"
  | "istioctl"
  | "helm"
  | "kubectl";

/** A source that sets the mode but lost to the one in force. */
export interface OtherMeshSource {
  kind: MeshConfigSourceKind;
  mode: string;
  file: string;
  line: number;
}

export interface MeshPolicy {
  /** The mode Istio will run with (an invalid declared mode leaves Istio's default in force). */
  mode: OutboundMode;
  /** What the repository wrote, when it is not a mode Istio accepts (e.g. REGISTER_ONLY). */
  invalidMode?: string;
  sourceKind: MeshConfigSourceKind;
  source?: SourceLocation;
  /** Why this source is the one in force. */
  why: string;
  /** The other sources that set the mode, in precedence order. */
  otherSources: OtherMeshSource[];
  /** Where `outboundTrafficPolicy.egressProxy` was set, if it was. */
  egressProxy?: { host: string; port?: number; subset?: string };
  defaultServiceExportTo: string[];
  defaultVirtualServiceExportTo: string[];
  defaultDestinationRuleExportTo: string[];
  rootNamespace: string;
  clusterDomain: string;
}

/** Istio's model protocols (pkg/config/protocol). "Unsupported" means not declared or not recognised: sniffed. */
export type Protocol =
  | "HTTP"
  | "HTTP2"
  | "GRPC"
  | "GRPC-Web"
  | "HTTP_PROXY"
  | "HTTPS"
  | "TLS"
  | "TCP"
  | "Mongo"
  | "Redis"
  | "MySQL"
  | "UDP"
  | "Unsupported";

export interface ServicePort {
  name?: string;
  number: number;
  protocol: Protocol;
  /** Kubernetes Services: the container port the Service forwards to (number or named port). */
  targetPort?: number | string;
  /** Kubernetes Services: `appProtocol` as written (its meaning depends on the Istio version). */
  appProtocol?: string;
  loc: SourceLocation;
}

export interface Namespace {
  name: string;
  labels: Record<string, string>;
  /** istio-injection / istio.io/rev label: true = enabled, false = explicitly disabled, undefined = not said. */
  injection?: boolean;
  loc?: SourceLocation;
}

export type KubeServiceType = "ClusterIP" | "NodePort" | "LoadBalancer" | "ExternalName";

/** An Ingress or an HTTPRoute: host names from outside the cluster, and the Services they lead to. */
export interface PublicRoute {
  /** `Ingress shop/web` or `HTTPRoute shop/web`. */
  what: string;
  namespace: string;
  hosts: string[];
  /** Names of Services in `namespace`. */
  services: string[];
}

export interface KubeService {
  namespace: string;
  name: string;
  type: KubeServiceType;
  clusterIPs: string[];
  headless: boolean;
  externalName?: string;
  selector?: Record<string, string>;
  ports: ServicePort[];
  /** From the `networking.istio.io/exportTo` annotation; undefined = the mesh default. */
  exportTo?: string[];
  /** Document order across the repository: the stand-in for creation time. */
  order: number;
  loc: SourceLocation;
}

export type SeResolution = "NONE" | "STATIC" | "DNS" | "DNS_ROUND_ROBIN" | "DYNAMIC_DNS";
export type SeLocation = "MESH_EXTERNAL" | "MESH_INTERNAL";

export interface ServiceEntry {
  namespace: string;
  name: string;
  hosts: string[];
  addresses: string[];
  ports: ServicePort[];
  location: SeLocation;
  resolution: SeResolution;
  exportTo?: string[];
  workloadSelector?: Record<string, string>;
  endpoints: { address: string; ports?: Record<string, number> }[];
  /** Rule names switched off with the `egress-lint/ignore` annotation. */
  ignoredRules: string[];
  order: number;
  loc: SourceLocation;
  /** Line of each host in `spec.hosts`, by index. */
  hostLines: number[];
}

export interface SidecarEgressListener {
  port?: { number: number; protocol: Protocol; name?: string };
  bind?: string;
  captureMode?: string;
  hosts: string[];
}

export interface SidecarIngressListener {
  port: { number: number; protocol: Protocol; name?: string };
  bind?: string;
  captureMode?: string;
  defaultEndpoint?: string;
}

export interface SidecarResource {
  namespace: string;
  name: string;
  workloadSelector?: Record<string, string>;
  egress: SidecarEgressListener[];
  /** Inbound listeners declared by the Sidecar; when present they replace the ones derived from Services. */
  ingress?: SidecarIngressListener[];
  outboundTrafficPolicy?: {
    /** As written; validity is judged by the rules. */
    mode?: string;
    egressProxy?: { host: string; port?: number; subset?: string };
    loc: SourceLocation;
  };
  ignoredRules: string[];
  order: number;
  loc: SourceLocation;
}

export interface StringMatch {
  exact?: string;
  prefix?: string;
  regex?: string;
}

export interface HttpMatchRequest {
  name?: string;
  uri?: StringMatch;
  port?: number;
  gateways?: string[];
  sourceLabels?: Record<string, string>;
  sourceNamespace?: string;
  /** True when the match tests headers, query parameters, method, authority or scheme. */
  hasOtherConditions: boolean;
}

export interface RouteDestination {
  host: string;
  port?: number;
  subset?: string;
  weight?: number;
}

export interface HttpRoute {
  name?: string;
  match: HttpMatchRequest[];
  route: RouteDestination[];
  redirect: boolean;
  directResponse: boolean;
}

export interface VirtualService {
  namespace: string;
  name: string;
  hosts: string[];
  gateways: string[];
  exportTo?: string[];
  http: HttpRoute[];
  tlsDestinations: RouteDestination[];
  tcpDestinations: RouteDestination[];
  /** `metadata.creationTimestamp` as written, when the manifest gives one (rarely: exported objects). */
  created?: string;
  /** Rules switched off by the `egress-lint/ignore` annotation. */
  ignoredRules: string[];
  order: number;
  loc: SourceLocation;
}

export interface TlsSettings {
  mode?: string;
  sni?: string;
}

/**
 * `trafficPolicy.loadBalancer.simple` (PASSTHROUGH makes a cluster ORIGINAL_DST), and each `portLevelSettings` entry:
 * an entry for a port replaces the whole policy for it, so its load balancer may be unset.
 */
export interface LoadBalancerPolicy {
  simple?: string;
  ports: { port: number; simple?: string }[];
}

export interface DestinationRule {
  namespace: string;
  name: string;
  host: string;
  exportTo?: string[];
  workloadSelector?: Record<string, string>;
  tls?: TlsSettings;
  portTls: { port: number; tls: TlsSettings }[];
  /** The load balancer of the whole traffic policy, and of each port that has settings of its own. */
  loadBalancer: LoadBalancerPolicy;
  subsets: { name: string; tls?: TlsSettings; loadBalancer: LoadBalancerPolicy }[];
  order: number;
  loc: SourceLocation;
}

export interface Gateway {
  namespace: string;
  name: string;
  selector: Record<string, string>;
  servers: { port: number; protocol: string; hosts: string[] }[];
  order: number;
  loc: SourceLocation;
}

export type WorkloadKind =
  | "Deployment"
  | "StatefulSet"
  | "DaemonSet"
  | "Job"
  | "CronJob"
  | "DeploymentConfig"
  | "Rollout";

export interface Container {
  name: string;
  /** As written (`ghcr.io/acme/checkout:1.2`); "" when the manifest gives none. */
  image: string;
  imageLoc: SourceLocation;
  /** The ConfigMaps it takes whole as variables (`envFrom`), each key named with the prefix. */
  envFrom: { configMap: string; prefix: string }[];
  /** The keys it takes one by one as variables (`configMapKeyRef`). */
  configMapKeys: { configMap: string; key: string; variable: string }[];
  /** The ConfigMaps it mounts as files (a `configMap` volume or a projected source), sorted. */
  configMapFiles: string[];
  /**
   * Of those, the ones it mounts only inside a web server's document root (`/usr/share/nginx/html/…`), with that
   * path: files it serves to browsers, not configuration it reads. Sorted by name.
   */
  configMapsServed: { configMap: string; mountPath: string }[];
  /** The kinds of the volumes it mounts (`configMap`, `secret`, `emptyDir`, `persistentVolumeClaim`…), sorted. */
  volumeKinds: string[];
  env: { name: string; value: string; loc: SourceLocation }[];
  args: { value: string; loc: SourceLocation }[];
  command: { value: string; loc: SourceLocation }[];
  ports: { name?: string; containerPort: number }[];
  /**
   * It runs as UID 1337, the sidecar's own user (its `securityContext`, else the pod's): Istio's traffic redirection
   * leaves that user's connections alone, so they never meet the outbound policy.
   */
  proxyUser?: boolean;
}

export interface Workload {
  kind: WorkloadKind;
  namespace: string;
  name: string;
  podLabels: Record<string, string>;
  podAnnotations: Record<string, string>;
  /** Whether the pod gets a sidecar: pod label/annotation first, then the namespace label. */
  injected: boolean;
  containers: Container[];
  /** The Sidecar resource that applies (selector > namespace > root namespace), if any. */
  sidecar?: { namespace: string; name: string };
  /** Effective outbound policy: the Sidecar's override, else the mesh's. */
  mode: OutboundMode;
  modeSource: "sidecar" | "mesh";
  order: number;
  loc: SourceLocation;
}

/**
 * An Admiral `Dependency` (admiral.io): for the workloads whose `identityLabel` label is `source`, Admiral creates at
 * run time a ServiceEntry for `<env>.<identity>.global` of each destination identity, which leads to wherever that
 * identity runs (another cluster's gateway). No file holds those ServiceEntries.
 */
export interface AdmiralDependency {
  namespace: string;
  name: string;
  source: string;
  identityLabel: string;
  destinations: string[];
  loc: SourceLocation;
}

export type MtlsMode = "UNSET" | "DISABLE" | "PERMISSIVE" | "STRICT";

/** security.istio.io PeerAuthentication: only what decides how many inbound filter chains a sidecar gets. */
export interface PeerAuthentication {
  namespace: string;
  name: string;
  selector?: Record<string, string>;
  mode: MtlsMode;
  /** Per container port overrides (only honoured with a selector). */
  portLevelMtls: { port: number; mode: MtlsMode }[];
  order: number;
  loc: SourceLocation;
}

export interface ConfigMapData {
  namespace: string;
  name: string;
  /**
   * `loc`: the key's line, the value's lines following it; or, for a value Kustomize read from a file, line 0 of that
   * file, so that the value's first line is the file's first.
   */
  entries: { key: string; value: string; loc: SourceLocation }[];
  loc: SourceLocation;
}

export interface EgressModel {
  mesh: MeshPolicy;
  namespaces: Namespace[];
  services: KubeService[];
  serviceEntries: ServiceEntry[];
  sidecars: SidecarResource[];
  virtualServices: VirtualService[];
  destinationRules: DestinationRule[];
  gateways: Gateway[];
  workloads: Workload[];
  configMaps: ConfigMapData[];
  /** Absent in models built by hand; the route simulator then assumes the mesh default (PERMISSIVE). */
  peerAuthentications?: PeerAuthentication[];
  /** OpenShift Service Mesh 2 (the repository holds `maistra.io` objects): only a pod's own annotation injects. */
  injectionPodOnly?: boolean;
  /**
   * OpenShift Service Mesh 2: the namespaces its ServiceMeshMemberRoll and ServiceMeshMember objects make members,
   * sorted; absent where it has none, or where a roll selects members by label (then membership cannot be told).
   */
  meshMembers?: string[];
  /** Kubernetes Ingresses and Gateway API HTTPRoutes: the public names that lead to the repository's Services. */
  publicRoutes?: PublicRoute[];
  /** Admiral `Dependency` objects: the `*.global` names Admiral registers at run time, and for whom. */
  admiralDependencies?: AdmiralDependency[];
  /** Which files each workload container's image ships; absent when the repository's build files were not read. */
  provenance?: Provenance;
  /**
   * Where the repository first enables sidecar injection (a Namespace labelled for it, here or by a script, or a pod
   * that asks for a sidecar); null when nowhere. Only then is a namespace it does not declare taken as injected.
   * Absent in models built by hand, which take undeclared namespaces as injected.
   */
  injectionShown?: SourceLocation | null;
  /**
   * When every piece of that evidence lies in one example or use case of a collection (`examples/mesh-demo`), those
   * folders: an undeclared namespace is taken as injected only for workloads in them.
   */
  injectionScopes?: string[];
}
