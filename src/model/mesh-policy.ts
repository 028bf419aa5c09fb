// Where the mesh's outbound policy comes from, and what it is.
import type { MeshConfigDocument } from "../manifests/load.js";
import { lineOf, parseYamlFile } from "../manifests/parse-yaml.js";
import { asString, asStringArray, get, isObject, type Resource } from "../manifests/resource.js";
import type { MeshConfigSourceKind, MeshPolicy, OutboundMode, SourceLocation } from "./types.js";
import { OUTBOUND_MODES } from "./types.js";
import { orderMeshSources, whyItWins } from "./mesh-precedence.js";

/** A place that configures istiod's mesh config, with a way to find the line of any field in it. */
export interface MeshSource {
  kind: MeshConfigSourceKind;
  meshConfig: Record<string, unknown>;
  at: (path: string[]) => SourceLocation;
  /** The install command that applies this file or heredoc (`istioctl install -f`, `helm upgrade -f`). */
  via?: SourceLocation;
}

export const DEFAULT_ROOT_NAMESPACE = "istio-system";

/** ConfigMaps istiod (or a managed control plane) reads its mesh config from. */
export function isMeshConfigMap(name: string): boolean {
  return name === "istio" || /^istio-(?!sidecar-injector)[a-z0-9-]+$/.test(name) || name === "istio-asm-managed";
}

export function meshSourcesFromResources(resources: readonly Resource[]): MeshSource[] {
  const out: MeshSource[] = [];
  for (const r of resources) {
    if (r.kind === "IstioOperator") {
      // istioctl lays spec.meshConfig over spec.values.meshConfig, the older place for it.
      for (const base of [
        ["spec", "meshConfig"],
        ["spec", "values", "meshConfig"],
      ]) {
        const meshConfig = get(r.body, ...base);
        if (!isObject(meshConfig)) continue;
        out.push({
          kind: "IstioOperator",
          meshConfig,
          at: (p) => ({ file: r.loc.file, line: lineOf(r.lines, [...base, ...p], r.loc.line) }),
        });
      }
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
    ...(doc.via ? { via: doc.via } : {}),
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

const modeOf = (s: MeshSource) => get(s.meshConfig, "outboundTrafficPolicy", "mode");

export function resolveMeshPolicy(sources: readonly MeshSource[]): MeshPolicy {
  const ordered = orderMeshSources(sources);
  const policy: MeshPolicy = {
    mode: "ALLOW_ANY",
    sourceKind: "default",
    defaultServiceExportTo: ["*"],
    defaultVirtualServiceExportTo: ["*"],
    defaultDestinationRuleExportTo: ["*"],
    rootNamespace: DEFAULT_ROOT_NAMESPACE,
    clusterDomain: "cluster.local",
    why: "nothing in the repository sets outboundTrafficPolicy.mode, so Istio's default applies",
    otherSources: [],
  };
  const setters = settersOfMode(ordered);
  const withMode = setters[0];
  if (withMode) {
    const others = setters.slice(1);
    policy.why = whyItWins(withMode, others);
    policy.otherSources = others.map((o) => {
      const at = o.at(["outboundTrafficPolicy", "mode"]);
      return { kind: o.kind, mode: asString(modeOf(o)) ?? "", file: at.file, line: at.line };
    });
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

/** The sources that set a mode, the winner first; a place reached twice (a file named by a command) counts once. */
function settersOfMode(ordered: readonly MeshSource[]): MeshSource[] {
  const seen = new Set<string>();
  return ordered.filter((s) => {
    if (modeOf(s) === undefined) return false;
    const at = s.at(["outboundTrafficPolicy", "mode"]);
    const key = `${at.file}:${at.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A heredoc expands `$MODE` when the shell runs it: such a mode is unknown here, not invalid. */
export function withResolvedMode(sources: MeshSource[]): MeshSource[] {
  return sources.flatMap((s) => {
    const policy = s.meshConfig.outboundTrafficPolicy;
    if (!isObject(policy) || typeof policy.mode !== "string" || !policy.mode.includes("$")) return [s];
    const { mode: _unknown, ...rest } = policy;
    return [{ ...s, meshConfig: { ...s.meshConfig, outboundTrafficPolicy: rest } }];
  });
}
