// Istio networking resources -> model records. Only what the model and the simulator read is kept.
import {
  asArray,
  asNumber,
  asString,
  asStringArray,
  get,
  isObject,
  locOf,
  stringMap,
  type Resource,
} from "../manifests/resource.js";
import { parseProtocol } from "./protocol.js";
import { creationTimestamp } from "./creation-order.js";
import type {
  DestinationRule,
  Gateway,
  HttpMatchRequest,
  HttpRoute,
  LoadBalancerPolicy,
  MtlsMode,
  PeerAuthentication,
  RouteDestination,
  SeLocation,
  SeResolution,
  ServiceEntry,
  SidecarIngressListener,
  SidecarResource,
  TlsSettings,
  VirtualService,
} from "./types.js";

/** Rule names listed in the `egress-lint/ignore` annotation. */
export function ignoredRules(r: Resource): string[] {
  const v = r.annotations["egress-lint/ignore"];
  return v === undefined
    ? []
    : v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
}

function optionalList(v: unknown): string[] | undefined {
  return Array.isArray(v) ? asStringArray(v) : undefined;
}

/** Sidecars and ServiceEntries select by `labels`; DestinationRules by `matchLabels` (istio.type.v1beta1). */
function selectorOf(spec: unknown, field: "labels" | "matchLabels" = "labels"): Record<string, string> | undefined {
  const labels = get(spec, "workloadSelector", field);
  return isObject(labels) ? stringMap(labels) : undefined;
}

const RESOLUTIONS: SeResolution[] = ["NONE", "STATIC", "DNS", "DNS_ROUND_ROBIN", "DYNAMIC_DNS"];

export function toServiceEntry(r: Resource, order: number): ServiceEntry {
  const spec = get(r.body, "spec");
  const resolution = asString(get(spec, "resolution")) ?? "NONE";
  return {
    namespace: r.namespace,
    name: r.name,
    hosts: asStringArray(get(spec, "hosts")),
    hostLines: asArray(get(spec, "hosts")).map((_, i) => locOf(r, ["spec", "hosts", i]).line),
    addresses: asStringArray(get(spec, "addresses")),
    ports: asArray(get(spec, "ports")).flatMap((p, i) => {
      const number = asNumber(get(p, "number"));
      if (number === undefined) return [];
      const name = asString(get(p, "name"));
      return [
        {
          name,
          number,
          protocol: parseProtocol(asString(get(p, "protocol"))),
          targetPort: asNumber(get(p, "targetPort")),
          loc: locOf(r, ["spec", "ports", i]),
        },
      ];
    }),
    location: (asString(get(spec, "location")) === "MESH_INTERNAL" ? "MESH_INTERNAL" : "MESH_EXTERNAL") as SeLocation,
    resolution: (RESOLUTIONS.includes(resolution as SeResolution) ? resolution : "NONE") as SeResolution,
    exportTo: optionalList(get(spec, "exportTo")),
    workloadSelector: selectorOf(spec),
    endpoints: asArray(get(spec, "endpoints")).map((e) => ({
      address: asString(get(e, "address")) ?? "",
      ports: isObject(get(e, "ports")) ? (get(e, "ports") as Record<string, number>) : undefined,
    })),
    ignoredRules: ignoredRules(r),
    order,
    loc: r.loc,
  };
}

export function toSidecar(r: Resource, order: number): SidecarResource {
  const spec = get(r.body, "spec");
  const policy = get(spec, "outboundTrafficPolicy");
  const proxy = get(policy, "egressProxy");
  return {
    namespace: r.namespace,
    name: r.name,
    workloadSelector: selectorOf(spec),
    egress: asArray(get(spec, "egress")).map((e) => {
      const number = asNumber(get(e, "port", "number"));
      return {
        port:
          number === undefined
            ? undefined
            : {
                number,
                protocol: parseProtocol(asString(get(e, "port", "protocol"))),
                name: asString(get(e, "port", "name")),
              },
        bind: asString(get(e, "bind")),
        captureMode: asString(get(e, "captureMode")),
        hosts: asStringArray(get(e, "hosts")),
      };
    }),
    ...(Array.isArray(get(spec, "ingress"))
      ? { ingress: asArray(get(spec, "ingress")).flatMap(toIngressListener) }
      : {}),
    outboundTrafficPolicy: isObject(policy)
      ? {
          mode: asString(policy.mode),
          egressProxy:
            isObject(proxy) && typeof proxy.host === "string"
              ? { host: proxy.host, port: asNumber(get(proxy, "port", "number")), subset: asString(proxy.subset) }
              : undefined,
          loc: locOf(r, ["spec", "outboundTrafficPolicy", ...(policy.mode === undefined ? [] : ["mode"])]),
        }
      : undefined,
    ignoredRules: ignoredRules(r),
    order,
    loc: r.loc,
  };
}

function toIngressListener(i: unknown): SidecarIngressListener[] {
  const number = asNumber(get(i, "port", "number"));
  if (number === undefined) return [];
  return [
    {
      port: {
        number,
        protocol: parseProtocol(asString(get(i, "port", "protocol"))),
        name: asString(get(i, "port", "name")),
      },
      bind: asString(get(i, "bind")),
      captureMode: asString(get(i, "captureMode")),
      defaultEndpoint: asString(get(i, "defaultEndpoint")),
    },
  ];
}

const MTLS_MODES: MtlsMode[] = ["UNSET", "DISABLE", "PERMISSIVE", "STRICT"];

function mtlsModeOf(v: unknown): MtlsMode {
  const s = asString(v);
  return s !== undefined && MTLS_MODES.includes(s as MtlsMode) ? (s as MtlsMode) : "UNSET";
}

/** security.istio.io PeerAuthentication; portLevelMtls is keyed by container port. */
export function toPeerAuthentication(r: Resource, order: number): PeerAuthentication {
  const spec = get(r.body, "spec");
  const selector = get(spec, "selector", "matchLabels");
  const ports = get(spec, "portLevelMtls");
  return {
    namespace: r.namespace,
    name: r.name,
    ...(isObject(selector) ? { selector: stringMap(selector) } : {}),
    mode: mtlsModeOf(get(spec, "mtls", "mode")),
    portLevelMtls: isObject(ports)
      ? Object.entries(ports).flatMap(([port, v]) =>
          /^[0-9]+$/.test(port) ? [{ port: Number(port), mode: mtlsModeOf(get(v, "mode")) }] : [],
        )
      : [],
    order,
    loc: r.loc,
  };
}

function toDestination(d: unknown): RouteDestination | undefined {
  const host = asString(get(d, "destination", "host"));
  if (!host) return undefined;
  return {
    host,
    port: asNumber(get(d, "destination", "port", "number")),
    subset: asString(get(d, "destination", "subset")),
    weight: asNumber(get(d, "weight")),
  };
}

function destinations(list: unknown): RouteDestination[] {
  return asArray(list).flatMap((x) =>
    asArray(get(x, "route"))
      .map(toDestination)
      .filter((d): d is RouteDestination => d !== undefined),
  );
}

const OTHER_MATCH_CONDITIONS = ["headers", "queryParams", "method", "authority", "scheme", "withoutHeaders"];

function toMatch(m: unknown): HttpMatchRequest {
  const uri = get(m, "uri");
  return {
    name: asString(get(m, "name")),
    uri: isObject(uri)
      ? { exact: asString(uri.exact), prefix: asString(uri.prefix), regex: asString(uri.regex) }
      : undefined,
    port: asNumber(get(m, "port")),
    gateways: optionalList(get(m, "gateways")),
    sourceLabels: isObject(get(m, "sourceLabels")) ? stringMap(get(m, "sourceLabels")) : undefined,
    sourceNamespace: asString(get(m, "sourceNamespace")),
    hasOtherConditions: OTHER_MATCH_CONDITIONS.some((k) => get(m, k) !== undefined),
  };
}

function toHttpRoute(h: unknown): HttpRoute {
  return {
    name: asString(get(h, "name")),
    match: asArray(get(h, "match")).map(toMatch),
    route: asArray(get(h, "route"))
      .map(toDestination)
      .filter((d): d is RouteDestination => d !== undefined),
    redirect: get(h, "redirect") !== undefined,
    directResponse: get(h, "directResponse") !== undefined,
  };
}

function createdOf(r: Resource): { created?: string } {
  const created = creationTimestamp(r);
  return created === undefined ? {} : { created };
}

export function toVirtualService(r: Resource, order: number): VirtualService {
  const spec = get(r.body, "spec");
  return {
    namespace: r.namespace,
    name: r.name,
    hosts: asStringArray(get(spec, "hosts")),
    gateways: asStringArray(get(spec, "gateways")),
    exportTo: optionalList(get(spec, "exportTo")),
    http: asArray(get(spec, "http")).map(toHttpRoute),
    tlsDestinations: destinations(get(spec, "tls")),
    tcpDestinations: destinations(get(spec, "tcp")),
    ...createdOf(r),
    ignoredRules: ignoredRules(r),
    order,
    loc: r.loc,
  };
}

function toTls(v: unknown): TlsSettings | undefined {
  return isObject(v) ? { mode: asString(v.mode), sni: asString(v.sni) } : undefined;
}

function toLoadBalancer(policy: unknown): LoadBalancerPolicy {
  const simple = asString(get(policy, "loadBalancer", "simple"));
  return {
    ...(simple !== undefined ? { simple } : {}),
    ports: asArray(get(policy, "portLevelSettings")).flatMap((p) => {
      const port = asNumber(get(p, "port", "number"));
      const portSimple = asString(get(p, "loadBalancer", "simple"));
      return port === undefined ? [] : [{ port, ...(portSimple !== undefined ? { simple: portSimple } : {}) }];
    }),
  };
}

export function toDestinationRule(r: Resource, order: number): DestinationRule {
  const spec = get(r.body, "spec");
  return {
    namespace: r.namespace,
    name: r.name,
    host: asString(get(spec, "host")) ?? "",
    exportTo: optionalList(get(spec, "exportTo")),
    workloadSelector: selectorOf(spec, "matchLabels"),
    tls: toTls(get(spec, "trafficPolicy", "tls")),
    portTls: asArray(get(spec, "trafficPolicy", "portLevelSettings")).flatMap((p) => {
      const port = asNumber(get(p, "port", "number"));
      const tls = toTls(get(p, "tls"));
      return port !== undefined && tls ? [{ port, tls }] : [];
    }),
    loadBalancer: toLoadBalancer(get(spec, "trafficPolicy")),
    subsets: asArray(get(spec, "subsets")).map((s) => ({
      name: asString(get(s, "name")) ?? "",
      tls: toTls(get(s, "trafficPolicy", "tls")),
      loadBalancer: toLoadBalancer(get(s, "trafficPolicy")),
    })),
    order,
    loc: r.loc,
  };
}

export function toGateway(r: Resource, order: number): Gateway {
  const spec = get(r.body, "spec");
  return {
    namespace: r.namespace,
    name: r.name,
    selector: stringMap(get(spec, "selector")),
    servers: asArray(get(spec, "servers")).map((s) => ({
      port: asNumber(get(s, "port", "number")) ?? 0,
      protocol: asString(get(s, "port", "protocol")) ?? "",
      hosts: asStringArray(get(s, "hosts")),
    })),
    order,
    loc: r.loc,
  };
}
