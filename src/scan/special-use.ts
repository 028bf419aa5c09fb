// Names and addresses that never reach a service on the internet through the sidecar, or are not real names at
// all. The names are reviewed data (src/knowledge/special-use-names.json); the address ranges are fixed by RFCs.
import knowledge from "../knowledge/special-use-names.json" with { type: "json" };
import { isIPv4 } from "./host-syntax.js";
import { detached } from "./detached.js";

export interface SpecialUse {
  /** `loopback`, `special-use`, `local-development`, `private-address`, `documentation-address`, `placeholder`, `vocabulary`. */
  kind: string;
  why: string;
}

interface NameEntry {
  name: string;
  kind: string;
  why: string;
  source: string;
  exact?: boolean;
}

const NAMES = new Map<string, NameEntry>((knowledge.names as NameEntry[]).map((n) => [n.name, n]));
const IP_EMBEDDING = new Set(knowledge.ipEmbeddingDomains.domains);
const PLACEHOLDER = new RegExp(`^(?:${knowledge.placeholders.labels.join("|")})$`, "i");

/** Answers per host: a repository names the same few hundred hosts in thousands of places. Bounded, then cleared. */
const answers = new Map<string, SpecialUse | null>();
const MAX_ANSWERS = 50_000;

/** What makes a normalised host special, or undefined for an ordinary name or address. */
export function specialUseOf(host: string, kind: "name" | "ipv4" | "ipv6"): SpecialUse | undefined {
  const key = `${kind}\u0000${host}`;
  const known = answers.get(key);
  if (known !== undefined) return known ?? undefined;
  const answer = specialUseOfUncached(host, kind);
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(detached(key), answer ?? null); // a key holding a view of a file's text would keep it (detached.ts)
  return answer;
}

function specialUseOfUncached(host: string, kind: "name" | "ipv4" | "ipv6"): SpecialUse | undefined {
  if (kind === "ipv4") return specialIPv4(host);
  if (kind === "ipv6") return specialIPv6(host);
  const labels = host.split(".");
  let at = 0;
  for (let i = 0; i < labels.length; i++) {
    const suffix = host.slice(at);
    at += labels[i]!.length + 1;
    const entry = NAMES.get(suffix);
    if (entry && (i === 0 || !entry.exact)) return { kind: entry.kind, why: `${entry.why} (${entry.source})` };
    if (i > 0 && IP_EMBEDDING.has(suffix)) {
      const embedded = embeddedIPv4(labels.slice(0, i));
      const special = embedded ? (specialIPv4(embedded) ?? privateIPv4(embedded)) : undefined;
      if (special) return { kind: special.kind, why: `${suffix} answers with ${embedded}: ${special.why}` };
    }
  }
  const placeholder = labels.find((l) => PLACEHOLDER.test(l));
  if (placeholder) return { kind: "placeholder", why: `the label "${placeholder}" is a placeholder to fill in` };
  return undefined;
}

/** `app.127.0.0.1`, `app-10-0-0-5`, `10-0-0-5`: the address a wildcard DNS service reads out of the name. */
function embeddedIPv4(labels: string[]): string | undefined {
  const dotted = labels.slice(-4).join(".");
  if (isIPv4(dotted)) return dotted;
  const last = labels[labels.length - 1] ?? "";
  const m = /(?:^|-)(\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3})$/.exec(last);
  const dashed = m?.[1]?.replace(/-/g, ".");
  return dashed && isIPv4(dashed) ? dashed : undefined;
}

function specialIPv4(ip: string): SpecialUse | undefined {
  if (!isIPv4(ip)) return undefined;
  const [a, b, c] = ip.split(".").map(Number);
  if (a === 127) return { kind: "loopback", why: "a loopback address (RFC 1122)" };
  if (a === 0) return { kind: "special-use", why: "the unspecified network (RFC 1122)" };
  if (a !== undefined && a >= 224 && a <= 239)
    return { kind: "multicast", why: "a multicast group (RFC 5771): not a host to connect to" };
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113))
    return { kind: "documentation-address", why: "a documentation address (RFC 5737)" };
  return undefined;
}

/**
 * Private ranges count as egress when configured (a ServiceEntry may list them in `addresses`), not inside a name,
 * and not written into program text, where they are sample data or a device on someone's LAN.
 */
export function privateIPv4(ip: string): SpecialUse | undefined {
  if (!isIPv4(ip)) return undefined;
  const [a, b] = ip.split(".").map(Number);
  const isPrivate = a === 10 || (a === 172 && b !== undefined && b >= 16 && b <= 31) || (a === 192 && b === 168);
  return isPrivate ? { kind: "private-address", why: "a private address (RFC 1918)" } : undefined;
}

function specialIPv6(ip: string): SpecialUse | undefined {
  if (ip === "::1" || /^0*:0*:0*:0*:0*:0*:0*:0*1$/.test(ip)) return { kind: "loopback", why: "the loopback address" };
  if (ip === "::" || /^0*:0*:0*:0*:0*:0*:0*:0*$/.test(ip))
    return { kind: "special-use", why: "the unspecified address" };
  if (ip.startsWith("::ffff:") && isIPv4(ip.slice(7))) return specialIPv4(ip.slice(7));
  if (/^2001:0?db8:/.test(ip)) return { kind: "documentation-address", why: "a documentation address (RFC 3849)" };
  return undefined;
}
