// Which lexer reads a file, decided by its name alone.
import { lexCSharp, lexGo, lexJavaScript, lexJson, lexJvm } from "./lexers/c-family.js";
import { lexKeyValue } from "./lexers/key-value.js";
import { lexNginx, looksLikeNginx } from "./lexers/nginx.js";
import { lexPython } from "./lexers/python.js";
import { lexRuby } from "./lexers/ruby.js";
import { lexShell } from "./lexers/shell.js";
import type { Lexer } from "./lexers/sink.js";
import { lexYaml } from "./lexers/yaml.js";

export type Language =
  | "javascript"
  | "python"
  | "go"
  | "jvm"
  | "ruby"
  | "shell"
  | "csharp"
  | "yaml"
  | "json"
  | "env"
  | "properties"
  | "ini"
  | "toml"
  | "nginx";

const BY_EXTENSION: Readonly<Record<string, Language>> = {
  js: "javascript",
  mjs: "javascript",
  cjs: "javascript",
  jsx: "javascript",
  ts: "javascript",
  mts: "javascript",
  cts: "javascript",
  tsx: "javascript",
  py: "python",
  go: "go",
  java: "jvm",
  kt: "jvm",
  kts: "jvm",
  rb: "ruby",
  sh: "shell",
  bash: "shell",
  cs: "csharp",
  yaml: "yaml",
  yml: "yaml",
  json: "json",
  env: "env",
  properties: "properties",
  ini: "ini",
  cfg: "ini",
  toml: "toml",
  // `.conf` is nginx's, and also supervisord's, HOCON's, Apache's…: `languageOfText` keeps nginx for the text that
  // reads as it.
  conf: "nginx",
};

export const LEXERS: Readonly<Record<Language, Lexer>> = {
  javascript: lexJavaScript,
  python: lexPython,
  go: lexGo,
  jvm: lexJvm,
  ruby: lexRuby,
  shell: lexShell,
  csharp: lexCSharp,
  yaml: lexYaml,
  json: lexJson,
  env: (text, sink) => lexKeyValue(text, "env", sink),
  properties: (text, sink) => lexKeyValue(text, "properties", sink),
  ini: (text, sink) => lexKeyValue(text, "ini", sink),
  toml: (text, sink) => lexKeyValue(text, "toml", sink),
  nginx: lexNginx,
};

/**
 * Programs in languages no lexer here reads. Their comments cannot be told from their strings, so a file of one is
 * not read, in the repository (no language: nothing to scan) or mounted from a ConfigMap whose key names it.
 */
const UNREAD_PROGRAMS = new Set([
  "lua",
  "php",
  "pl",
  "pm",
  "rs",
  "swift",
  "scala",
  "c",
  "h",
  "cc",
  "cpp",
  "hpp",
  "r",
  "ex",
  "exs",
  "erl",
  "clj",
  "dart",
  "hs",
  "ml",
  "vb",
  "ps1",
  "groovy",
  "tcl",
  "jl",
  "nim",
  "zig",
  "cr",
  "coffee",
  "elm",
]);

export function isUnreadProgram(path: string): boolean {
  const base = baseName(path).toLowerCase();
  const dot = base.lastIndexOf(".");
  return dot > 0 && UNREAD_PROGRAMS.has(base.slice(dot + 1));
}

export function languageOf(path: string): Language | undefined {
  if (isDockerfile(path)) return "shell";
  const base = baseName(path).toLowerCase();
  // `.env`, `.env.production`, `app.env`.
  if (base === ".env" || base.startsWith(".env.")) return "env";
  if (base.endsWith(".d.ts")) return undefined;
  // The nginx image renders `/etc/nginx/templates/*.conf.template` into its configuration at start.
  if (base.endsWith(".conf.template")) return "nginx";
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return undefined;
  return Object.hasOwn(BY_EXTENSION, base.slice(dot + 1)) ? BY_EXTENSION[base.slice(dot + 1)] : undefined;
}

/**
 * The language of a file or ConfigMap key given its text too: a `.conf` that does not read as nginx configuration is
 * not read as one (undefined: the caller does what it does for a name of no known language).
 */
export function languageOfText(path: string, text: string): Language | undefined {
  if (isBinScript(path)) return shebangLanguage(text);
  const language = languageOf(path);
  return language === "nginx" && !looksLikeNginx(text) ? undefined : language;
}

/**
 * A file with no extension in a `bin` folder: an executable, whose first line says what runs it. Express's generator
 * starts every app from `bin/www` (`#!/usr/bin/env node`), which a package's start script names.
 */
export function isBinScript(path: string): boolean {
  const slash = path.lastIndexOf("/");
  const base = path.slice(slash + 1);
  return (
    !base.includes(".") && base !== "" && (path.slice(0, slash).endsWith("/bin") || path.slice(0, slash) === "bin")
  );
}

/** The language a `#!` line names: Node.js, Python or a POSIX shell; undefined for any other or none. */
function shebangLanguage(text: string): Language | undefined {
  const first = text.startsWith("#!") ? text.slice(0, text.indexOf("\n") >>> 0) : "";
  if (/\bnode(?:js)?\b/.test(first)) return "javascript";
  if (/\bpython[\d.]*\b/.test(first)) return "python";
  if (/\b(?:sh|bash|dash|ash|zsh)\b/.test(first)) return "shell";
  return undefined;
}

export function isDockerfile(path: string): boolean {
  const base = baseName(path).toLowerCase();
  return (
    base === "dockerfile" || base === "containerfile" || base.startsWith("dockerfile.") || base.endsWith(".dockerfile")
  );
}

export function baseName(path: string): string {
  const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return path.slice(slash + 1);
}
