// Whether a word can be the last label of a host the scan reports: the cheap test that lets the lexers skip working
// out what a dotted literal (`config.value`, `errors.not_found`) is bound to. A reported name needs a real public
// suffix (`hasRealPublicSuffix`), and the suffix lookup starts from the name's last label: a label no rule of the
// Public Suffix List starts from ends no reported name, whatever stands before it.
import { hasRealPublicSuffix } from "./host-syntax.js";
import { detached } from "./detached.js";

/**
 * Top-level labels the list has rules under (`co.za`, `gov.za`) but no rule of its own, which tldts therefore calls
 * no public suffix when asked about the label alone. __tests__/scan/suffix-label.test.ts reads tldts's own table to
 * keep this complete.
 */
const PARENT_ONLY_LABELS: ReadonlySet<string> = new Set(["za"]);

const MAX_LABEL_LENGTH = 63;

// A file holds few distinct last labels (`value`, `com`, `io`), asked about for nearly every dotted literal: a
// direct-mapped cache keyed by the label's characters answers without making a string of it.
const SLOTS = 4096;
const cachedLabels: (string | undefined)[] = new Array(SLOTS).fill(undefined);
const cachedVerdicts = new Uint8Array(SLOTS);

/**
 * text[start, end), a run of ASCII letters, digits and hyphens: false when no host the scan reports can end in it.
 * All digits: the end of an IPv4 address (or of an IPv6 address that embeds one), which needs no suffix.
 */
export function mayEndReportedHost(text: string, start: number, end: number): boolean {
  if (end <= start || end - start > MAX_LABEL_LENGTH) return false;
  let digits = true;
  let hash = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) digits = false;
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  if (digits) return true;
  const slot = (hash ^ (hash >>> 12)) & (SLOTS - 1);
  const cached = cachedLabels[slot];
  if (cached !== undefined && cached.length === end - start && text.startsWith(cached, start))
    return cachedVerdicts[slot] === 1;
  const label = text.slice(start, end);
  const verdict = isSuffixLabel(label.toLowerCase());
  cachedLabels[slot] = detached(label); // a view would keep the file's text (detached.ts)
  cachedVerdicts[slot] = verdict ? 1 : 0;
  return verdict;
}

/** A lower-case label some name ending in it has a real public suffix for (`.internal` counts, as there). */
export function isSuffixLabel(label: string): boolean {
  return label === "internal" || PARENT_ONLY_LABELS.has(label) || hasRealPublicSuffix(label);
}
