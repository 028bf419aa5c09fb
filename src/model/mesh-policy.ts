// Where the mesh's outbound policy comes from, and what it is.
import type { MeshConfigDocument } from "../manifests/load.js";
import { lineOf, parseYamlFile } from "../manifests/parse-yaml.js";
import { asString, asStringArray, get, isObject, type Resource } from "../manifests/resource.js";
import type { MeshConfigSourceKind, MeshPolicy, OutboundMode, SourceLocation } from "./types.js";
import { OUTBOUND_MODES } from "./types.js";

/** A place that configures istiod's mesh config, with a way to find the line of any field in it. */
interface MeshSource {
  kind: MeshConfigSourceKind;
  meshConfig: Record<string, unknown>;
  at: (path: string[]) => SourceLocation;
}

export const DEFAULT_ROOT_NAMESPACE = "istio-system";

/** ConfigMaps istiod (or a managed control plane) reads its mesh config from. */
export function isMeshConfigMap(name: string): boolean {
  return name === "istio" || /^istio-(?!sidecar-injector)[a-z0-9-]+$/.test(name) || name === "istio-asm-managed";
}

export function meshSourcesFromResources(resources: readonly Resource[]): MeshSource[] {
  const out: MeshSource[] = [];
  for (const r of resources) {
    if (r.kind === "IstioOperator" && isObject(get(r.body, "spec", "meshConfig"))) {
      out.push({
        kind: "IstioOperator",
        meshConfig: get(r.body, "spec", "meshConfig") as Record<string, unknown>,
        at: (p) => ({ file: r.loc.file, line: lineOf(r.lines, ["spec", "meshConfig", ...p], r.loc.line) }),
      });
    } else if (
      r.kind === "ConfigMap" &&
      r.group === "" &&
      isMeshConfigMap(r.name) &&
      typeof get(r.body, "data", "mesh") === "string"
    ) {
      const text = get(r.body, "data", "mesh") as string;
      const parsed = parseYamlFile(text);
      const doc = parsed.documents[0];
      if (!doc || !isObject(doc.value)) continue;
      // The mesh text is a block scalar: its line N is the ConfigMap's line (key line + N) in the usual `mesh: |` form.
      const keyLine = lineOf(r.lines, ["data", "mesh"], r.loc.line);
      out.push({
        kind: "ConfigMap",
        meshConfig: doc.value,
        at: (p) => ({ file: r.loc.file, line: keyLine + lineOf(doc.lines, p, doc.line) }),
      });
    }
  }
  return out;
}

export function meshSourceFromDocument(doc: MeshConfigDocument): MeshSource {
  return {
    kind: doc.kind,
    meshConfig: doc.meshConfig,
    at: (p) => ({ file: doc.loc.file, line: lineOf(doc.lines, [...pointerParts(doc.base), ...p], doc.loc.line) }),
  };
}

/** A `--mesh-config` file: a MeshConfig YAML, or a values file / IstioOperator that holds one. */
export function meshSourceFromFile(path: string, text: string): MeshSource | undefined {
  const parsed = parseYamlFile(text);
  const doc = parsed.documents[0];
  if (!doc || !isObject(doc.value)) return undefined;
  const v = doc.value;
  const base = isObject(get(v, "spec", "meshConfig"))
    ? ["spec", "meshConfig"]
    : isObject(v.meshConfig)
      ? ["meshConfig"]
      : [];
  const meshConfig = (base.length ? get(v, ...base) : v) as Record<string, unknown>;
  return {
    kind: "MeshConfigFile",
    meshConfig,
    at: (p) => ({ file: path, line: lineOf(doc.lines, [...base, ...p], doc.line) }),
  };
}

function pointerParts(pointer: string): string[] {
  return pointer.split("/").slice(1);
}

/** The file wins over the repository; among the repository's sources, what istiod reads at run time (the ConfigMap) first. */
const PRECEDENCE: MeshConfigSourceKind[] = ["MeshConfigFile", "ConfigMap", "IstioOperator", "HelmValues"];

export function resolveMeshPolicy(sources: readonly MeshSource[]): MeshPolicy {
  const ordered = [...sources].sort((a, b) => PRECEDENCE.indexOf(a.kind) - PRECEDENCE.indexOf(b.kind));
  const policy: MeshPolicy = {
    mode: "ALLOW_ANY",
    sourceKind: "default",
    defaultServiceExportTo: ["*"],
    defaultVirtualServiceExportTo: ["*"],
    defaultDestinationRuleExportTo: ["*"],
    rootNamespace: DEFAULT_ROOT_NAMESPACE,
    clusterDomain: "cluster.local",
  };
  const withMode = ordered.find((s) => get(s.meshConfig, "outboundTrafficPolicy", "mode") !== undefined);
  if (withMode) {
    const declared = asString(get(withMode.meshConfig, "outboundTrafficPolicy", "mode")) ?? "";
    policy.sourceKind = withMode.kind;
    policy.source = withMode.at(["outboundTrafficPolicy", "mode"]);
    if (OUTBOUND_MODES.includes(declared as OutboundMode)) policy.mode = declared as OutboundMode;
    else policy.invalidMode = declared;
    const proxy = get(withMode.meshConfig, "outboundTrafficPolicy", "egressProxy");
    if (isObject(proxy) && typeof proxy.host === "string") policy.egressProxy = { host: proxy.host };
  } else if (ordered[0]) {
    policy.sourceKind = ordered[0].kind;
    policy.source = ordered[0].at([]);
  }
  const pick = (key: string) => ordered.find((s) => s.meshConfig[key] !== undefined);
  const svc = pick("defaultServiceExportTo");
  if (svc) policy.defaultServiceExportTo = asStringArray(svc.meshConfig.defaultServiceExportTo);
  const vs = pick("defaultVirtualServiceExportTo");
  if (vs) policy.defaultVirtualServiceExportTo = asStringArray(vs.meshConfig.defaultVirtualServiceExportTo);
  const dr = pick("defaultDestinationRuleExportTo");
  if (dr) policy.defaultDestinationRuleExportTo = asStringArray(dr.meshConfig.defaultDestinationRuleExportTo);
  const root = pick("rootNamespace");
  if (root) policy.rootNamespace = asString(root.meshConfig.rootNamespace) ?? DEFAULT_ROOT_NAMESPACE;
  return policy;
}
