// URLs and connection strings inside one literal: `https://api.x.io/v1`, `postgres://u:p@db:5432/app`,
// `mongodb://a,b:27018/db`, `jdbc:mysql://db/app`. Each host becomes one reference at the host's own offset.
import { hostPart } from "./host-part.js";
import { schemeInfo } from "./schemes.js";
import { firstSeparatorFrom, type ScanText } from "./scan-text.js";

const MAX_SCHEME_LENGTH = 16;

/** Scans [start, end) for URLs; returns true when the range holds any "://" at all (a URL, known or not). */
export function scanUrls(t: ScanText, start: number, end: number): boolean {
  const { separators } = t;
  let index = firstSeparatorFrom(separators, start);
  let sep = separators[index];
  if (sep === undefined || sep + 3 > end) return false;
  while (sep !== undefined && sep + 3 <= end) {
    const authorityEnd = scanOne(t, start, end, sep);
    while (sep !== undefined && sep < authorityEnd) sep = separators[++index];
  }
  return true;
}

/** Handles the URL whose "://" is at `sep`; returns where its authority ends, so the next search starts there. */
function scanOne(t: ScanText, start: number, end: number, sep: number): number {
  const { text } = t;
  let s = sep;
  while (s > start && sep - s <= MAX_SCHEME_LENGTH && isSchemeChar(text.charCodeAt(s - 1))) s--;
  // No scheme, or one longer than any we know: not a connection.
  if (s === sep || !isLetter(text.charCodeAt(s)) || (s > start && isSchemeChar(text.charCodeAt(s - 1)))) return sep + 3;
  const scheme = text.slice(s, sep).toLowerCase();
  const jdbc = s - 5 >= start && text.slice(s - 5, s).toLowerCase() === "jdbc:";
  const info = schemeInfo(scheme, jdbc);
  if (info === undefined) return sep + 3;
  const authorityStart = sep + 3;
  let authorityEnd = authorityStart;
  while (authorityEnd < end && !endsAuthority(text.charCodeAt(authorityEnd), !info.hostList)) authorityEnd++;
  if (isXmlIdentifierAttribute(text, jdbc ? s - 5 : s, start)) return authorityEnd;
  // Ruby's "#{...}" right after the host means the host continues in code: a template, not a name.
  if (text.charCodeAt(authorityEnd) === 0x23 && text.charCodeAt(authorityEnd + 1) === 0x7b) return authorityEnd;
  let hostsStart = authorityStart;
  for (let i = authorityEnd - 1; i >= authorityStart; i--) {
    if (text.charCodeAt(i) === 0x40 /* @ */) {
      hostsStart = i + 1;
      break;
    }
  }
  const fullScheme = jdbc ? `jdbc:${scheme}` : scheme;
  let partStart = hostsStart;
  // Single labels are never egress (Service short names), so they are not even parsed: junk stays cheap.
  let dotted = false;
  for (let i = hostsStart; i <= authorityEnd; i++) {
    const c = i < authorityEnd ? text.charCodeAt(i) : 0x2c;
    if (c !== 0x2c /* , */) {
      if (c === 0x2e || c === 0x5b) dotted = true;
      continue;
    }
    const part = dotted ? hostPart(text, partStart, i) : undefined;
    dotted = false;
    if (part) {
      const kind = part.host.kind === "name" ? "url" : "ip";
      const port = part.port ?? info.defaultPort;
      t.emit({
        offset: partStart,
        host: part.host.host,
        port,
        scheme: fullScheme,
        kind,
        trailingDot: part.host.trailingDot,
      });
    }
    partStart = i + 1;
  }
  return authorityEnd;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isSchemeChar(c: number): boolean {
  return isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e;
}

function endsAuthority(c: number, commaEnds: boolean): boolean {
  switch (c) {
    case 0x2f: // /
    case 0x3f: // ?
    case 0x23: // #
    case 0x5c: // backslash: an escape sequence in the source
    case 0x22: // "
    case 0x27: // '
    case 0x60: // `
    case 0x3c: // <
    case 0x3e: // >
    case 0x28: // (
    case 0x29: // )
    case 0x3b: // ;
    case 0x7c: // |
    case 0x26: // &
    case 0x5e: // ^
    case 0x20: // space
    case 0x09:
    case 0x0a:
    case 0x0d:
      return true;
    case 0x2c: // ,
      return commaEnds;
    default:
      return false;
  }
}

/**
 * `xmlns="http://www.w3.org/2000/svg"` and friends name a vocabulary; nothing connects to them. Looks back from the
 * scheme over the quote and `=` to the attribute name, a bounded number of characters.
 */
function isXmlIdentifierAttribute(text: string, schemeStart: number, start: number): boolean {
  let i = schemeStart - 1;
  let skipped = 0;
  while (i >= start && skipped < 3 && (text[i] === '"' || text[i] === "'" || text[i] === "\\")) {
    i--;
    skipped++;
  }
  if (i < start || text[i] !== "=") return false;
  const nameEnd = i;
  while (i > start && nameEnd - i < 40 && /[A-Za-z0-9:_.-]/.test(text[i - 1] ?? "")) i--;
  const name = text.slice(i, nameEnd).toLowerCase();
  return (
    name === "xmlns" || name.startsWith("xmlns:") || name.endsWith("schemalocation") || name.endsWith("targetnamespace")
  );
}
