// YAML text -> documents as plain values, each with the line of every node, and errors as data.
import { Composer, isMap, isScalar, isSeq, LineCounter, Parser, type Node as YamlNode } from "yaml";
import { parseSimpleYaml } from "./fast-yaml.js";
import { escapePointer, pointerOf } from "./json-pointer.js";
import { tokenProblem } from "./yaml-cst-check.js";
import { findExcessiveStructure } from "./yaml-structure.js";
import { indentQuotedScalars, movedOnlyInQuotedScalars } from "./quoted-scalar-indent.js";

export { escapePointer } from "./json-pointer.js";

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
  /** A limit the text goes past (nesting, nodes, aliases): said whatever the file is, since it may be hostile. */
  limit?: true;
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
  /**
   * Scalars, aliases, anchors, tags and collections per file. Parsing costs about a kilobyte of memory per node, so
   * this bounds what one file can take; real manifests, CRD bundles included, stay far below it.
   */
  maxNodes?: number;
  /** Reject a key written twice in one map instead of keeping the last (configuration files the user writes). */
  uniqueKeys?: boolean;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxAliasCount: 100, maxDepth: 200, maxNodes: 500_000 };

export function parseYamlFile(text: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): ParsedFile {
  // Most manifests are in a subset a linear reader parses to the same result far faster; anything else, the library.
  return parseSimpleYaml(text, limits) ?? parseYamlWithLibrary(text, limits);
}

export function parseYamlWithLibrary(text: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): ParsedFile {
  const first = parseWithLibrary(text, limits);
  // What kubectl applies is not invalid: quoted scalars the library cut short are indented and the text read again.
  if (first.problems.some((p) => p.limit) || !first.problems.some((p) => UNCLOSED_QUOTE.test(p.message))) return first;
  const indented = indentQuotedScalars(text);
  if (indented === undefined || !movedOnlyInQuotedScalars(indented)) return first;
  return parseWithLibrary(indented.text, limits);
}

const UNCLOSED_QUOTE = /^Missing closing ['"]quote/;

function parseWithLibrary(text: string, limits: YamlLimits): ParsedFile {
  const lineCounter = new LineCounter();
  const problems: YamlProblem[] = [];
  const documents: ParsedDocument[] = [];
  // A linear first look turns away most hostile texts before the parser spends time and memory on them.
  const structureProblem = findExcessiveStructure(text, {
    maxDepth: limits.maxDepth,
    maxNodes: limits.maxNodes ?? DEFAULT_YAML_LIMITS.maxNodes!,
  });
  if (structureProblem) return { documents, problems: [{ ...structureProblem, limit: true }] };
  const parsed = [...new Parser(lineCounter.addNewLine).parse(text)];
  // An error at the very end of the text (an unclosed bracket) belongs to the last line that has content.
  // (trimEnd, not a /\s+$/ replace: that regex is quadratic on a long run of spaces that is not at the end.)
  const lastOffset = Math.max(0, text.trimEnd().length - 1);
  const position = (offset: number) => lineCounter.linePos(Math.min(offset, lastOffset));
  // The exact checks, before the composer recurses into what the parser built: too deep a nesting turns the whole
  // text away; a map key that is a collection costs only its own document, as one broken Deployment of several in a
  // file must not hide the others.
  const tokens: typeof parsed = [];
  for (const token of parsed) {
    const unsafe = tokenProblem([token], limits.maxDepth);
    if (!unsafe) {
      tokens.push(token);
      continue;
    }
    const pos = position(unsafe.offset);
    const problem = { line: pos.line, column: pos.col, message: unsafe.message };
    if (unsafe.kind === "depth") return { documents, problems: [{ ...problem, limit: true }] };
    problems.push(problem);
  }
  // logLevel "error": the library's warnings go to the process's stderr, which in a workflow is the log the runner
  // reads commands from, and they quote the file ("Keys with collection values will be stringified: ...").
  const list = [
    ...new Composer({ prettyErrors: false, uniqueKeys: limits.uniqueKeys === true, logLevel: "error" }).compose(tokens),
  ];
  const budget = { left: MAX_POINTER_CHARS };
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
      problems.push({
        line: pos.line,
        column: pos.col,
        message: `cannot expand document: ${firstLine(String((err as Error).message))}`,
        limit: true,
      });
      continue;
    }
    const lines = new Map<string, number>();
    collectLines(doc.contents as YamlNode, "", { lines, lineAt: (offset) => position(offset).line, budget });
    documents.push({ value, line: position(doc.contents.range?.[0] ?? 0).line, lines });
  }
  return { documents, problems: capped(problems) };
}

/** A file can hold a parse error per token; the first few say what is wrong, the rest would only bury other files. */
const MAX_PROBLEMS = 10;

function capped(problems: YamlProblem[]): YamlProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const next = problems[MAX_PROBLEMS]!;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    {
      line: next.line,
      column: next.column,
      message: `${problems.length - MAX_PROBLEMS} more problems from here on not shown`,
    },
  ];
}

/**
 * Every pointer is its own string in the map, so a long key above many nodes would cost its length for each of them
 * (a 1 MB key over 3,000 entries took 3 GB). Kubernetes paths are short: longer pointers are not recorded (a finding
 * there takes its nearest recorded ancestor's line), and a file records at most so many characters of them.
 */
const MAX_POINTER = 1024;
const MAX_POINTER_CHARS = 8_000_000;

interface LineIndex {
  lines: Map<string, number>;
  lineAt: (offset: number) => number;
  /** Pointer characters the file may still record. */
  budget: { left: number };
}

function record(index: LineIndex, pointer: string, offset: number): void {
  if (index.budget.left < pointer.length) return;
  index.budget.left -= pointer.length;
  index.lines.set(pointer, index.lineAt(offset));
}

function collectLines(node: YamlNode, pointer: string, index: LineIndex): void {
  if (node.range) record(index, pointer, node.range[0]);
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const child = `${pointer}/${escapePointer(key)}`;
      if (child.length > MAX_POINTER) continue;
      const keyNode = pair.key as YamlNode | null;
      if (keyNode?.range) record(index, child, keyNode.range[0]);
      if (pair.value && (isMap(pair.value) || isSeq(pair.value))) {
        collectLines(pair.value as YamlNode, child, index);
        // The key's line says more than the first child's when the value is a block.
        if (keyNode?.range) index.lines.set(child, index.lineAt(keyNode.range[0]));
      }
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      if (item && typeof item === "object" && "range" in item) collectLines(item as YamlNode, `${pointer}/${i}`, index);
    });
  }
}

/** The line of the deepest node on the path that has one: a missing field points at its parent. */
export function lineOf(lines: Map<string, number>, path: readonly (string | number)[], fallback: number): number {
  for (let n = path.length; n >= 0; n--) {
    const line = lines.get(pointerOf(path.slice(0, n)));
    if (line !== undefined) return line;
  }
  return fallback;
}

/** The parser's message quotes the file (an alias name, a token): control and bidi characters are shown as escapes. */
function firstLine(message: string): string {
  const line = message.split("\n")[0]!.trim();
  return line.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
