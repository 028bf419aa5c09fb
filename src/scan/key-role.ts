// What the name a literal is assigned to says about it: a host to connect to, an identifier that merely looks like
// a URL, or one of our own inbound names. Judged on the words of the name (`DB_HOST`, `apiHost`, `db.host`).

export type KeyRole =
  /** The value is where the program connects: report a bare host too. */
  | "host"
  /**
   * The value names a vocabulary or document (`$schema`, `xmlns`, `license`), or is a pattern that addresses are
   * matched against (`remotePatterns`): report nothing.
   */
  | "identifier"
  /** The value is a name others use to reach us (`ALLOWED_HOSTS`, `redirect_uri`, `listen_address`): not egress. */
  | "inbound"
  /**
   * The value is text for people or a link to documentation (`log.info(...)`, `description`, `runbook_url`,
   * `termsOfService`): a host in it is a mention, not a connection.
   */
  | "mention"
  | "other";

import { UPSTREAM_DIRECTIVES } from "./lexers/nginx.js";
import { vocabulary } from "./name-words.js";

// The vocabularies and what each word means are reviewed data (src/knowledge/name-words.json); how a name's words
// are weighed is below.

const HOST_WORDS = vocabulary("host");
const IDENTIFIER_WORDS = vocabulary("identifier");
const INBOUND_WORDS = vocabulary("inbound");
const LICENSE_WORDS = vocabulary("license");
const LINK_WORDS = vocabulary("link");
const MESSAGE_WORDS = vocabulary("message");
const DOCUMENT_WORDS = vocabulary("document");
const SAMPLE_WORDS = vocabulary("sample");
const PROFILE_WORDS = vocabulary("profile");
const PICTURE_WORDS = vocabulary("picture");
const REFERRER_WORDS = vocabulary("referrer");
const PROFILE_NAMES = vocabulary("profileNames");
const STORE_VERBS = vocabulary("store");
const OWN_ADDRESS = vocabulary("ownAddress");
const SCHEMA_NAMES = vocabulary("schemaNames");
/** The first word of Go's `Dial`, `DialTimeout`, `DialContext`, `DialTLS`: each takes the address it connects to. */
const DIAL = "dial";

/**
 * What a text holds wherever `keyRole` takes a name in it for a host: a host word, `dial` (Go's `Dial` family) or an
 * nginx proxying directive, matched by the words no shorter one is part of (`host` stands for `hostname`). A text
 * with none of them and no "://" holds no address the scan reports (`mayReferenceHosts`).
 */
export const HOST_NAME_HINT = anyWordOf([...HOST_WORDS, DIAL, ...UPSTREAM_DIRECTIVES]);

function anyWordOf(words: readonly string[]): RegExp {
  const shortest = words.filter((w) => !words.some((o) => o !== w && w.includes(o)));
  const escaped = [...new Set(shortest)].sort().map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(escaped.join("|"), "i");
}

/**
 * A link to a licence's text, as API metadata writes it (Springfox's `licenseUrl`, `info.license_url`): for people to
 * read. A license server's address (`LICENSE_SERVER_URL`) names more than that, and is a connection.
 */
function isLicenseLink(key: string): boolean {
  const words = splitWords(lastPart(key));
  return words.length === 2 && LICENSE_WORDS.has(words[0]!) && LINK_WORDS.has(words[1]!);
}

/** Whether the last word, or the word before a last link word or `src` (`thumbnail_src`), is a picture word. */
function namesPicture(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  const subject = last !== undefined && (LINK_WORDS.has(last) || last === "src") ? words[words.length - 2] : last;
  return subject !== undefined && PICTURE_WORDS.has(subject);
}

/** Whether the name is a method that keeps what it is given (see STORE_VERBS). */
export function isStoreName(key: string | undefined): boolean {
  return key !== undefined && keepsData(splitWords(key));
}

function keepsData(words: readonly string[]): boolean {
  return words.length > 1 && STORE_VERBS.has(words[0]!) && !HOST_WORDS.has(words[words.length - 1]!);
}

/** Whether the name says its value is sample data, for tests or demos, not an address the code connects to. */
export function isSampleName(key: string | undefined): boolean {
  return key !== undefined && splitWords(key).some((w) => SAMPLE_WORDS.has(w));
}

/**
 * Content-Security-Policy directives written as keys (`scriptSrc: ["https://cdn.x.io"]`, `"connect-src": …`): the
 * sources a browser may load from or connect to, not where the server connects.
 */
const CSP_DIRECTIVES = new Set([...vocabulary("cspDirectives")].map((d) => `${d}src`));

/** Whether the name is a Content-Security-Policy directive (`scriptSrc`, `connect-src`, `csp.imgSrc`). */
export function isCspDirective(key: string | undefined): boolean {
  return key !== undefined && CSP_DIRECTIVES.has(lastPart(key).replace(/[-_]/g, "").toLowerCase());
}

/** The name after its last dot: `csp.scriptSrc` -> `scriptSrc`. */
export function lastPart(key: string): string {
  return key.slice(key.lastIndexOf(".") + 1);
}

export function keyRole(key: string): KeyRole {
  // nginx's `proxy_pass` and kin: the argument is where nginx connects (the words alone would say nothing).
  if (UPSTREAM_DIRECTIVES.has(key)) return "host";
  if (isCspDirective(key)) return "mention";
  if (OWN_ADDRESS.has(lastPart(key).toLowerCase())) return "inbound";
  if (SCHEMA_NAMES.has(lastPart(key).toLowerCase())) return "identifier";
  const first = lastPart(key).charCodeAt(0);
  // `$schema`, `$id`, `@context`, `@id`: JSON Schema and JSON-LD keywords, identifiers by definition.
  if (first === 0x24 || first === 0x40) return "identifier";
  const words = splitWords(key);
  const last = words[words.length - 1];
  if (last === undefined) return "other";
  if (words.some((w) => INBOUND_WORDS.has(w))) return "inbound";
  // A backend's `FRONTEND_URL` or `PORTAL_BASE_URL` is the web app its users load: where it redirects them, what its
  // e-mails link to and what CORS lets in. An address to connect to (`FRONTEND_ADDR`, `frontend_host`) is still one.
  if ((words.includes("frontend") || words.includes("portal")) && LINK_WORDS.has(last)) return "inbound";
  // SAML's service-provider settings (`SAML_SP_BASE_URL`, `saml.sp.entityId`) describe this service itself: the
  // addresses the identity provider sends its users back to.
  if (words.includes("saml") && words.includes("sp")) return "inbound";
  if (IDENTIFIER_WORDS.has(last) || words.includes("xmlns")) return "identifier";
  if (isLicenseLink(key)) return "mention";
  if (MESSAGE_WORDS.has(last) || words.some((w) => DOCUMENT_WORDS.has(w) || SAMPLE_WORDS.has(w))) return "mention";
  if (PROFILE_WORDS.has(last) || REFERRER_WORDS.has(last) || keepsData(words) || namesPicture(words)) return "mention";
  if (PROFILE_NAMES.has(lastPart(key).toLowerCase())) return "mention";
  return HOST_WORDS.has(last) || words[0] === DIAL ? "host" : "other";
}

/**
 * The role a bracket's name imposes on every literal inside it, whatever their own keys say, if it imposes one:
 * documentation or sample data (`@Contact(url = …)`), an identifier (`@License(url = …)`), an inbound setting, or
 * a message, but only where the name is the message call itself (`log.info(…, url=…)`): in `from_user_info(…)` the
 * last word is no log level.
 */
export function contextRole(name: string): KeyRole | undefined {
  const role = keyRole(name);
  if (role === "identifier" || role === "inbound") return role;
  if (role !== "mention") return undefined;
  const words = splitWords(name);
  return words.length === 1 || words.some((w) => DOCUMENT_WORDS.has(w) || SAMPLE_WORDS.has(w)) ? role : undefined;
}

/** `DB_HOST` -> [db, host]; `apiBaseURL` -> [api, base, url]; `HTTPServer` -> [http, server]; lower-cased. */
export function splitWords(name: string): string[] {
  const words: string[] = [];
  let start = -1;
  const flush = (end: number) => {
    if (start !== -1 && end > start) words.push(name.slice(start, end).toLowerCase());
    start = -1;
  };
  // Only the tail of a very long name matters: its last words say what the value is.
  for (let i = Math.max(0, name.length - 200); i < name.length; i++) {
    const c = name.charCodeAt(i);
    const upper = c >= 0x41 && c <= 0x5a;
    const lower = c >= 0x61 && c <= 0x7a;
    const digit = c >= 0x30 && c <= 0x39;
    if (!upper && !lower && !digit) {
      flush(i);
      continue;
    }
    if (start === -1) {
      start = i;
      continue;
    }
    const prev = name.charCodeAt(i - 1);
    const prevLower = (prev >= 0x61 && prev <= 0x7a) || (prev >= 0x30 && prev <= 0x39);
    const prevUpper = prev >= 0x41 && prev <= 0x5a;
    // Read past the end, charCodeAt gives NaN, and the compiled loop is thrown away for it once per thread.
    const next = i + 1 < name.length ? name.charCodeAt(i + 1) : 0;
    const nextLower = next >= 0x61 && next <= 0x7a;
    // A capital starts a word after a lower-case letter (apiHost) or ends an acronym (HTTPServer -> HTTP|Server).
    if (upper && (prevLower || (prevUpper && nextLower))) {
      flush(i);
      start = i;
    }
  }
  flush(name.length);
  return words;
}
