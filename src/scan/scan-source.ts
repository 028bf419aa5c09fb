// Source and config files -> the external hosts their running code refers to.
import { isDockerfile, LEXERS, languageOfText, type Language } from "./language.js";
import { classifyHost } from "./classify.js";
import { usedOnlyAs } from "./constant-uses.js";
import { type Extracted, extract, mayReferenceHosts } from "./extract.js";
import { dockerfileBuildLines, wholeFileClass } from "./file-kind.js";
import { initOverwrites } from "./go-init-stores.js";
import { ignoredRulesAt } from "./ignore.js";
import { detectSdkCalls, type SdkReference } from "./sdk/index.js";
import { externalReferences, type Placement, sortReferences } from "./references.js";
import type { HostReference, ScanOptions } from "./types.js";

/** Languages whose string literals are program text: multi-line strings there are docstrings and templates. */
const PROGRAM_LANGUAGES: ReadonlySet<Language> = new Set(["javascript", "python", "go", "jvm", "ruby", "csharp"]);

export interface SourceFile {
  /** Path relative to the repository root, as it should appear in findings. */
  path: string;
  text: string;
}

export interface SourceScanOptions extends ScanOptions {
  /** Read the file as this language instead of guessing from its name. */
  language?: Language;
  /** The modules the file imports, where already read (`importsOf`): SDK clients are looked for only after those. */
  modules?: readonly string[];
}

/** External host references in one file, sorted by line, column and host; [] for a file of no known language. */
export function scanSource(file: SourceFile, options: SourceScanOptions = {}): HostReference[] {
  const language = options.language ?? languageOfText(file.path, file.text);
  if (language === undefined) return [];
  const program = PROGRAM_LANGUAGES.has(language);
  // A client built with an SDK's default endpoint names no host, so it is looked for even where nothing else is.
  const calls = program ? detectSdkCalls(file, options.modules) : [];
  if (calls.length === 0 && !mayReferenceHosts(file.text)) return [];
  const found = extract(file.text, LEXERS[language], program);
  if (language === "go") markOverwrittenByInit(found, file.text);
  const whole = wholeFileClass(file.path, file.text);
  const placement: Placement = {
    file: file.path,
    use: program ? "call" : "config",
    ...(whole ? { whole } : {}),
    ...(isDockerfile(file.path) ? { buildLines: dockerfileBuildLines(file.text) } : {}),
  };
  const literal = soleDefinitions(externalReferences(found, placement, options.inCluster), found, file.text, language);
  // An endpoint the code writes in place of the default is already a literal reference of its own.
  const written = new Set(literal.map((r) => `${r.host}\0${r.line}`));
  const sdk = sdkReferences(file.path, calls, found, options, whole).filter(
    (r) => !written.has(`${r.host}\0${r.line}`),
  );
  return sortReferences([...literal, ...sdk]);
}

/** Package variables whose literal init() replaces before any read: the literal is no value the program uses. */
function markOverwrittenByInit(found: Extracted, text: string): void {
  const overwritten = initOverwrites(text, (o) => found.lines.line(o));
  for (const raw of found.refs) {
    const why = overwritten(raw.offset);
    if (why !== undefined) raw.overwritten = why;
  }
}

/**
 * Languages where a constant or field named in SCREAMING_SNAKE is read only by code that names it. Python and Ruby
 * are left out: Django and Flask settings, Celery and Rails configuration are read by the framework under the
 * names the user's code only defines (`CELERY_BROKER_URL = "…"`).
 */
const DEFINITION_LANGUAGES: ReadonlySet<Language> = new Set(["javascript", "jvm", "go", "csharp"]);

/**
 * Keeps `soleDefinition` only where the file names the defined name once, in a language whose code reads by name.
 * Where the file names it again, in any language, `usedOnlyAs` says so when every other line hands it to a key that
 * is no address.
 */
function soleDefinitions(refs: HostReference[], found: Extracted, text: string, language: Language): HostReference[] {
  for (const r of refs) {
    const name = r.soleDefinition;
    if (name === undefined) continue;
    const at = [...text.matchAll(new RegExp(`\\b${name}\\b`, "g"))].map((m) => m.index);
    if (at.length === 1 && DEFINITION_LANGUAGES.has(language)) continue;
    delete r.soleDefinition;
    // The definition is the last occurrence at or before the literal's line.
    const definedAt = at.filter((o) => found.lines.line(o) <= r.line).pop();
    const use = at.length > 1 && definedAt !== undefined ? usedOnlyAs(text, at, definedAt) : undefined;
    if (use) r.usedOnlyAs = { name, ...use };
  }
  return refs;
}

/**
 * Clients built with an SDK's default endpoint (`OpenAI()`, `boto3.client("s3")`) call hosts no string names: the
 * knowledge table says which. A client whose endpoint the code sets at run time is not covered, and is left out.
 * Where a file is an example or a test (`whole`), the SDK's hosts are no more egress than its URLs.
 */
function sdkReferences(
  path: string,
  calls: readonly SdkReference[],
  found: Extracted,
  options: SourceScanOptions,
  whole: Placement["whole"],
): HostReference[] {
  const out: HostReference[] = [];
  for (const r of calls) {
    const kind = classifyHost(r.host, options.inCluster);
    if (kind !== "external") continue;
    out.push({
      host: r.host,
      port: r.port,
      scheme: r.scheme,
      kind: "host",
      file: path,
      line: r.line,
      column: r.column,
      ignoredRules: ignoredRulesAt(found.ignores, r.line),
      class: whole?.class ?? "call",
      reason: whole ? `${whole.reason} (via sdk: ${r.reason})` : `via sdk: ${r.reason}`,
      via: "sdk",
      ...(r.lazyPackage !== undefined ? { lazyPackage: r.lazyPackage } : {}),
    });
  }
  return out;
}
