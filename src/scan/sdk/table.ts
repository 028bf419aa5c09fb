// The reviewed knowledge table, loaded once, with what every scan needs precomputed: the entries per language, and
// what tells whether a file could import any SDK at all (one pattern over its text, or the package names its
// imports are compared with where those were already read).
import data from "../../knowledge/sdk-defaults.json" with { type: "json" };
import type { SdkEntry, SdkLanguage, SdkTable } from "./types.js";

export const SDK_TABLE = data as SdkTable;

const BY_LANGUAGE = new Map<SdkLanguage, SdkEntry[]>();
for (const entry of SDK_TABLE.sdks) {
  const list = BY_LANGUAGE.get(entry.language) ?? [];
  list.push(entry);
  BY_LANGUAGE.set(entry.language, list);
}

export function entriesFor(language: string): readonly SdkEntry[] {
  return BY_LANGUAGE.get(language as SdkLanguage) ?? [];
}

/**
 * The literal part of every import pattern of a language (up to its first `*`), in one alternation per language:
 * most files import no SDK, and this is the only work they cost. One language's needles share their first letters
 * (Go's all start with a module host), which lets the regex engine skip most of a file at each step.
 */
const PACKAGE_NEEDLES = new Map<string, RegExp>();
/** The same needles as a list, for the modules a file imports where those are known. */
const MODULE_NEEDLES = new Map<string, readonly string[]>();
for (const [language, entries] of BY_LANGUAGE) {
  const needles = [...new Set(entries.flatMap((e) => e.imports.map((i) => needle(e, i))))].sort();
  PACKAGE_NEEDLES.set(language, new RegExp(needles.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|")));
  MODULE_NEEDLES.set(language, needles);
}

/** Python splits a dotted path over `from google.cloud import storage`: only the part before the last dot is written whole. */
function needle(entry: SdkEntry, pattern: string): string {
  const literal = pattern.split("*")[0] ?? pattern;
  const dot = literal.lastIndexOf(".");
  return entry.language === "python" && dot > 0 ? literal.slice(0, dot) : literal;
}

/**
 * Imports stand at the top of a file in every language the table covers, so only the head is searched: on a large
 * file the alternation would otherwise cost more than lexing it.
 */
const IMPORT_HEAD = 8_192;

export function mayImportAnySdk(text: string, language: string): boolean {
  const needles = PACKAGE_NEEDLES.get(language);
  if (!needles) return false;
  return needles.test(text.length > IMPORT_HEAD ? text.slice(0, IMPORT_HEAD) : text);
}

/**
 * `mayImportAnySdk` for a file whose imported modules are known (`importsOf`: JavaScript and Python): whether one of
 * them starts like an SDK's package. Every import counts, however far down the file: the head limit is only there to
 * bound the cost of searching text.
 */
export function importsAnySdkModule(modules: readonly string[], language: string): boolean {
  const needles = MODULE_NEEDLES.get(language);
  return needles !== undefined && modules.some((m) => needles.some((n) => m.startsWith(n)));
}

/** Environment variables each SDK reads for its endpoint by itself, for the caller to look for in a workload's env. */
export function sdkEnvOverrides(): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const entry of SDK_TABLE.sdks) {
    for (const name of entry.overrides.env) byName.set(name, [...(byName.get(name) ?? []), entry.id]);
  }
  return new Map([...byName.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
