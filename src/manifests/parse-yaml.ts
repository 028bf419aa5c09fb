// YAML text -> documents as plain values, each with the line of every node, and errors as data.
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node as YamlNode } from "yaml";

export interface ParsedDocument {
  value: unknown;
  /** 1-based line of the document's first content. */
  line: number;
  /** JSON pointer ("/spec/ports/0/number") -> 1-based line of that node (for a map entry: of its key). */
  lines: Map<string, number>;
}

export interface YamlProblem {
  line: number;
  column: number;
  message: string;
}

export interface ParsedFile {
  documents: ParsedDocument[];
  problems: YamlProblem[];
}

export interface YamlLimits {
  /** Alias expansions per document before it is treated as a bomb. */
  maxAliasCount: number;
  /** Nesting depth of maps and sequences. */
  maxDepth: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxAliasCount: 100, maxDepth: 200 };

export function parseYamlFile(text: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): ParsedFile {
  const lineCounter = new LineCounter();
  const problems: YamlProblem[] = [];
  const documents: ParsedDocument[] = [];
  const depthProblem = findExcessiveNesting(text, limits.maxDepth);
  if (depthProblem) return { documents, problems: [depthProblem] };
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [];
  // An error at the very end of the text (an unclosed bracket) belongs to the last line that has content.
  const lastOffset = Math.max(0, text.replace(/\s+$/, "").length - 1);
  const position = (offset: number) => lineCounter.linePos(Math.min(offset, lastOffset));
  for (const doc of list) {
    if (doc.errors.length > 0) {
      for (const err of doc.errors) {
        const pos = position(err.pos[0]);
        problems.push({ line: pos.line, column: pos.col, message: firstLine(err.message) });
      }
      continue;
    }
    if (doc.contents === null) continue;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    } catch (err) {
      const pos = position(doc.contents.range?.[0] ?? 0);
      problems.push({ line: pos.line, column: pos.col, message: `cannot expand document: ${firstLine(String((err as Error).message))}` });
      continue;
    }
    const lines = new Map<string, number>();
    collectLines(doc.contents as YamlNode, "", lines, (offset) => position(offset).line);
    documents.push({ value, line: position(doc.contents.range?.[0] ?? 0).line, lines });
  }
  return { documents, problems };
}

function collectLines(node: YamlNode, pointer: string, lines: Map<string, number>, lineAt: (offset: number) => number): void {
  if (node.range) lines.set(pointer, lineAt(node.range[0]));
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const child = `${pointer}/${escapePointer(key)}`;
      const keyNode = pair.key as YamlNode | null;
      if (keyNode && keyNode.range) lines.set(child, lineAt(keyNode.range[0]));
      if (pair.value && (isMap(pair.value) || isSeq(pair.value))) {
        collectLines(pair.value as YamlNode, child, lines, lineAt);
        // The key's line says more than the first child's when the value is a block.
        if (keyNode && keyNode.range) lines.set(child, lineAt(keyNode.range[0]));
      }
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      if (item && typeof item === "object" && "range" in item) collectLines(item as YamlNode, `${pointer}/${i}`, lines, lineAt);
    });
  }
}

export function escapePointer(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The line of the deepest node on the path that has one: a missing field points at its parent. */
export function lineOf(lines: Map<string, number>, path: readonly (string | number)[], fallback: number): number {
  for (let n = path.length; n >= 0; n--) {
    const pointer = path.slice(0, n).map((p) => `/${escapePointer(String(p))}`).join("");
    const line = lines.get(pointer);
    if (line !== undefined) return line;
  }
  return fallback;
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.trim();
}

/**
 * The yaml library recurses once per nesting level, so a hostile file nested 200,000 deep would overflow the stack.
 * Flow collections are where such depth is cheap to write; a linear scan catches them before parsing.
 */
function findExcessiveNesting(text: string, maxDepth: number): YamlProblem | undefined {
  let depth = 0;
  let line = 1;
  let column = 0;
  let quote: string | undefined;
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    column++;
    if (c === "\n") {
      line++;
      column = 0;
      comment = false;
      continue;
    }
    if (comment) continue;
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") {
      const prev = i === 0 ? " " : text[i - 1]!;
      if (/[\s[{,:]/.test(prev)) quote = c;
    } else if (c === "#") {
      const prev = i === 0 ? " " : text[i - 1]!;
      if (/\s/.test(prev)) comment = true;
    } else if (c === "[" || c === "{") {
      depth++;
      if (depth > maxDepth) return { line, column, message: `nesting deeper than ${maxDepth} levels` };
    } else if (c === "]" || c === "}") {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}
