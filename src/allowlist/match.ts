// What an allowlist entry approves: a host pattern (exact or *.suffix, never the apex), ports and calling namespaces.
import { hostMatches } from "../model/visibility.js";
import type { AllowlistHost } from "./types.js";

/** `*.example.com` covers `api.example.com` and `*.api.example.com`, not `example.com`. */
export function patternCovers(pattern: string, host: string): boolean {
  return pattern !== "*" && hostMatches(pattern, host);
}

/** Either side may be a wildcard: the two name at least one host in common. */
export function patternsOverlap(a: string, b: string): boolean {
  return patternCovers(a, b) || patternCovers(b, a);
}

/** Undefined `namespace` asks about the host and port alone. */
export function entryApproves(
  entry: AllowlistHost,
  host: string,
  port: number | undefined,
  namespace?: string,
): boolean {
  if (!patternCovers(entry.host, host)) return false;
  if (port !== undefined && entry.ports && !entry.ports.includes(port)) return false;
  if (namespace !== undefined && entry.namespaces && !entry.namespaces.includes(namespace)) return false;
  return true;
}

/** Whether any entry approves every namespace (no `namespaces:` restriction) for the host and port. */
export function approvedEverywhere(entries: readonly AllowlistHost[], host: string, port: number): boolean {
  return entries.some((e) => e.namespaces === undefined && entryApproves(e, host, port));
}
