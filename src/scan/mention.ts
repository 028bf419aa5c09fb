// Whether a URL in a literal is a connection the code makes or text for people: a message, a docstring, a link, a
// browser directive. Judged on the literal alone and on the name it is bound to, never on the host.
import { inContactRecord } from "./contact-record.js";
import { isCspDirective, isSampleName, isStoreName, type KeyRole, keyRole, lastPart } from "./key-role.js";
import { returnedBy } from "./returned-by.js";

/** How far around a URL the words that make a literal prose are looked for: docstrings can be long. */
const WINDOW = 400;

/**
 * Why the URL at `offset` in the literal text[start, end) is a mention, or undefined when it may be a connection.
 * `programText`: the literal is a string in code, where a multi-line literal is a docstring or a template; in config
 * files a multi-line value is a script or a config file of its own, read line by line.
 */
export function mentionReason(
  text: string,
  start: number,
  end: number,
  offset: number,
  role: KeyRole,
  boundTo: string | undefined,
  programText: boolean,
): string | undefined {
  if (role === "mention") {
    if (isSampleName(boundTo))
      return `sample data (${boundTo}): a value for tests or demos, not an address the code connects to`;
    if (isCspDirective(boundTo))
      return `a Content-Security-Policy source (${boundTo}): where browsers may load from, not where the server connects`;
    if (isStoreName(boundTo))
      return `data the code keeps (${boundTo}): a value it stores or returns, not an address it connects to`;
    return `text for people: a message, a description or a link (${boundTo ?? "unnamed"})`;
  }
  if (programText && isMapKey(text, start, end))
    return "a key of a map (a claim, attribute or namespace name): it names something, nothing connects to it";
  if (inOpenApiServers(text, offset, boundTo))
    return "OpenAPI metadata: a servers entry names the API's own address for its documentation, not a call";
  const model = openApiModelOf(text, offset, boundTo);
  if (model !== undefined)
    return `OpenAPI metadata (${model}): the document's ${model === "Server" ? "servers entry" : "link for people"}, not a call`;
  const returner = programText && role === "other" ? returnedBy(text, start) : undefined;
  if (returner !== undefined && keyRole(returner) === "mention")
    return `returned by ${returner}, whose name says the value is a link for people, not an address it connects to`;
  if (inContactRecord(text, start, end))
    return "contact details: a URL kept beside a phone number is a page for people, not an address the code connects to";
  const tag = markupAround(text, start, offset);
  if (tag !== undefined)
    return `markup the code writes (<${tag}>): a link or content for whoever reads the document, not a call`;
  let from = Math.max(start, offset - WINDOW);
  let to = Math.min(end, offset + WINDOW);
  if (!programText) {
    const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
    const lineEnd = text.indexOf("\n", offset);
    from = Math.max(from, lineStart);
    to = Math.min(to, lineEnd === -1 ? to : lineEnd);
    // A line of a script or a config file held in a value: a directive with arguments is not prose.
    if (from > start || to < end) return undefined;
  }
  const word = proseWord(text, from, to);
  return word === undefined ? undefined : `written in text ("${word}" beside it): a message or a document, not a call`;
}

/**
 * Whether the literal text[start, end) is written as a key in a map literal: after `{` or `,` and before `:`
 * (`{"http://openbanking.org.uk/rid": id}`). A ternary's branch follows `?`, and `::` is a path, so neither counts.
 */
function isMapKey(text: string, start: number, end: number): boolean {
  let after = end;
  if (after < text.length && isQuote(text.charCodeAt(after))) after++;
  while (after < text.length && (text.charCodeAt(after) === 0x20 || text.charCodeAt(after) === 0x09)) after++;
  if (text.charCodeAt(after) !== 0x3a || text.charCodeAt(after + 1) === 0x3a) return false;
  let before = start - 1;
  if (before >= 0 && isQuote(text.charCodeAt(before))) before--;
  while (before >= 0 && isSpace(text.charCodeAt(before))) before--;
  const c = text.charCodeAt(before);
  return c === 0x7b || c === 0x2c;
}

function isQuote(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x60;
}

/**
 * A URL in the `servers` list of an OpenAPI document built in code (`{openapi: "3.0.0", ..., servers: [{url}]}`), or
 * given to a document builder's `addServer` (NestJS's `new DocumentBuilder().addServer(url, "Production")`): the list
 * opens shortly before it, and the document's version key or the builder a little further back.
 */
function inOpenApiServers(text: string, offset: number, boundTo: string | undefined): boolean {
  const before = () => text.slice(Math.max(0, offset - 4000), offset);
  if (boundTo !== undefined && /^addServers?$/.test(lastPart(boundTo))) return OPENAPI_BUILDER.test(before());
  const near = text.slice(Math.max(0, offset - 300), offset);
  const list = near.lastIndexOf("servers");
  if (list === -1 || !/^servers["']?\s*[:=]\s*\[/.test(near.slice(list))) return false;
  const document = before();
  return /\b(?:openapi|swagger)["']?\s*[:=]\s*["']\d/.test(document) || OPENAPI_BUILDER.test(document);
}

/** The OpenAPI model objects (swagger-core's `io.swagger.v3.oas.models`) whose `url` is metadata of the document. */
const OPENAPI_MODELS = /\bnew\s+(Server|Contact|License|ExternalDocumentation)\s*\(\s*\)[^;]*$/;

/**
 * The swagger-core model a literal given to `.url(…)` belongs to, in a file that builds the document with those models
 * (springdoc: `new Contact().name(…).url("https://…")`, `new Server().url(…)`): the last object the chain creates
 * before it, in the same statement.
 */
function openApiModelOf(text: string, offset: number, boundTo: string | undefined): string | undefined {
  if (boundTo === undefined || lastPart(boundTo) !== "url" || !text.includes("io.swagger.v3.oas.models"))
    return undefined;
  const chain = text.slice(Math.max(0, offset - 300), offset);
  const created = [...chain.matchAll(/\bnew\s+([A-Z]\w*)\s*\(/g)].pop();
  if (created === undefined) return undefined;
  return OPENAPI_MODELS.exec(chain.slice(created.index))?.[1];
}

/** Where a file builds an OpenAPI document with a library: NestJS's DocumentBuilder, swagger-jsdoc, springdoc. */
const OPENAPI_BUILDER = /\bDocumentBuilder\b|@nestjs\/swagger|swagger-jsdoc|\bOpenAPIDefinition\b/;

/**
 * The element whose content or attribute the URL at `offset` is, when the literal writes markup around it:
 * `<url>https://…</url>` in a generated feed, `<a href="https://…">` in an e-mail body.
 */
function markupAround(text: string, start: number, offset: number): string | undefined {
  // The URL starts at its scheme: walk back from `://` over the scheme's characters.
  const schemeAt = text.lastIndexOf("://", offset);
  let from = schemeAt >= start && offset - schemeAt < 300 ? schemeAt : offset;
  while (from > start && /[A-Za-z0-9+.-]/.test(text[from - 1]!)) from--;
  const before = text.slice(Math.max(start, from - 200), from);
  const content = /<([A-Za-z][\w:.-]*)(?:\s[^<>]*)?>\s*$/.exec(before);
  if (content) return content[1];
  return /<([A-Za-z][\w:.-]*)\s[^<>]*=\s*["']?$/.exec(before)?.[1];
}

/** The first whitespace-separated word in text[from, to) that is neither a URL nor a template placeholder. */
function proseWord(text: string, from: number, to: number): string | undefined {
  let i = from;
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    const wordStart = i;
    while (i < to && !isSpace(text.charCodeAt(i))) i++;
    if (i === wordStart) break;
    const word = text.slice(wordStart, i);
    if (!word.includes("://") && !PLACEHOLDER_OR_PUNCTUATION.test(word)) return word.slice(0, 40);
  }
  return undefined;
}

// `%s`, `{}`, `{0}`, `${x}`, `$X`, `-`, `|`, `,`: what joins URLs in a list or a format string, not words.
const PLACEHOLDER_OR_PUNCTUATION = /^(?:%[-+ #0-9.]*[a-zA-Z]|\{[^}]*\}|\$\{[^}]*\}|\$\w+|[^A-Za-z0-9]+)$/;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
