// Build-definition YAML (compose, skaffold, workflows, Taskfiles) through the manifests' parser, so positions and
// limits are the same, and its problems become this stage's problems.
import { lineOf, type ParsedDocument, parseYamlFile } from "../manifests/parse-yaml.js";
import type { ProvenanceProblem } from "./types.js";

export type Obj = Record<string, unknown>;

export function yamlDocuments(file: string, text: string, problems: ProvenanceProblem[]): ParsedDocument[] {
  const parsed = parseYamlFile(text);
  for (const p of parsed.problems) problems.push({ file, line: p.line, message: p.message });
  return parsed.documents;
}

export function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
}

export function entries(v: unknown): [string, Obj][] {
  return isObj(v) ? Object.entries(v).filter((e): e is [string, Obj] => isObj(e[1])) : [];
}

export function items(v: unknown): Obj[] {
  return Array.isArray(v) ? v.filter(isObj) : [];
}

export function lineAt(doc: ParsedDocument, path: readonly (string | number)[]): number {
  return lineOf(doc.lines, path, doc.line);
}

/**
 * The line a block scalar's text starts on: the line after its key for `key: |`, the key's own line for a scalar
 * written inline.
 */
export function scalarTextLine(textLines: readonly string[], keyLine: number): number {
  return /:\s*[|>][-+0-9]*\s*(#.*)?$|^\s*-\s*[|>][-+0-9]*\s*(#.*)?$/.test(textLines[keyLine - 1] ?? "")
    ? keyLine + 1
    : keyLine;
}
