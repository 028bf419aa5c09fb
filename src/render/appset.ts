// An ApplicationSet's list generators -> the Applications it would create (template parameters filled in).
import type { Finding } from "../findings.js";
import { resourcesFromDocument } from "../manifests/resource.js";
import { asString, get, isObject, type JsonObject, type Resource } from "../manifests/resource.js";
import { renderFallbackFinding } from "./fallback-finding.js";

export interface ExpandedApplicationSet {
  applications: Resource[];
  findings: Finding[];
}

// Both template syntaxes: fasttemplate's `{{path}}` and Go templates' `{{ .path }}` (no functions or pipelines).
const PARAMETER = /\{\{\s*\.?([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)\s*\}\}/g;

export function expandListGenerators(set: Resource): ExpandedApplicationSet {
  const out: ExpandedApplicationSet = { applications: [], findings: [] };
  const template = get(set.body, "spec", "template");
  const generators = get(set.body, "spec", "generators");
  if (!isObject(template) || !Array.isArray(generators)) return out;
  const lines = subtree(set.lines, "/spec/template");
  for (const generator of generators) {
    if (!isObject(generator)) continue;
    const elements = get(generator, "list", "elements");
    if (!Array.isArray(elements)) {
      const kind = Object.keys(generator).sort().join(", ") || "empty";
      out.findings.push(
        renderFallbackFinding(
          set.loc,
          `ApplicationSet ${set.name}: the ${kind} generator is not expanded; only list generators are read`,
        ),
      );
      continue;
    }
    for (const element of elements) {
      if (!isObject(element)) continue;
      const filled = substitute(template, element) as JsonObject;
      const app = { apiVersion: set.apiVersion, kind: "Application", ...filled };
      const [resource] = resourcesFromDocument({ value: app, line: set.loc.line, lines }, set.loc.file, set.namespace);
      if (resource) out.applications.push({ ...resource, loc: set.loc });
    }
  }
  return out;
}

function substitute(v: unknown, params: JsonObject): unknown {
  if (typeof v === "string") {
    return v.replace(PARAMETER, (whole, key: string) => asString(get(params, ...key.split("."))) ?? whole);
  }
  if (Array.isArray(v)) return v.map((item) => substitute(item, params));
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, substitute(item, params)]));
  return v;
}

function subtree(lines: Map<string, number>, prefix: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [pointer, line] of lines)
    if (pointer.startsWith(`${prefix}/`)) out.set(pointer.slice(prefix.length), line);
  return out;
}
