// Files -> resources (+ findings for what could not be read), each file on its own so one bad file hides nothing.
import type { Finding } from "../findings.js";
import type { SourceLocation } from "../model/types.js";
import { finding } from "../rules/emit.js";
import { parseYamlFile, type ParsedDocument } from "./parse-yaml.js";
import { isObject, resourcesFromDocument, type Resource } from "./resource.js";
import { unservedWorkload } from "./unserved-workload.js";
import { validateIstioResource } from "./validate.js";
import { helmfileMeshValues } from "./helmfile-values.js";
import { LineIndex } from "../scan/positions.js";

export interface TextFile {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

/** A values file or mesh config document that configures istiod without being a Kubernetes object. */
export interface MeshConfigDocument {
  /** `helm`: `--set`-like values (helmfile's `set:`), which win over the values. */
  kind: "HelmValues" | "helm";
  meshConfig: Record<string, unknown>;
  loc: SourceLocation;
  lines: Map<string, number>;
  /** The pointer of `meshConfig` inside the document. */
  base: string;
  /** The release that installs these values (a helmfile release). */
  via?: SourceLocation;
}

export interface LoadedManifests {
  resources: Resource[];
  meshDocuments: MeshConfigDocument[];
  findings: Finding[];
}

export interface LoadOptions {
  defaultNamespace: string;
  /**
   * Parses by file text, shared by the lints of one run: a change leaves most manifests of the base as they are in
   * the head, and parsing is the costliest part of loading. What is parsed is never changed afterwards.
   */
  parsed?: Map<string, ParsedFile>;
}

export type ParsedFile = ReturnType<typeof parseYamlFile>;

export function parseOnce(text: string, cache: Map<string, ParsedFile> | undefined): ParsedFile {
  if (!cache) return parseYamlFile(text);
  let parsed = cache.get(text);
  if (!parsed) cache.set(text, (parsed = parseYamlFile(text)));
  return parsed;
}

export function loadManifests(files: readonly TextFile[], options: LoadOptions): LoadedManifests {
  const out: LoadedManifests = { resources: [], meshDocuments: [], findings: [] };
  for (const file of files) {
    if (isJsonData(file)) continue;
    const parsed = parseOnce(file.text, options.parsed);
    // Most files parse; only a refused one is searched for what a manifest names.
    const said = parsed.problems.length > 0 && mayHoldManifests(file.text);
    const template = said ? templateFinding(file.path, file.text) : undefined;
    if (template !== undefined) out.findings.push(template);
    else
      for (const p of parsed.problems)
        if (said || p.limit) out.findings.push(yamlFinding(file.path, p.line, p.column, p.message));
    for (const doc of parsed.documents) {
      const resources = resourcesFromDocument(doc, file.path, options.defaultNamespace);
      if (resources.length === 0) {
        const mesh = helmMeshValues(doc, file.path);
        if (mesh) out.meshDocuments.push(mesh);
        out.meshDocuments.push(...helmfileMeshValues(doc, file.path));
        continue;
      }
      for (const r of resources) {
        out.resources.push(r);
        out.findings.push(...validateIstioResource(r), ...unservedWorkload(r));
      }
    }
  }
  return out;
}

/**
 * A JSON file that names neither `apiVersion` nor `meshConfig`, or whose top level is an array (kubectl applies an
 * object, or a List object), holds no manifest: it is data (an export, fixtures, a dataset), and parsing it would
 * only cost time, or fail the check on a 4 MB file that is over the parser's node limit. YAML files are all parsed,
 * as Kustomize, Helm and Argo CD files name no `apiVersion` either, and a YAML file over the limits is reported.
 */
export function isJsonData(file: TextFile): boolean {
  if (!/\.json$/i.test(file.path)) return false;
  const first = /\S/.exec(file.text.slice(0, 4096).replace(/^\uFEFF/, ""))?.[0];
  return first === "[" || !mayHoldManifests(file.text);
}

/**
 * A file the parser refuses is a broken manifest only if it names what a manifest has: `apiVersion` (a Kubernetes
 * object) or `meshConfig` (istiod's values). A tsconfig.json or an editor's settings with comments, or a broken CI file,
 * was never going to the cluster, and failing the check on it teaches people to ignore it.
 */
function mayHoldManifests(text: string): boolean {
  return /\bapiVersion\b|\bmeshConfig\b/.test(text);
}

/** Where a line's value or list item starts: after blanks, an optional `- ` and an optional `key: `. */
const VALUE_START = String.raw`^[ \t]*(?:- )?(?:[^\s:#{][^:#\n]*:[ \t]+)?`;

/**
 * What makes a file that does not parse a template some tool fills in before it is YAML, not a broken manifest: its
 * parse errors say nothing about a manifest. The first that a file holds is said, at its line.
 */
const TEMPLATE_MARKS: readonly { pattern: RegExp; why: (m: RegExpExecArray) => string }[] = [
  // A Go template action on a line of its own (`{{- range $i := until .N }}`) or as a whole value (`name: {{ .Name }}`,
  // which YAML reads as a map inside a map): test data, a generator's input. Actions inside a value
  // (`name: api-{{ .i }}`) still parse.
  {
    pattern: new RegExp(`${VALUE_START}\\{\\{[^\\n]*\\}\\}`, "m"),
    why: () => "a line is a template action ({{ … }}) that a tool renders before this is YAML",
  },
  // A placeholder a script fills in (`image: %IMAGE%:1.0`, `- %SSO_SVC%`, for `sed 's|%IMAGE%|…|' file | kubectl
  // apply -f -`): YAML refuses a plain value that starts with `%`.
  {
    pattern: new RegExp(`${VALUE_START}(%[A-Za-z_][\\w-]*%)`, "m"),
    why: (m) => `a value starts with ${m[1]}, a placeholder a script fills in before this is YAML`,
  },
];

function templateFinding(file: string, text: string): Finding | undefined {
  for (const { pattern, why } of TEMPLATE_MARKS) {
    const m = pattern.exec(text);
    if (m) {
      const line = new LineIndex(text).line(m.index);
      return finding("render-fallback", { message: `a template: ${why(m)}; not read`, file, line });
    }
  }
  return undefined;
}

function yamlFinding(file: string, line: number, column: number, message: string): Finding {
  return finding("invalid-yaml", { message: `cannot parse: ${message}`, file, line, column });
}

/** Helm values for the istiod chart: `meshConfig:` at the top of a values file. */
function helmMeshValues(doc: ParsedDocument, file: string): MeshConfigDocument | undefined {
  if (!isObject(doc.value) || !isObject(doc.value.meshConfig)) return undefined;
  return {
    kind: "HelmValues",
    meshConfig: doc.value.meshConfig,
    loc: { file, line: doc.lines.get("/meshConfig") ?? doc.line },
    lines: doc.lines,
    base: "/meshConfig",
  };
}
