// The first look at a text, before the yaml library parses it. Parsing a file nested 200,000 deep takes seconds and
// builds a token tree as deep, and parsing time and memory grow with the number of nodes. This look runs the
// library's own lexer, which neither recurses nor backtracks, and follows the nesting with explicit stacks: one
// linear pass, no tree. It turns such files away early; the exact guard on the parser's tree is yaml-cst-check.ts.
import { Lexer } from "yaml";
import { FlowNesting } from "./yaml-flow-nesting.js";

export interface StructureLimits {
  /** Nesting depth of maps and sequences, block and flow alike. */
  maxDepth: number;
  /** Scalars, aliases, anchors, tags and collections in the whole file: what the parser's time and memory grow with. */
  maxNodes: number;
}

export interface StructureProblem {
  line: number;
  column: number;
  message: string;
}

/** A block collection still open: the column its entries start at, and whether it is a sequence. */
interface OpenBlock {
  column: number;
  seq: boolean;
}

// The lexer's control tokens (see yaml's cst.js): the start of a document, an unexpected end of a flow collection,
// and "the next token is a scalar".
const DOCUMENT = "\x02";
const FLOW_END = "\x18";
const SCALAR = "\x1f";

/**
 * The first place where the text nests deeper than `maxDepth` or holds more than `maxNodes` nodes, or undefined.
 * For well-formed YAML the depth is never under-estimated; in broken YAML, which the parser nests its own ways while
 * it reports errors, it may be, and the check on the parser's tree decides.
 */
export function findExcessiveStructure(text: string, limits: StructureLimits): StructureProblem | undefined {
  const block: OpenBlock[] = [];
  const flow = new FlowNesting();
  let nodes = 0;
  let line = 1;
  let column = 0;
  // The parser's own notion of indentation (its `indent` and `atNewLine`): leading spaces, not tabs, and the
  // indicators (`- `, `? `, `: `) before the line's first node. Columns would differ where tabs are.
  let indent = 0;
  let atNewLine = true;
  // Only indentation so far on this line: the first token closes the block collections right of it.
  let lineStart = true;
  let lineIndent = 0;
  // Where a possible implicit key began (as an indent), whether it came before any other node on its line, and how
  // deep the brackets in it went: the map its colon opens holds them one level further down.
  let keyIndent = -1;
  let keyLeading = false;
  let keyPeak = 0;
  let scalarNext = false;
  // A block scalar's text comes as one token that starts at column 0 with its lines' indentation: not a line start.
  let blockScalarNext = false;

  const popRightOf = (at: number) => {
    while (block.length > 0 && block[block.length - 1]!.column > at) block.pop();
  };
  /** An entry of the collection at `at`: the one already open there, or a new one. */
  const entry = (at: number, seq: boolean) => {
    popRightOf(at);
    const top = block[block.length - 1];
    if (top && top.column === at) {
      if (top.seq === seq) return;
      // A sequence may be a map's value at the map's own indentation; the next key returns to the map.
      const below = block[block.length - 2];
      if (below && below.column === at && below.seq === seq) {
        block.pop();
        return;
      }
    }
    block.push({ column: at, seq });
  };
  /**
   * A collection nested in the current one whatever its indent: what the parser makes of a misplaced indicator or a
   * key after a value (`a: b: c`). It lives at the line's indent, above any collections further right, which stay
   * open beneath it as they do in the parser's stack.
   */
  const nested = (seq: boolean) => block.push({ column: lineIndent, seq });

  for (const token of new Lexer().lex(text)) {
    if (!scalarNext) {
      if (token === SCALAR) {
        scalarNext = true;
        continue;
      }
      if (token === DOCUMENT) continue;
      if (token === FLOW_END) {
        keyPeak = Math.max(keyPeak, flow.abort());
        continue;
      }
    }
    const start = column;
    const startLine = line;
    const isScalar = scalarNext;
    scalarNext = false;
    // Advance the position past the token; scalars and block scalars may span lines.
    let nl = token.indexOf("\n");
    if (nl >= 0) {
      let last = nl;
      for (; nl >= 0; nl = token.indexOf("\n", nl + 1)) {
        line++;
        last = nl;
      }
      column = token.length - last - 1;
    } else column += token.length;

    const c = isScalar ? "" : token[0];
    if (!isScalar) {
      if (token === "" || token === "\n" || token === "\r\n") {
        lineStart = true;
        atNewLine = true;
        indent = 0;
        if (flow.depth === 0) keyIndent = -1;
        continue;
      }
      if (c === " " || c === "\t") {
        if (atNewLine && c === " ") indent += token.length;
        continue;
      }
      if (token === "---" || token === "...") {
        block.length = 0;
        flow.abort();
        keyIndent = -1;
        keyPeak = 0;
        atNewLine = false;
        continue;
      }
      if (c === "#" || c === "%" || c === "\uFEFF") {
        atNewLine = false;
        continue;
      }
    }

    const blockScalarBody = isScalar && blockScalarNext;
    blockScalarNext = false;
    if (lineStart && !blockScalarBody) {
      lineStart = false;
      if (flow.depth === 0) {
        popRightOf(indent);
        lineIndent = indent;
      }
    }
    nodes++;
    let depth = block.length + flow.depth;
    const indicator = !isScalar && (token === "-" || token === "?" || token === ":");
    if (flow.depth > 0) {
      depth = block.length + flow.token(isScalar ? null : token);
      if (flow.depth === 0) keyPeak = Math.max(keyPeak, flow.lastPeak);
    } else if (token === "-" || token === "?") {
      if (atNewLine) entry(indent, token === "-");
      else nested(token === "-");
      keyIndent = -1;
      keyPeak = 0;
      depth = block.length;
    } else if (token === ":") {
      if (keyIndent >= 0 && keyLeading) entry(keyIndent, false);
      else if (keyIndent < 0 && atNewLine) entry(indent, false);
      else nested(false);
      depth = block.length + (keyIndent >= 0 ? keyPeak : 0);
      keyIndent = -1;
      keyPeak = 0;
    } else {
      // A node, or its anchor, tag or block scalar header: where a key may begin.
      if (keyIndent < 0) {
        keyIndent = indent;
        keyLeading = atNewLine;
      }
      if (c === "[" || c === "{") depth = block.length + flow.token(token);
      if (c === "|" || c === ">") blockScalarNext = true;
    }
    if (indicator) {
      if (atNewLine) indent += token.length;
    } else atNewLine = false;
    // A block scalar's text runs to the end of its last line.
    if (blockScalarBody && token.endsWith("\n")) {
      lineStart = true;
      atNewLine = true;
      indent = 0;
      keyIndent = -1;
    }

    if (depth > limits.maxDepth)
      return { line: startLine, column: start + 1, message: `nesting deeper than ${limits.maxDepth} levels` };
    if (nodes > limits.maxNodes)
      return { line: startLine, column: start + 1, message: `more than ${limits.maxNodes} YAML nodes` };
  }
  return undefined;
}
