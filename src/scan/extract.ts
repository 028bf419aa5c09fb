// Runs one lexer over a text and turns its literals into raw references, keeping comments for suppressions.
import { IGNORE_DIRECTIVE, ignoreDirectives } from "./ignore.js";
import { SCREAMING_SNAKE } from "./environment-names.js";
import { isIdentChar } from "./lexers/binding.js";
import type { Lexer } from "./lexers/sink.js";
import { literalMayHoldHost, scanLiteral } from "./literal.js";
import { HOST_NAME_HINT, type KeyRole, splitWords } from "./key-role.js";
import { browserNavigationReason } from "./browser-navigation.js";
import { imageReferenceReason } from "./image-reference.js";
import { mentionReason } from "./mention.js";
import { LineIndex } from "./positions.js";
import type { RawRef } from "./raw-ref.js";
import { SAMPLE_HINT, sampleDataLines } from "./sample-comments.js";
import { scanTextOf } from "./scan-text.js";

export interface Extracted {
  refs: RawRef[];
  lines: LineIndex;
  /** Suppressed rules by the 1-based line they apply to. */
  ignores: Map<number, Set<string>>;
}

/** Cheap test before lexing: no "://" and no word that could name a host setting means nothing to find. */
export function mayReferenceHosts(text: string): boolean {
  return text.includes("://") || HOST_NAME_HINT.test(text);
}

/** `programText`: the text is code (its multi-line strings are docstrings and templates), not a config file. */
export function extract(text: string, lex: Lexer, programText = false): Extracted {
  const refs: RawRef[] = [];
  const scan = scanTextOf(text, (r) => refs.push(r));
  const wantComments = text.includes(IGNORE_DIRECTIVE);
  const comments: number[] = [];
  // Comments that may call what follows made-up data: few, so they are looked at one by one, not the whole text.
  const sampleComments: number[] = [];
  lex(text, {
    mayHoldHost(start, end) {
      return literalMayHoldHost(scan, start, end);
    },
    literal(start, end, key, fallbackKey, contextKey) {
      const before = refs.length;
      const { role, by } = scanLiteral(scan, start, end, key, fallbackKey, contextKey);
      if (refs.length > before) describeUse(refs, before, text, start, end, role, by, programText);
    },
    comment(start, end) {
      if (wantComments) comments.push(start, end);
      if (programText && SAMPLE_HINT.test(text.slice(start, end))) sampleComments.push(start, end);
    },
  });
  const lines = new LineIndex(text);
  if (sampleComments.length > 0 && refs.length > 0)
    markSampleData(
      refs,
      sampleDataLines(text, sortedPairs(sampleComments), (o) => lines.line(o)),
      lines,
    );
  const ignores = wantComments ? ignoreDirectives(text, sortedPairs(comments), lines) : new Map<number, Set<string>>();
  return { refs, lines, ignores };
}

/** References in a statement a comment calls made-up data are mentions, unless already something that is no call. */
function markSampleData(refs: RawRef[], sampleLines: ReadonlySet<number>, lines: LineIndex): void {
  if (sampleLines.size === 0) return;
  for (const ref of refs)
    if (ref.mention === undefined && ref.browser === undefined && sampleLines.has(lines.line(ref.offset)))
      ref.mention = "in a statement its comment calls mock or sample data: data the code returns, not a request";
}

/** The last word of an HTTP client's request calls: `requests.get`, `fetch`, `http.NewRequest`, `urlopen`. */
const REQUEST_WORDS = new Set(["get", "post", "put", "patch", "delete", "head", "request", "fetch", "urlopen"]);

function isRequestCall(name: string): boolean {
  const words = splitWords(name);
  return REQUEST_WORDS.has(words[words.length - 1] ?? "");
}

/**
 * Calls that only resolve a name (`net.LookupHost`, `socket.gethostbyname`, `InetAddress.getByName`): a DNS query to
 * the cluster's resolver, which no sidecar route decides, and no connection to the host.
 */
const LOOKUP_CALLS = new Set([
  "LookupHost",
  "LookupIP",
  "LookupIPAddr",
  "LookupNetIP",
  "LookupAddr",
  "LookupCNAME",
  "LookupMX",
  "LookupNS",
  "LookupTXT",
  "LookupSRV",
  "gethostbyname",
  "gethostbyname_ex",
  "getaddrinfo",
  "getByName",
  "getAllByName",
  "GetHostEntry",
  "GetHostEntryAsync",
  "GetHostAddresses",
  "GetHostAddressesAsync",
  "resolve4",
  "resolve6",
  "resolveCname",
  "resolveTxt",
  "resolveSrv",
]);

function lookupOnly(binding: string | undefined): boolean {
  return binding !== undefined && LOOKUP_CALLS.has(binding.slice(binding.lastIndexOf(".") + 1));
}

/** Records on the references one literal yielded what it is bound to and whether it is text for people. */
function describeUse(
  refs: RawRef[],
  from: number,
  text: string,
  start: number,
  end: number,
  role: KeyRole,
  binding: string | undefined,
  programText: boolean,
): void {
  // Code held in a ConfigMap is lexed as code but scanned as config: a request call names itself in either.
  const requested = binding !== undefined && isRequestCall(binding);
  const definition = programText
    ? ((binding !== undefined ? definedName(text, start, binding) : undefined) ?? decoratedField(text, start))
    : undefined;
  for (let i = from; i < refs.length; i++) {
    const ref = refs[i]!;
    if (binding !== undefined) ref.binding = binding;
    if (requested) ref.requested = true;
    if (definition !== undefined) ref.defines = definition;
    if (role === "host" && text.charCodeAt(ref.offset + ref.host.length) === 0x3a) ref.hostSetting = true;
    const image = imageReferenceReason(text, ref.offset, ref.host, ref.scheme);
    if (image !== undefined) {
      ref.mention = image;
      continue;
    }
    if (lookupOnly(binding)) {
      ref.mention = `${binding} only resolves the name: a DNS query, not a connection to the host`;
      continue;
    }
    // A bare host is found only where a host setting names it: that binding already says it is a connection.
    if (ref.scheme === "" && role === "host") continue;
    const browser = browserNavigationReason(text, ref.offset, ref.scheme);
    if (browser !== undefined) {
      ref.browser = browser;
      continue;
    }
    const mention = mentionReason(text, start, end, ref.offset, role, binding, programText);
    if (mention !== undefined) ref.mention = mention;
  }
}

/**
 * What may stand between a name and the literal that defines it: an optional closing quote (`"NAME": "…"`), a type
 * (`NAME: string = "…"`), then `=`, `:=` or `:`, and the literal's opening quote. A comma or a bracket there means
 * the literal is an argument (`getenv("NAME", "…")`), not the name's value.
 */
const DEFINITION_TAIL = /^['"]?\s*(?::\s*[\w.<>|? ]{1,60}?\s*)?(?::=|=|:)\s*[`'"]?$/;

/** `name` when the literal at `start` is the value it is defined with, else undefined. */
function definedName(text: string, start: number, name: string): string | undefined {
  if (!SCREAMING_SNAKE.test(name)) return undefined;
  const at = text.lastIndexOf(name, start);
  if (at === -1 || start - at > name.length + 80) return undefined;
  const before = text.charCodeAt(at - 1);
  // `process.env.NAME = "…"` sets a variable other code may read; `x.NAME` is no definition of its own either.
  if (before === 0x2e || isIdentChar(before)) return undefined;
  return DEFINITION_TAIL.test(text.slice(at + name.length, start)) ? name : undefined;
}

/** A class field under its decorators: `NAME: T = …`, `readonly NAME?: T;`, with modifiers before the name. */
const FIELD_LINE =
  /^[ \t]*(?:(?:public|private|protected|readonly|static)\s+)*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)[?!]?\s*[:=;]/;

/**
 * The field a one-line decorator holding the literal at `start` applies to (`@Transform(({ value }) => value ||
 * "https://…")` over `FRED_API_URL: string = …`): the literal is that field's default. Further decorators may follow.
 */
function decoratedField(text: string, start: number): string | undefined {
  const lineStart = text.lastIndexOf("\n", start) + 1;
  let i = lineStart;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
  if (text.charCodeAt(i) !== 0x40) return undefined;
  for (let from = text.indexOf("\n", start) + 1, lines = 0; from > 0 && lines < 8; lines++) {
    const to = text.indexOf("\n", from);
    const line = text.slice(from, to === -1 ? text.length : to);
    if (/^[ \t]*@/.test(line)) {
      from = to + 1;
      continue;
    }
    return FIELD_LINE.exec(line)?.[1];
  }
  return undefined;
}

function sortedPairs(pairs: number[]): number[] {
  for (let i = 2; i < pairs.length; i += 2) {
    if ((pairs[i] ?? 0) < (pairs[i - 2] ?? 0)) {
      const list: [number, number][] = [];
      for (let j = 0; j < pairs.length; j += 2) list.push([pairs[j] ?? 0, pairs[j + 1] ?? 0]);
      return list.sort((a, b) => a[0] - b[0]).flat();
    }
  }
  return pairs;
}
