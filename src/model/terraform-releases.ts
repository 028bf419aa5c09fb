// Terraform `helm_release` resources of the istiod chart, and entries of a map of releases a module installs -> the
// mesh config they give istiod. Platform repositories often install Istio from Terraform (`set { name =
// "meshConfig.outboundTrafficPolicy.mode" value = "REGISTRY_ONLY" }`, values from a file, a heredoc or `yamlencode`),
// the way a script runs `helm install`. A value Terraform works out (`var.mode`, `"${local.mode}"`) is skipped, never
// guessed.
import type { TextFile } from "../manifests/load.js";
import { lineOf } from "../manifests/parse-yaml.js";
import { isObject, resourcesFromDocument } from "../manifests/resource.js";
import { dirOf, joinRepoPath } from "../provenance/paths.js";
import { LineIndex } from "../scan/positions.js";
import { hclLiteralAt, type HclLiteral } from "./hcl-literal.js";
import {
  attributeAt,
  BlockReader,
  closingBrace,
  closingBracket,
  enclosingBrace,
  stringAttribute,
  withoutComments,
  type Span,
} from "./hcl-text.js";
import { ISTIOD_CHART, helmSetSource, helmValuesSources } from "./install-commands.js";
import { meshSourcesFromResources, withResolvedMode, type MeshSource } from "./mesh-policy.js";
import type { ScriptFiles } from "./script-texts.js";
import type { SourceLocation } from "./types.js";

/** A `chart = "…"` attribute: a helm_release's, or an entry's of a map of releases (EKS Blueprints' `helm_releases`). */
const CHART = /(^|[\s{,])chart\s*=\s*"([^"\n]*)"/g;

/**
 * Istiod releases and applied objects read per file. A person writes a few; each is read to the end of its block, so
 * a generated file of thousands nested in each other would take time quadratic in its size.
 */
const MAX_PER_FILE = 100;

export function meshSourcesFromTerraform(files: readonly TextFile[], others: ScriptFiles): MeshSource[] {
  const out: MeshSource[] = [];
  for (const f of files) {
    const installs = f.text.includes("istiod") || f.text.includes("istio-discovery");
    const applies = f.text.includes("IstioOperator");
    if (!installs && !applies) continue;
    const code = withoutComments(f.text);
    const lines = new LineIndex(f.text);
    const lineAt = (offset: number) => lines.line(offset);
    if (applies) out.push(...appliedObjects(f.path, code, lineAt));
    if (!installs) continue;
    let releases = 0;
    for (const m of code.matchAll(CHART)) {
      const chart = m[2]!;
      if (!ISTIOD_CHART.test(chart.slice(chart.lastIndexOf("/") + 1))) continue;
      if (++releases > MAX_PER_FILE) break;
      const open = enclosingBrace(code, m.index);
      if (open === undefined) continue;
      const body = { from: open + 1, to: closingBrace(code, open) };
      if (stringAttribute(code, body, "chart") !== chart) continue;
      out.push(...releaseSources(f.path, code, body, lineAt, others));
    }
  }
  return out;
}

/** `manifest = { kind = "IstioOperator", … }` of a kubernetes_manifest resource: the object Terraform applies. */
function appliedObjects(file: string, code: string, lineAt: (offset: number) => number): MeshSource[] {
  const out: MeshSource[] = [];
  for (const m of [...code.matchAll(/(^|[\s{,])manifest\s*=\s*\{/g)].slice(0, MAX_PER_FILE)) {
    const literal = hclLiteralAt(code, m.index + m[0].length - 1);
    if (!isObject(literal.value)) continue;
    const doc = { value: literal.value, line: lineAt(m.index + m[1]!.length), lines: linesOf(literal, lineAt) };
    out.push(...withResolvedMode(meshSourcesFromResources(resourcesFromDocument(doc, file, ""))));
  }
  return out;
}

/** A literal's key offsets as the lines a parsed YAML document gives, by JSON pointer. */
function linesOf(literal: HclLiteral, lineAt: (offset: number) => number): Map<string, number> {
  return new Map([...literal.keyOffsets].map(([pointer, offset]) => [pointer, lineAt(offset)]));
}

/** Sets win over values, and a later values entry over an earlier one, as Helm applies them. */
function releaseSources(
  file: string,
  code: string,
  body: Span,
  lineAt: (offset: number) => number,
  others: ScriptFiles,
): MeshSource[] {
  const sets = setPairs(code, body).map((s) => ({
    flag: "--set",
    value: { text: `${s.name}=${s.value}`, line: lineAt(s.at), dynamic: false },
  }));
  const out: MeshSource[] = [];
  const set = helmSetSource(sets, file);
  if (set) out.push(set);
  const via: SourceLocation = { file, line: lineAt(body.from) };
  for (const v of valuesEntries(code, body).reverse()) {
    if (v.kind === "object") {
      const meshConfig = isObject(v.literal.value) ? v.literal.value.meshConfig : undefined;
      if (!isObject(meshConfig)) continue;
      const lines = linesOf(v.literal, lineAt);
      const at = (p: string[]) => ({ file, line: lineOf(lines, ["meshConfig", ...p], via.line) });
      out.push({ kind: "HelmValues", meshConfig, at, via });
      continue;
    }
    if (v.kind === "heredoc") {
      const text = `${"\n".repeat(lineAt(v.at) - 1)}${v.text}`;
      out.push(...helmValuesSources(text, file).map((s) => ({ ...s, via })));
      continue;
    }
    const path = joinRepoPath(dirOf(file), v.path.replace(/^\$\{path\.module\}\//, ""));
    const text = path === undefined ? undefined : others.textOf(path);
    if (path !== undefined && text !== undefined)
      out.push(...helmValuesSources(text, path).map((s) => ({ ...s, via })));
  }
  return out;
}

/** `set { name = "a.b" value = "x" }` blocks and `set = [{ name = "a.b", value = "x" }]` lists (set_string too). */
function setPairs(code: string, body: Span): { name: string; value: string; at: number }[] {
  const out: { name: string; value: string; at: number }[] = [];
  const SET = /\bset(?:_string)?\s*(=\s*\[|\{)/g;
  SET.lastIndex = body.from;
  const reader = new BlockReader(code, body.from);
  for (let m = SET.exec(code); m !== null && m.index < body.to; m = SET.exec(code)) {
    // A block nested in the release (another release, a values object) holds no set of this one, and a string
    // that mentions one is none.
    const where = reader.standing(m.index);
    if (where !== "own") {
      if (where !== "nested") SET.lastIndex = where;
      continue;
    }
    const literal = hclLiteralAt(code, m.index + m[0].length - 1);
    const list = Array.isArray(literal.value);
    const items: unknown[] = list ? (literal.value as unknown[]) : [literal.value];
    items.forEach((item, i) => {
      const at = literal.keyOffsets.get(list ? `/${i}/value` : "/value");
      if (isObject(item) && typeof item.name === "string" && typeof item.value === "string" && at !== undefined)
        out.push({ name: item.name, value: item.value, at });
    });
    SET.lastIndex = literal.end;
  }
  return out;
}

type ValuesEntry =
  | { kind: "file"; path: string }
  | { kind: "heredoc"; text: string; at: number }
  | { kind: "object"; literal: HclLiteral };

/**
 * `values = [file("…"), templatefile("…", {…}), <<EOT … EOT, yamlencode({…})]`: files by literal path, heredocs as
 * written, and the object literal an encoding function turns into YAML.
 */
function valuesEntries(code: string, body: Span): ValuesEntry[] {
  const at = attributeAt(code, body, "values");
  if (at === undefined || code[at] !== "[") return [];
  const end = closingBracket(code, at, "[", "]");
  const list = code.slice(at, end);
  const out: { offset: number; entry: ValuesEntry }[] = [];
  for (const m of list.matchAll(/\b(?:file|templatefile)\(\s*"((?:\$\{path\.module\}\/)?[^"$]+)"/g))
    out.push({ offset: m.index, entry: { kind: "file", path: m[1]! } });
  for (const m of list.matchAll(/<<(-?)([A-Za-z_]\w*)\n([\s\S]*?)\n[ \t]*\2\b/g)) {
    const text = m[1] === "-" ? dedent(m[3]!) : m[3]!;
    out.push({ offset: m.index, entry: { kind: "heredoc", text, at: at + m.index + m[0].indexOf("\n") + 1 } });
  }
  for (const m of list.matchAll(/\b(?:yamlencode|jsonencode)\(\s*\{/g))
    out.push({
      offset: m.index,
      entry: { kind: "object", literal: hclLiteralAt(code, at + m.index + m[0].length - 1) },
    });
  return out.sort((a, b) => a.offset - b.offset).map((e) => e.entry);
}

/** `<<-EOT` takes off the indentation every line shares. */
function dedent(text: string): string {
  const lines = text.split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join("\n");
}
