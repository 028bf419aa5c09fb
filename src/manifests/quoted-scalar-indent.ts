// Quoted scalars whose later lines are indented less than the block they are in. YAML 1.2 ends the scalar there,
// and so does the `yaml` library ("Missing closing 'quote"); libyaml, whose rules kubectl's and Helm's parser
// (go-yaml) follows, reads on to the closing quote. Istio's own install manifests carried Grafana dashboards written
// so (`dashboard.json: '{` … `}'` at column 0). A continuation line's leading blanks are never part of the value
// (line folding drops them), so indenting those lines gives the text both parsers read alike. The lines are found by
// a look at the text alone, and the result is kept only if every line indented is inside a quoted scalar once parsed.
import { parseAllDocuments, visit } from "yaml";
import { closingQuote, skipSpaces } from "./fast-yaml.js";

/** A quote that starts a value: after a key and `: `, after sequence dashes, or at the line's start. */
const VALUE_QUOTE = /^ *(?:- +)*(?:(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\s#'"][^#\n]*?) *: +)?(['"])/;
/** A block scalar's header (`key: |`, `- >-`): the more-indented lines after it are its text, never read here. */
const BLOCK_HEADER = /(?:^|[:-] +)[|>][0-9+-]*[ \t]*(?:#.*)?$/;

export interface IndentedText {
  text: string;
  /** Offsets in `text` of the first original character of each line that was indented. */
  moved: number[];
}

/** The text with every quoted scalar's under-indented continuation lines indented, or undefined when none is. */
export function indentQuotedScalars(text: string): IndentedText | undefined {
  const lines = text.split("\n");
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at);
  const pads = new Map<number, number>();
  let block = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = skipSpaces(line, 0);
    if (block >= 0) {
      if (indent === line.length || indent > block) continue;
      block = -1;
    }
    const m = VALUE_QUOTE.exec(line);
    if (m) {
      const open = starts[i]! + m[0].length - 1;
      const after = closingQuote(text.slice(open + 1), m[1] === '"');
      if (after === -1) return undefined;
      const close = open + 1 + after;
      let last = i;
      while (last + 1 < lines.length && starts[last + 1]! <= close) last++;
      for (let j = i + 1; j <= last; j++) {
        const blanks = skipSpaces(lines[j]!, 0);
        if (blanks <= indent) pads.set(j, indent + 1 - blanks);
      }
      i = last;
      continue;
    }
    if (BLOCK_HEADER.test(line)) block = indent;
  }
  if (pads.size === 0) return undefined;
  const moved: number[] = [];
  let at = 0;
  const out = lines.map((line, i) => {
    const pad = pads.get(i) ?? 0;
    if (pad > 0) moved.push(at + pad + skipSpaces(line, 0));
    at += line.length + pad + 1;
    return pad > 0 ? `${" ".repeat(pad)}${line}` : line;
  });
  return { text: out.join("\n"), moved };
}

/** Whether the text parses without errors and each offset lies inside a single- or double-quoted scalar. */
export function movedOnlyInQuotedScalars(indented: IndentedText): boolean {
  const ranges: [number, number][] = [];
  for (const doc of parseAllDocuments(indented.text, { prettyErrors: false, logLevel: "error", uniqueKeys: false })) {
    if (doc.errors.length > 0) return false;
    visit(doc, {
      Scalar(_, node) {
        if ((node.type === "QUOTE_SINGLE" || node.type === "QUOTE_DOUBLE") && node.range)
          ranges.push([node.range[0], node.range[1]]);
      },
    });
  }
  // Both in text order, and scalars never overlap: one walk over the two lists.
  ranges.sort((a, b) => a[0] - b[0]);
  let r = 0;
  for (const o of indented.moved) {
    while (r < ranges.length && ranges[r]![1] <= o) r++;
    const range = ranges[r];
    if (range === undefined || o <= range[0]) return false;
  }
  return true;
}
