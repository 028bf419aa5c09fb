// `helm template` output -> Resources located in the template that produced them, and the mesh config it renders.
import type { MeshConfigDocument } from "../manifests/load.js";
import { parseYamlFile } from "../manifests/parse-yaml.js";
import { asString, isObject, type JsonObject, type Resource } from "../manifests/resource.js";
import { isMeshConfigMap } from "../model/mesh-policy.js";
import { meshDocumentOf } from "./helm-values.js";
import { inDir } from "./paths.js";
import { placeObject, type Placement } from "./place.js";
import type { HelmJob, InlineValues } from "./types.js";

export interface HelmOutput {
  resources: Resource[];
  meshDocuments: MeshConfigDocument[];
}

export interface HelmOutputContext {
  job: HelmJob;
  textOf: (file: string) => string | undefined;
  defaultNamespace: string;
}

export function resourcesFromHelmOutput(stdout: string, ctx: HelmOutputContext): HelmOutput {
  const out: HelmOutput = { resources: [], meshDocuments: [] };
  for (const chunk of stdout.split(/^---[ \t]*$/m)) {
    const source = /^# Source: (.+)$/m.exec(chunk)?.[1]?.trim();
    for (const doc of parseYamlFile(chunk).documents) {
      if (!isObject(doc.value) || typeof doc.value.kind !== "string") continue;
      const obj = doc.value;
      const mesh = takeMeshConfig(obj);
      if (mesh) out.meshDocuments.push(meshDocumentFor(mesh, ctx));
      const r = placeObject(
        obj,
        templatePlacement(source, String(obj.kind), ctx),
        { name: ctx.job.namespace, mode: "fill" },
        ctx.defaultNamespace,
      );
      if (r) out.resources.push(r);
    }
  }
  return out;
}

/** `chart/templates/x.yaml` (or `chart/charts/sub/templates/y.yaml`) -> the template file and the line of its kind. */
function templatePlacement(source: string | undefined, kind: string, ctx: HelmOutputContext): Placement {
  const chartFile = inDir(ctx.job.chartDir, "Chart.yaml");
  const rel = source?.split("/").slice(1).join("/");
  const file = rel ? inDir(ctx.job.chartDir, rel) : undefined;
  const text = file !== undefined ? ctx.textOf(file) : undefined;
  if (file === undefined || text === undefined) return { loc: { file: chartFile, line: 1 }, lines: new Map() };
  // Compared as text, not as a pattern: a kind comes from rendered output and may hold any character.
  const index = text.split("\n").findIndex(
    (l) =>
      l
        .trim()
        .replace(/^kind:\s*/, "")
        .replace(/^["']|["']$/g, "") === kind && /^\s*kind:/.test(l),
  );
  return { loc: { file, line: index + 1 || 1 }, lines: new Map() };
}

/**
 * istiod's chart renders `meshConfig` values into the `istio` ConfigMap. The rendered text is what istiod reads, but
 * nobody wrote it: the mesh policy is reported at the values that set it, and the ConfigMap keeps its other data.
 */
function takeMeshConfig(obj: JsonObject): Record<string, unknown> | undefined {
  const metadata = isObject(obj.metadata) ? obj.metadata : {};
  if (obj.kind !== "ConfigMap" || !isMeshConfigMap(asString(metadata.name) ?? "") || !isObject(obj.data))
    return undefined;
  const text = obj.data.mesh;
  if (typeof text !== "string") return undefined;
  const value = parseYamlFile(text).documents[0]?.value;
  if (!isObject(value)) return undefined;
  delete obj.data.mesh;
  return value;
}

function meshDocumentFor(meshConfig: Record<string, unknown>, ctx: HelmOutputContext): MeshConfigDocument {
  const written = meshValuesSource(ctx);
  if (written) return { ...written, meshConfig };
  return {
    kind: "HelmValues",
    meshConfig,
    loc: { file: inDir(ctx.job.chartDir, "Chart.yaml"), line: 1 },
    lines: new Map(),
    base: "",
  };
}

/** The values with the highest precedence that write `meshConfig`: inline values, then files named last, then the chart's. */
function meshValuesSource(ctx: HelmOutputContext): MeshConfigDocument | undefined {
  const inline = [...ctx.job.values.inline]
    .reverse()
    .map(meshDocumentOf)
    .find((d) => d !== undefined);
  if (inline) return inline;
  for (const file of [...ctx.job.values.valueFiles].reverse().concat(inDir(ctx.job.chartDir, "values.yaml"))) {
    const text = ctx.textOf(file);
    const doc = text === undefined ? undefined : parseYamlFile(text).documents[0];
    if (!doc || !isObject(doc.value)) continue;
    const values: InlineValues = { value: doc.value, loc: { file, line: doc.line }, base: "", lines: doc.lines };
    const found = meshDocumentOf(values);
    if (found) return found;
  }
  return undefined;
}
