// Text from the repository (hosts, paths, names, messages) lands in markdown that GitHub renders with raw HTML,
// @-mentions, issue references and autolinks. These helpers make it inert in each place it can land.

// C0/C1 controls (except tab and newlines, folded below), line/paragraph separators and bidi overrides, which can
// reorder what a reviewer sees.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** A zero-width space splits a mention or reference without showing; written as an entity so the raw text shows it. */
const ZWSP = "&#8203;";

/** One line of plain characters: newlines and tabs become spaces, invisible controls go, and no `<!--` remains. */
export function oneLine(s: string): string {
  return s
    .replace(/\r\n|[\r\n\t]/g, " ")
    .replace(INVISIBLE, "")
    .replace(/<!--/g, "<!-\u200b-");
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text inside HTML (a `<summary>`): entities, and mentions and references broken up. */
export function htmlText(s: string): string {
  return visible(unlink(oneLine(s)).replace(/[&<>"']/g, (c) => ENTITIES[c]!));
}

/**
 * Inline markdown text: no HTML, no emphasis, links, images, strikethrough or math, no mentions, issue references or
 * autolinks. Pipes are left alone; `tableCell` escapes them where they would split a table row.
 */
export function mdText(s: string): string {
  const html = unlink(oneLine(s)).replace(/[&<>]/g, (c) => ENTITIES[c]!);
  return visible(html.replace(/[\\`*_[\]~$]/g, "\\$&"));
}

/**
 * GitHub links `@user`, `#123`, `owner/repo#123`, `www.host` and `scheme://` in rendered text nodes: a zero-width
 * space breaks each. Inserted as the character first, so the entity step cannot split it, then shown as an entity.
 */
function unlink(s: string): string {
  return s.replace(/@|#(?=[0-9])|:(?=\/\/)|\bwww(?=\.)/gi, "$&\u200b");
}

function visible(s: string): string {
  return s.replace(/\u200b/g, ZWSP);
}

/** An inline code span: shown verbatim, so nothing inside it is markdown, HTML or a mention. */
export function mdCode(s: string): string {
  const text = oneLine(s);
  if (text === "") return "";
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  // A span that starts or ends with a backtick (or is padded on both sides) needs a space the parser strips again.
  const pad = text.startsWith("`") || text.endsWith("`") || (text.startsWith(" ") && text.endsWith(" ")) ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A table cell holding markdown this module produced: a bare pipe would end the cell. */
export function tableCell(markdown: string): string {
  return markdown.replace(/\|/g, "\\|");
}

/**
 * Code in a table cell. Inside a code span a backslash is literal, so a pipe next to one cannot be escaped without
 * showing the backslash; such text is shown as escaped plain text instead.
 */
export function codeCell(s: string): string {
  return tableCell(s.includes("|") ? mdText(s) : mdCode(s));
}

/** A fenced code block whose fence no line inside can close. */
export function fencedBlock(info: string, lines: readonly string[]): { open: string; close: string; lines: string[] } {
  const clean = lines.map((l) => `${oneLine(l)}\n`);
  const longest = Math.max(2, ...clean.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((run) => run.length))));
  const fence = "`".repeat(longest + 1);
  return { open: `${fence}${info}\n`, close: `${fence}\n`, lines: clean };
}

/** Percent-encodes each path segment, so that a path cannot end a markdown link or add a query. */
export function urlPath(p: string): string {
  return p
    .split("/")
    .map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join("/");
}
