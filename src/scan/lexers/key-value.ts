// Line-oriented `key=value` files: .env, Java .properties, INI and TOML. Each value is reported under its key.
import { isBlank } from "./binding.js";
import type { LexSink } from "./sink.js";
import { flowItems, scalarValue, type CommentStyle } from "./values.js";

export type KeyValueDialect = "env" | "properties" | "ini" | "toml";

interface DialectRules {
  /** Characters that make a whole line a comment. */
  lineComment: string;
  /** Separators between key and value, in order of preference. */
  separators: string;
  trailing: CommentStyle;
  sections: boolean;
}

const RULES: Record<KeyValueDialect, DialectRules> = {
  env: { lineComment: "#", separators: "=", trailing: { markers: "#", afterBlank: true }, sections: false },
  // A .properties value runs to the line end: `#` there is data. A trailing backslash continues it.
  properties: { lineComment: "#!", separators: "=:", trailing: { markers: "", afterBlank: false }, sections: false },
  ini: { lineComment: ";#", separators: "=:", trailing: { markers: ";#", afterBlank: true }, sections: true },
  toml: { lineComment: "#", separators: "=", trailing: { markers: "#", afterBlank: false }, sections: true },
};

export function lexKeyValue(text: string, dialect: KeyValueDialect, sink: LexSink): void {
  const rules = RULES[dialect];
  let continued: string | undefined;
  let lineStart = 0;
  while (lineStart < text.length) {
    const nl = text.indexOf("\n", lineStart);
    let lineEnd = nl === -1 ? text.length : nl;
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
    let p = lineStart;
    while (p < lineEnd && isBlank(text.charCodeAt(p))) p++;
    const next = nl === -1 ? text.length : nl + 1;
    const continues = dialect === "properties" && lineEnd > p && text.charCodeAt(lineEnd - 1) === 0x5c;
    if (continued !== undefined) {
      sink.literal(p, continues ? lineEnd - 1 : lineEnd, continued);
      if (!continues) continued = undefined;
      lineStart = next;
      continue;
    }
    if (p === lineEnd || (rules.sections && text.charCodeAt(p) === 0x5b)) {
      lineStart = next;
      continue;
    }
    if (rules.lineComment.includes(text[p] ?? "")) {
      sink.comment(p, lineEnd);
      lineStart = next;
      continue;
    }
    if (dialect === "env" && text.startsWith("export ", p)) p += 7;
    const sep = separator(text, p, lineEnd, rules.separators, dialect === "properties");
    if (sep === -1) {
      lineStart = next;
      continue;
    }
    const key = unquote(text.slice(p, sep).trim());
    let v = sep + 1;
    while (v < lineEnd && isBlank(text.charCodeAt(v))) v++;
    if (continues) {
      sink.literal(v, lineEnd - 1, key);
      continued = key;
      lineStart = next;
      continue;
    }
    if (dialect === "toml" && text.startsWith('"""', v)) {
      const close = text.indexOf('"""', v + 3);
      const end = close === -1 ? text.length : close;
      sink.literal(v + 3, end, key);
      const after = text.indexOf("\n", end);
      lineStart = after === -1 ? text.length : after + 1;
      continue;
    }
    if (v < lineEnd && text.charCodeAt(v) === 0x5b && dialect !== "properties" && dialect !== "env") {
      for (const item of flowItems(text, v, lineEnd)) sink.literal(item.start, item.end, key);
    } else if (v < lineEnd) {
      const value = scalarValue(text, v, lineEnd, rules.trailing);
      sink.literal(value.start, value.end, key);
      if (value.comment) sink.comment(value.comment.start, value.comment.end);
    }
    lineStart = next;
  }
}

/** The first separator on the line; a properties key may also end at a blank (`key value`). */
function separator(text: string, p: number, lineEnd: number, separators: string, blankSeparates: boolean): number {
  for (let i = p; i < lineEnd; i++) {
    const c = text[i] ?? "";
    if (c === "\\") i++;
    else if (separators.includes(c)) return i;
    else if (blankSeparates && isBlank(text.charCodeAt(i))) {
      let j = i;
      while (j < lineEnd && isBlank(text.charCodeAt(j))) j++;
      return separators.includes(text[j] ?? "") ? j : i;
    }
  }
  return -1;
}

function unquote(key: string): string {
  const q = key[0];
  return (q === '"' || q === "'") && key.length >= 2 && key.endsWith(q) ? key.slice(1, -1) : key;
}
