// Which modules a file imports, read from its code (never from comments or strings), and which table entries they
// name. An import is half the evidence: a class called `WebClient` means Slack only where Slack's package is imported.
import type { CodeView } from "./code-view.js";
import type { SdkEntry, SdkLanguage } from "./types.js";

export interface ImportedModule {
  /** The module path as written: `openai`, `@aws-sdk/client-s3`, `google.cloud.storage`. */
  path: string;
  /** The local name a Go import is given (`gh "github.com/google/go-github/v60/github"`). */
  alias?: string;
  offset: number;
  /**
   * Loaded when the code gets there, not with the file: JavaScript's `import("…")`, a Python import indented under a
   * function, a class, a condition or a `try`.
   */
  deferred?: true;
}

export interface EntryImport {
  /** Offset of the first import of the entry's package. */
  offset: number;
  /** What the import patterns' `*` matched (normalised: `client-secrets-manager` -> `secretsmanager`). */
  captures: Set<string>;
  /** Go: local name -> the normalised capture, or "" when the pattern has no `*`. */
  aliases: Map<string, string>;
  /** The file's imports of the entry's package or module (Go: with the local names they are given). */
  paths: ImportedModule[];
  /** The package's name (npm, PyPI) when every import of it in the file is deferred. */
  lazyPackage?: string;
}

export function importsOf(view: CodeView, language: SdkLanguage): ImportedModule[] {
  switch (language) {
    case "python":
      return pythonImports(view.code);
    case "javascript":
      return quotedImports(view, /\b(?:from|import|require)\s*\(?\s*(?=["'`])/g);
    case "go":
      return goImports(view);
    case "jvm":
      return matchAll(view.code, /^[ \t]*import[ \t]+(?:static[ \t]+)?([\w.]+(?:\.\*)?)/gm);
    case "csharp":
      // `using Stripe;`, `using static Twilio.TwilioClient;`, `global using OpenAI.Chat;`, `using Chat = OpenAI.Chat;`:
      // the namespace named. A `using (var x = …)` statement names none.
      return matchAll(
        view.code,
        /^[ \t]*(?:global[ \t]+)?using[ \t]+(?:static[ \t]+)?(?:[A-Za-z_]\w*[ \t]*=[ \t]*)?([A-Za-z_][\w.]*)[ \t]*;/gm,
      );
    default:
      return [];
  }
}

/** The entry's imports among the file's, or undefined when the file does not import the entry's package. */
export function entryImport(entry: SdkEntry, modules: readonly ImportedModule[]): EntryImport | undefined {
  let found: EntryImport | undefined;
  let lazy: string | undefined;
  let loadedWithFile = false;
  for (const pattern of entry.imports) {
    const re = importPattern(pattern);
    for (const m of modules) {
      const match = re.exec(m.path);
      if (!match) continue;
      found ??= { offset: m.offset, captures: new Set(), aliases: new Map(), paths: [] };
      found.offset = Math.min(found.offset, m.offset);
      const capture = match[1] === undefined ? "" : normaliseName(match[1]);
      if (capture !== "") found.captures.add(capture);
      if (m.alias !== undefined) found.aliases.set(m.alias, capture);
      found.paths.push(m);
      if (m.deferred) lazy ??= entry.language === "javascript" ? npmPackageOf(m.path) : entry.package;
      else loadedWithFile = true;
    }
  }
  if (found && lazy !== undefined && !loadedWithFile) found.lazyPackage = lazy;
  return found;
}

/** `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`. */
function npmPackageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/** Service names are compared without case or separators: `SecretsManager`, `secrets-manager`, `secretsmanager`. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[-_.]/g, "");
}

const PATTERNS = new Map<string, RegExp>();

function importPattern(pattern: string): RegExp {
  let re = PATTERNS.get(pattern);
  if (re === undefined) {
    const body = pattern
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, "\\$&"))
      .join("([^/.]+)");
    // A module also covers its sub-modules: `openai/resources`, `google.cloud.storage.blob`.
    re = new RegExp(`^${body}(?:[./].*)?$`);
    PATTERNS.set(pattern, re);
  }
  return re;
}

function pythonImports(code: string): ImportedModule[] {
  const out: ImportedModule[] = [];
  const at = (m: RegExpMatchArray, path: string): ImportedModule =>
    /^[ \t]/.test(m[0]) ? { path, offset: m.index!, deferred: true } : { path, offset: m.index! };
  // The list in parentheses holds no `(`: unclosed ones cost one read of the file, not one per line.
  for (const m of code.matchAll(/^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^()]*\)|[^\n]*)/gm)) {
    const base = m[1] ?? "";
    out.push(at(m, base));
    for (const name of names(m[2] ?? "")) out.push(at(m, `${base}.${name}`));
  }
  for (const m of code.matchAll(/^[ \t]*import[ \t]+([^\n]*)/gm)) {
    for (const name of names(m[1] ?? "")) out.push(at(m, name));
  }
  return out;
}

/** `a, b as c` / `(a,\n b)` -> the imported names, without aliases. */
function names(list: string): string[] {
  return list
    .replace(/[()\\]/g, " ")
    .split(",")
    .map((part) => part.trim().split(/\s+/)[0] ?? "")
    .filter((name) => /^[\w.]+$/.test(name));
}

function quotedImports(view: CodeView, keyword: RegExp): ImportedModule[] {
  const out: ImportedModule[] = [];
  for (const m of view.code.matchAll(keyword)) {
    const literal = view.stringAt(m.index + m[0].length);
    if (!literal) continue;
    const path = view.text.slice(literal.start, literal.end);
    out.push(/^import\s*\(/.test(m[0]) ? { path, offset: m.index, deferred: true } : { path, offset: m.index });
  }
  return out;
}

function goImports(view: CodeView): ImportedModule[] {
  const out: ImportedModule[] = [];
  for (const m of view.code.matchAll(/\bimport\s*(\(|[\w.]+\s+(?=")|(?="))/g)) {
    const blockEnd = m[1] === "(" ? view.code.indexOf(")", m.index) : -1;
    const end = blockEnd === -1 ? m.index + m[0].length + 1 : blockEnd;
    for (const s of view.strings) {
      if (s.start <= m.index || s.start > end) continue;
      const lineStart = view.code.lastIndexOf("\n", s.start) + 1;
      const before = view.code.slice(Math.max(lineStart, m.index + 6), s.start - 1).replace("(", "");
      const alias = before.trim().split(/\s+/).pop() ?? "";
      const path = view.text.slice(s.start, s.end);
      out.push(/^[A-Za-z_]\w*$/.test(alias) ? { path, alias, offset: s.start } : { path, offset: s.start });
    }
  }
  return out;
}

function matchAll(code: string, re: RegExp): ImportedModule[] {
  return [...code.matchAll(re)].map((m) => ({ path: m[1] ?? "", offset: m.index }));
}
