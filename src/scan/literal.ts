// One literal value (a string in code, a value in a config file) -> its references, given the name it is bound to.
import { hostPart } from "./host-part.js";
import { hasRealPublicSuffix } from "./host-syntax.js";
import { contextRole, keyRole, type KeyRole } from "./key-role.js";
import { firstSeparatorFrom, type ScanText } from "./scan-text.js";
import { mayEndReportedHost } from "./suffix-label.js";
import { scanUrls } from "./urls.js";
import { detached } from "./detached.js";

const MAX_HOST_VALUE_LENGTH = 4096;

/** The role the names around a literal give it, and the name that decided it (for the reference's `binding`). */
export interface LiteralBinding {
  role: KeyRole;
  by: string | undefined;
}

/**
 * Scans text[start, end) as a literal bound to `key` (undefined when it is bound to nothing we can see), or to
 * `fallbackKey` when `key` is neither a host name nor an identifier, inside `contextKey` (see literalBinding).
 */
export function scanLiteral(
  t: ScanText,
  start: number,
  end: number,
  key?: string,
  fallbackKey?: string,
  contextKey?: string,
): LiteralBinding {
  const binding = literalBinding(key, fallbackKey, contextKey);
  const { role } = binding;
  if (end <= start || role === "identifier" || role === "inbound") return binding;
  const hadUrl = scanUrls(t, start, end);
  if (!hadUrl && role === "host") scanHostValue(t, start, end);
  return binding;
}

/**
 * What the names a literal is bound to say about it: its key's role, else the enclosing call's or list's; but inside
 * documentation, an identifier or an inbound setting (`contextKey`: `@Contact(url = …)`, `@License(url = …)`), what
 * the context says, whatever the key's role.
 */
export function literalBinding(key?: string, fallbackKey?: string, contextKey?: string): LiteralBinding {
  const context = contextKey === undefined ? undefined : cachedContextRole(contextKey);
  if (context !== undefined) return { role: context, by: contextKey };
  const role = key === undefined ? "other" : cachedKeyRole(key);
  if (role === "other" && fallbackKey !== undefined) return { role: cachedKeyRole(fallbackKey), by: fallbackKey };
  return { role, by: key };
}

/**
 * Whether `scanLiteral` could find anything in text[start, end), whatever it is bound to: hosts come only after a
 * "://" or, in a host setting, in a dotted value (`db.x.io`, `10.0.0.5`, `[::1]`) whose host ends in a label a
 * reported host can end in (`mayEndReportedHost`): a public suffix or the digits of an address. Lexers skip working
 * out the binding of a literal that holds none of these, so a new way of finding hosts in `scanLiteral` must be let
 * through here too.
 */
export function literalMayHoldHost(t: ScanText, start: number, end: number): boolean {
  const sep = t.separators[firstSeparatorFrom(t.separators, start)];
  if (sep !== undefined && sep + 3 <= end) return true;
  const { text } = t;
  // Most literals hold no dot at all ("," "utf-8" "Hello"): they end here, before any label is looked up.
  let dot = start;
  let endsBeforeDot = false;
  for (; dot < end; dot++) {
    const kind = charKind(text.charCodeAt(dot));
    if (kind === DOT) break;
    if (kind === BRACKET) return true;
    if (kind === ENDS_HOST) endsBeforeDot = true;
  }
  if (dot === end) return false;
  // A host's last label is followed by what ends a host in a host setting (a port, the next item, a path, a blank or
  // the end of the value), or by a trailing dot and then one of those. The value's own last label comes first: in
  // a dotted key ('config.value') it is the only one.
  const last = withoutTrailingDot(text, start, end);
  const first = labelStart(text, start, last);
  if (first < last && mayEndReportedHost(text, first, last)) return true;
  // Labels ended before the first dot are rare (`io:%.x`), and so are those ended inside the value.
  for (let i = endsBeforeDot ? start : dot; i < first; i++) {
    const kind = charKind(text.charCodeAt(i));
    if (kind === BRACKET) return true;
    if (kind === ENDS_HOST && endsReportedHostAt(text, start, i)) return true;
  }
  return false;
}

/** Whether a label that a port, an item, a path or a blank at `at` ends (directly or after a dot) may end a host. */
function endsReportedHostAt(text: string, start: number, at: number): boolean {
  const last = withoutTrailingDot(text, start, at);
  const first = labelStart(text, start, last);
  return first < last && mayEndReportedHost(text, first, last);
}

/** `at`, or one before it when a dot stands there: a host may be written with its root's trailing dot. */
function withoutTrailingDot(text: string, start: number, at: number): number {
  return at > start && text.charCodeAt(at - 1) === 0x2e ? at - 1 : at;
}

/** Where the run of label characters that ends at `last` starts (no earlier than `start`). */
function labelStart(text: string, start: number, last: number): number {
  let first = last;
  while (first > start && charKind(text.charCodeAt(first - 1)) === LABEL) first--;
  return first;
}

// What each ASCII character is to a host in a host setting; everything else is OTHER.
const OTHER = 0;
const LABEL = 1;
const DOT = 2;
const BRACKET = 3;
/** `:port`, `,next`, `/path` and blanks: where `scanHostValue` and `hostPart` end a host. */
const ENDS_HOST = 4;
const CHAR_KINDS = (() => {
  const table = new Uint8Array(128);
  for (const ch of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") table[ch.charCodeAt(0)] = LABEL;
  for (const ch of ":,/ \t\n\r") table[ch.charCodeAt(0)] = ENDS_HOST;
  table[0x2e] = DOT;
  table[0x5b] = BRACKET;
  return table;
})();

function charKind(c: number): number {
  return c < 128 ? CHAR_KINDS[c]! : OTHER;
}

// The same few names are bound again and again in a file; a small cache keeps their word-splitting off the hot path.
const cachedKeyRole = bounded(keyRole);
const cachedContextRole = bounded(contextRole);

/** `fn` with its answers kept for up to 4,096 names, then forgotten all at once. */
function bounded<T>(fn: (name: string) => T): (name: string) => T {
  const answers = new Map<string, T>();
  return (name) => {
    const known = answers.get(name);
    // One lookup when the answer is a value; only an undefined answer asks twice.
    if (known !== undefined || answers.has(name)) return known as T;
    if (answers.size >= 4096) answers.clear();
    const answer = fn(name);
    // A copy: the name may be a view into a file's text, which the key would keep (detached.ts).
    answers.set(detached(name), answer);
    return answer;
  };
}

/**
 * A host-keyed value without a scheme: `db.example.org`, `db.example.org:5432`, `10.0.0.5`, or a comma-separated
 * list of those (`KAFKA_BROKERS=a.x.io:9092,b.x.io:9092`). A path after the host is allowed (`api.x.io/v1`). Names
 * count only with a real public suffix: a bare word in a host setting is usually a Service short name.
 */
export function scanHostValue(t: ScanText, start: number, end: number): void {
  const { text } = t;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end - start > MAX_HOST_VALUE_LENGTH) return;
  let itemStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== 0x2c /* , */) continue;
    let a = itemStart;
    let b = i;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    let dotted = false;
    for (let j = a; j < b; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x2f /* / */) b = j;
      else if (c === 0x2e || c === 0x5b) dotted = true;
    }
    const part = dotted ? hostPart(text, a, b) : undefined;
    if (part && (part.host.kind !== "name" || hasRealPublicSuffix(part.host.host))) {
      const kind = part.host.kind === "name" ? "host" : "ip";
      t.emit({
        offset: a,
        host: part.host.host,
        port: part.port ?? 0,
        scheme: "",
        kind,
        trailingDot: part.host.trailingDot,
      });
    }
    itemStart = i + 1;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
