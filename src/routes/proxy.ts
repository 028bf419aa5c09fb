// What istiod knows about a sidecar proxy that the tables depend on: its namespace and labels, its DNS domain, the
// Sidecar resource that scopes it, the outbound policy, and DNS capture (from proxy metadata).
import { parseYamlFile } from "../manifests/parse-yaml.js";
import { get, isObject } from "../manifests/resource.js";
import { effectiveMode, sidecarFor } from "../model/sidecar-scope.js";
import type { EgressModel, OutboundMode, SidecarResource, Workload } from "../model/types.js";
import type { VersionFlags } from "./versions.js";

export interface ProxyFacts {
  id: string;
  namespace: string;
  labels: Record<string, string>;
  /** `<namespace>.svc.<clusterDomain>`, the DNS domain in the proxy's node id. */
  dnsDomain: string;
  sidecar?: SidecarResource;
  mode: OutboundMode;
  egressProxy?: { host: string; port?: number; subset?: string };
  dnsCapture: boolean;
  dnsAutoAllocate: boolean;
  /** `sidecar.istio.io/interceptionMode: NONE`: no traffic capture, every listener binds to a real port. */
  interceptionNone: boolean;
  workload: Workload;
}

/** `proxy.istio.io/config` is a ProxyConfig in YAML; its proxyMetadata becomes ISTIO_META_* of the proxy. */
function proxyMetadata(w: Workload): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of w.containers) if (c.name === "istio-proxy") for (const e of c.env) out[e.name] = e.value;
  const text = w.podAnnotations["proxy.istio.io/config"];
  if (text !== undefined) {
    const doc = parseYamlFile(text).documents[0];
    const meta = doc ? get(doc.value, "proxyMetadata") : undefined;
    if (isObject(meta))
      for (const [k, v] of Object.entries(meta))
        if (typeof v === "string" || typeof v === "boolean") out[k] = String(v);
  }
  return out;
}

function isTrue(v: string | undefined): boolean {
  return v !== undefined && ["true", "1", "t"].includes(v.toLowerCase());
}

export function proxyFacts(model: EgressModel, w: Workload): ProxyFacts {
  const sidecar = sidecarFor(model.sidecars, w.namespace, w.podLabels, model.mesh.rootNamespace, w.loc.file);
  const { mode } = effectiveMode(sidecar, model.mesh);
  const meta = proxyMetadata(w);
  const egressProxy = sidecar?.outboundTrafficPolicy?.egressProxy;
  return {
    id: `${w.namespace}/${w.name}`,
    namespace: w.namespace,
    labels: w.podLabels,
    dnsDomain: `${w.namespace}.svc.${model.mesh.clusterDomain}`,
    ...(sidecar ? { sidecar } : {}),
    // ALLOW_ANY_DYNAMIC_DNS is kept: the tables of 1.31+ show it, older releases take it as ALLOW_ANY (outboundMode).
    mode,
    // Only a Sidecar's policy carries an egress proxy into the sidecar scope; the mesh copy keeps just the mode.
    ...(egressProxy ? { egressProxy } : {}),
    dnsCapture: isTrue(meta.ISTIO_META_DNS_CAPTURE),
    dnsAutoAllocate: isTrue(meta.ISTIO_META_DNS_AUTO_ALLOCATE),
    interceptionNone: w.podAnnotations["sidecar.istio.io/interceptionMode"] === "NONE",
    workload: w,
  };
}

/** The mode the version's istiod applies: before 1.31 it does not know ALLOW_ANY_DYNAMIC_DNS and keeps ALLOW_ANY. */
export function outboundMode(proxy: ProxyFacts, flags: VersionFlags): OutboundMode {
  return proxy.mode === "ALLOW_ANY_DYNAMIC_DNS" && !flags.allowAnyDynamicDns ? "ALLOW_ANY" : proxy.mode;
}
