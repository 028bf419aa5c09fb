// Suggestions as YAML text: each document after a comment that says what it is for and where the calls are.
import { Document, isScalar, visit } from "yaml";
import type { SuggestionReference } from "./types.js";

const REFERENCES_SHOWN = 10;
const COMMENT_WIDTH = 110;

/** Text from the repository (paths) must stay inside its comment line. */
function commentSafe(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "?");
}

function wrap(text: string, width: number, indent: string): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = indent + word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

export function referenceLines(refs: readonly SuggestionReference[]): string[] {
  const shown = refs.slice(0, REFERENCES_SHOWN).map((r) => `  ${r.file}:${r.line}`);
  const more = refs.length > REFERENCES_SHOWN ? [`  and ${refs.length - REFERENCES_SHOWN} more`] : [];
  return [...shown, ...more];
}

/** `# `-prefixed lines: a heading, the references, then each note. */
export function commentBlock(
  heading: string,
  refs: readonly SuggestionReference[],
  notes: readonly string[],
  footer: readonly string[] = [],
): string[] {
  return [
    ...wrap(commentSafe(heading), COMMENT_WIDTH, "  "),
    "Calls from:",
    ...referenceLines(refs).map(commentSafe),
    ...notes.flatMap((n) => wrap(commentSafe(`Note: ${n}`), COMMENT_WIDTH, "  ")),
    ...footer.flatMap((f) => wrap(commentSafe(f), COMMENT_WIDTH, "  ")),
  ];
}

/** One YAML document (no `---`), its comment lines first. */
export function yamlDocument(value: unknown, comment: readonly string[]): string {
  const doc = new Document(value);
  // `.` and `*` in exportTo read better quoted; `~` unquoted would be YAML's null.
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && (node.value === "." || node.value === "*" || node.value === "~"))
        node.type = "QUOTE_DOUBLE";
    },
  });
  const body = doc.toString({ lineWidth: 0, indentSeq: true });
  return `${comment.map((l) => (l ? `# ${l}` : "#")).join("\n")}\n${body}`;
}

/** Documents as one multi-document file. */
export function yamlStream(documents: readonly string[]): string {
  return documents.join("---\n");
}
