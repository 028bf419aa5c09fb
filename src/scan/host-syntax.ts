// What counts as a host name or IP literal, and the normal form the rules compare against.
import { isIPv6 } from "node:net";
import { parse } from "tldts";
import { detached } from "./detached.js";

export interface NormalHost {
  /** Lower-cased, without brackets or trailing dot. */
  host: string;
  kind: "name" | "ipv4" | "ipv6";
  trailingDot: boolean;
}

const MAX_HOST_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;

/** Validates a written host (`API.Example.com.`, `10.0.0.1`, `[::1]`, `::1`) and returns its normal form. */
export function normalizeHost(written: string): NormalHost | undefined {
  if (written.length === 0 || written.length > MAX_HOST_LENGTH + 3) return undefined;
  if (written.charCodeAt(0) === 0x5b /* [ */) {
    if (written.charCodeAt(written.length - 1) !== 0x5d /* ] */) return undefined;
    const inner = written.slice(1, -1).toLowerCase();
    return isIPv6(inner) ? { host: inner, kind: "ipv6", trailingDot: false } : undefined;
  }
  let host = written.toLowerCase();
  if (host.includes(":")) return isIPv6(host) ? { host, kind: "ipv6", trailingDot: false } : undefined;
  const trailingDot = host.endsWith(".");
  if (trailingDot) host = host.slice(0, -1);
  if (isIPv4(host)) return trailingDot ? undefined : { host, kind: "ipv4", trailingDot };
  return isHostname(host) ? { host, kind: "name", trailingDot } : undefined;
}

export function isIPv4(s: string): boolean {
  let parts = 0;
  let digits = 0;
  let value = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x2e;
    if (c === 0x2e /* . */) {
      if (digits === 0 || value > 255) return false;
      parts++;
      digits = 0;
      value = 0;
    } else if (c >= 0x30 && c <= 0x39) {
      if (++digits > 3) return false;
      value = value * 10 + (c - 0x30);
    } else return false;
  }
  return parts === 4;
}

/** RFC 1123 names: letters, digits and inner hyphens; a name whose last label is numeric is a broken IP, not a name. */
export function isHostname(host: string): boolean {
  if (host.length === 0 || host.length > MAX_HOST_LENGTH) return false;
  let labelStart = 0;
  let labelAllDigits = true;
  for (let i = 0; i <= host.length; i++) {
    const c = i < host.length ? host.charCodeAt(i) : 0x2e;
    if (c === 0x2e) {
      const len = i - labelStart;
      if (len === 0 || len > MAX_LABEL_LENGTH) return false;
      if (host.charCodeAt(labelStart) === 0x2d || host.charCodeAt(i - 1) === 0x2d) return false;
      if (i === host.length && labelAllDigits) return false;
      labelStart = i + 1;
      labelAllDigits = true;
      continue;
    }
    const digit = c >= 0x30 && c <= 0x39;
    if (!digit && !(c >= 0x61 && c <= 0x7a) && c !== 0x2d) return false;
    if (!digit) labelAllDigits = false;
  }
  return true;
}

/**
 * True when the name ends in a suffix from the Public Suffix List (ICANN or private section), or in `.internal`
 * (reserved for private use, and home of cloud metadata servers such as `metadata.google.internal`).
 */
export function hasRealPublicSuffix(host: string): boolean {
  if (host.endsWith(".internal")) return true;
  let known = suffixCache.get(host);
  if (known === undefined) {
    const parsed = parse(host, { allowPrivateDomains: true, extractHostname: false, detectIp: false });
    known = parsed.isIcann === true || parsed.isPrivate === true;
    if (suffixCache.size >= 4096) suffixCache.clear();
    suffixCache.set(detached(host), known);
  }
  return known;
}

// Files repeat their hosts; the suffix lookup is the costliest step per reference. Keys are copies: a key that is a
// view into a file's text would keep the text (detached.ts).
const suffixCache = new Map<string, boolean>();

/** Parses a port written after a host; undefined when it is not a plain decimal port. */
export function parsePort(written: string): number | undefined {
  if (written.length === 0 || written.length > 5) return undefined;
  let value = 0;
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return undefined;
    value = value * 10 + (c - 0x30);
  }
  return value >= 1 && value <= 65535 ? value : undefined;
}
