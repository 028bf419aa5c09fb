// What a JavaScript, TypeScript or Python file loads: the module names and relative paths it writes, read from its
// text alone. The graph of these decides which shipped modules anything the workload starts from ever loads
// (src/provenance/unimported-modules.ts, src/provenance/python-runs.ts). It errs toward more edges: a path in a
// comment or in any string counts.
import { addressNamesIn } from "./address-names.js";
import { isAsciiWordChar, isBlank } from "./lexers/binding.js";
import { callsGlobalRequest, runsCommand } from "./request-calls.js";
import { isClientModule } from "./file-kind.js";
import { baseName, isBinScript, type Language, languageOfText } from "./language.js";

export interface FileImports {
  file: string;
  /**
   * Module names (`@/lib/x`, `express`) and relative paths (`./routes`) the file writes, sorted, deduplicated. For
   * Python, dotted module names (`.models`, `app.db.session`; `from a import b` gives `a` and `a.b`) and the `.py`
   * paths its strings name (`scripts/sync.py`, run as a subprocess).
   */
  specifiers: string[];
  /** The fixed start of an import whose name is built (`./locales/` of import(`./locales/${lang}.json`)). */
  prefixes?: string[];
  /** It imports or requires a name computed at run time: what it loads cannot be told. */
  computed?: boolean;
  /** A `"use client"` module: it and what only it imports run in the browser. */
  client?: boolean;
  /**
   * The shell scripts the text names, by file name (`entrypoint.sh`, `*.sh` for a glob), in a file of any language:
   * a script nothing names is never run. See `shellScriptsNamed`.
   */
  scripts?: string[];
  /** Names it writes that end in a word naming an address (`submissionEndpoint`, `horizon_url`): `addressNamesIn`. */
  addressNames?: string[];
  /**
   * It calls a request function JavaScript has without an import (`fetch`, `XMLHttpRequest`, `WebSocket`), or, in
   * Python, runs a command through `os` (`os.system`, `os.popen`).
   */
  requests?: boolean;
}

/**
 * Where an import may be written: a loader keyword, or a string that starts as a relative path. Two searches with one
 * fixed start each cost less than one search that may start at any quote.
 */
const KEYWORD = /\b(?:from|import|require)\b/g;
const RELATIVE_START = /["'`]\.{1,2}\//g;
/**
 * `import … from "x"`, `export … from "x"`, `import "x"`, `import("x")`, `require("x")`, `require.resolve("x")`, and
 * require(`x`) with nothing substituted.
 */
const STATIC = /(?:from|import|require(?:\.resolve)?)\s*\(?\s*(?:(["'])([^"'\n]{1,300})\1|`([^`$\n]{1,300})`)/y;
/** Any string that is a relative path: worker scripts, bundler entries, `new URL("./x.js", import.meta.url)`. */
const RELATIVE = /(["'`])(\.\.?\/[^"'`\n$]{0,300})\1/y;
/** import(`./x/${name}`) and require(`…`): the fixed part before the first substitution. */
const TEMPLATE = /(?:import|require)\s*\(\s*`([^`$\n]{0,300})\$\{/y;
/** import(name), require(name), require(dir + name): anything but a string literal as the argument. */
const COMPUTED = /(?:import|require)\s*\(\s*(?![\s"'`)])/y;

const CODE = /\.(?:[cm]?[jt]sx?)$/i;

/**
 * What a file loads: its modules where it is JavaScript, TypeScript or Python, and in any file the shell scripts it
 * names. undefined when it loads nothing that can be told.
 */
export function importsOf(
  file: string,
  text: string,
  language: Language | undefined = languageOfText(file, text),
): FileImports | undefined {
  // Every file is searched for `.sh`; only scripts also for `.bash` and for folders whose scripts all run, which
  // are written in scripts and build files, not in code. Each further search would cost a pass over all the code.
  const scripts = shellScriptsNamed(text, language === "shell" ? "every form" : "sh only");
  const modules = moduleImportsOf(file, text, language);
  if (scripts === undefined) return modules;
  return { ...(modules ?? { file, specifiers: [] }), scripts };
}

const RUNS_A_FOLDER = /\*\.(?:sh|bash)\b|\brun-parts\b|docker-entrypoint\.d\b/;
/** A script's name is short; walking back further from `.sh` would only cost time on minified text. */
const MAX_SCRIPT_NAME = 100;

/**
 * The shell scripts a text names (`name.sh`, `name.bash`, as a path's last part), sorted, or undefined when it names
 * none. A glob (`*.sh`) or a folder whose every script runs (`run-parts`, `docker-entrypoint.d`) is `*.sh`. Each
 * `.sh` found is read backwards, so a long text costs one search. `sh only`: just `name.sh`, what code that runs a
 * script writes, for one search instead of three.
 */
export function shellScriptsNamed(text: string, forms: "every form" | "sh only" = "every form"): string[] | undefined {
  const names = new Set<string>();
  namesEndingIn(text, SH_END, names);
  if (forms === "every form") {
    namesEndingIn(text, BASH_END, names);
    if (RUNS_A_FOLDER.test(text)) names.add("*.sh");
  }
  return names.size === 0 ? undefined : [...names].sort();
}

/**
 * `.sh` and `.bash` ending a name: `setup.sh.` ends a sentence, `setup.shell` is another name. A regex skips ahead
 * faster than `indexOf` where the text is full of dots.
 */
const SH_END = /\.sh\b/g;
const BASH_END = /\.bash\b/g;

function namesEndingIn(text: string, ending: RegExp, names: Set<string>): void {
  ending.lastIndex = 0;
  for (let m = ending.exec(text); m !== null; m = ending.exec(text)) {
    const at = m.index;
    let from = at;
    while (from > 0 && at - from < MAX_SCRIPT_NAME && isNameChar(text.charCodeAt(from - 1))) from--;
    if (from < at) names.add(text.slice(from, at + m[0].length));
  }
}

/** Letters, digits, `_`, `.` and `-`: what a script's file name is made of. */
function isNameChar(c: number): boolean {
  return isAsciiWordChar(c) || c === 0x2e || c === 0x2d;
}

/** Whether `importsOf` reads the modules a file of this name and language imports: JavaScript, TypeScript, Python. */
export function readsModules(file: string, language: Language | undefined): boolean {
  return language === "python" || (language === "javascript" && (CODE.test(file) || isBinScript(file)));
}

/**
 * undefined for a file that is not JavaScript, TypeScript or Python. One search finds where imports may be; each place
 * is then read where it stands, so a file without imports costs one pass.
 */
function moduleImportsOf(file: string, text: string, language: Language | undefined): FileImports | undefined {
  if (!readsModules(file, language)) return undefined;
  if (language === "python") return pythonImportsOf(file, text);
  const specifiers = new Set<string>();
  const prefixes = new Set<string>();
  let computed = false;
  for (const m of text.matchAll(KEYWORD)) {
    const at = m.index;
    const fixed = matchAt(STATIC, text, at);
    if (fixed) {
      specifiers.add(fixed[2] ?? fixed[3]!);
      continue;
    }
    if (text[at] === "f") continue;
    const template = matchAt(TEMPLATE, text, at);
    if (template) prefixes.add(template[1]!);
    else if (!computed && matchAt(COMPUTED, text, at) && isLoaderCall(text, at)) computed = true;
  }
  for (const m of text.matchAll(RELATIVE_START)) {
    const relative = matchAt(RELATIVE, text, m.index);
    if (relative) specifiers.add(relative[2]!);
  }
  const client = isClientModule(baseName(file), text);
  const addressNames = addressNamesIn(text);
  return {
    file,
    specifiers: [...specifiers].sort(),
    ...(prefixes.size ? { prefixes: [...prefixes].sort() } : {}),
    ...(computed ? { computed: true } : {}),
    ...(client ? { client: true } : {}),
    ...(addressNames ? { addressNames } : {}),
    ...(callsGlobalRequest(text) ? { requests: true } : {}),
  };
}

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * Whether `import(` or `require(` at `at` calls the loader: not a method of that name (`x.import(`), not a
 * declaration (`function require(id)`).
 */
function isLoaderCall(text: string, at: number): boolean {
  const before = text[at - 1];
  if (before === "." || before === "$") return false;
  return !/function\s*$/.test(text.slice(Math.max(0, at - 10), at));
}

/** `import a.b as c, d` at the start of a line (`lineStartMatches` finds where that is). */
const PY_IMPORT = /[ \t]*import[ \t]+([\w. \t,]+)/y;
/**
 * `from .a import (b, c as d)`, over lines when parenthesised or continued with a backslash. The list in parentheses
 * holds no `(`: an unclosed one then ends at the next, and a file of them is read once, not once a line to its end.
 */
const PY_FROM = /[ \t]*from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^()]*\)|(?:[^\n\\]|\\\r?\n)+)/y;
/** importlib.import_module("a.b") and __import__("a"), with the name written out. */
const PY_LOADER = /\b(?:import_module|__import__)\s*\(\s*(?:(["'])([\w.]+)\1)?/g;
/** A string naming a Python script: what the file may run as a subprocess. */
const PY_SCRIPT = /["']([\w./-]+\.py)["']/g;

function pythonImportsOf(file: string, text: string): FileImports {
  const specifiers = new Set<string>();
  let computed = false;
  if (text.includes("import")) {
    for (const m of lineStartMatches(text, "import", PY_IMPORT))
      for (const part of m[1]!.split(",")) {
        const name = part.trim().split(/[ \t]+/)[0];
        if (name) specifiers.add(name);
      }
    for (const m of lineStartMatches(text, "from", PY_FROM)) {
      const base = m[1]!;
      specifiers.add(base);
      const names = m[2]!.replace(/[()\\]/g, " ").split(",");
      for (const part of names) {
        const name = part.trim().split(/\s+/)[0];
        if (!name || name === "*" || !/^\w+$/.test(name)) continue;
        specifiers.add(base.endsWith(".") ? `${base}${name}` : `${base}.${name}`);
      }
    }
    for (const m of text.matchAll(PY_LOADER)) {
      if (m[2]) specifiers.add(m[2]);
      else computed = true;
    }
  }
  if (text.includes(".py")) for (const m of text.matchAll(PY_SCRIPT)) specifiers.add(m[1]!);
  const addressNames = addressNamesIn(text);
  return {
    file,
    specifiers: [...specifiers].sort(),
    ...(computed ? { computed: true } : {}),
    ...(addressNames ? { addressNames } : {}),
    ...(runsCommand(text) ? { requests: true } : {}),
  };
}

/**
 * What `^` + `pattern` with the `gm` flags would match, for a pattern that starts with blanks and then `word`: each
 * place the word stands after only blanks on its line is tried, and none inside the previous match. A search for the
 * word costs a third of one that tries every line start.
 */
export function lineStartMatches(text: string, word: string, pattern: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let done = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    let start = at;
    while (start > 0 && isBlank(text.charCodeAt(start - 1))) start--;
    if (start < done || (start > 0 && !isLineTerminator(text.charCodeAt(start - 1)))) continue;
    pattern.lastIndex = start;
    const m = pattern.exec(text);
    if (m === null) continue;
    out.push(m);
    done = pattern.lastIndex;
  }
  return out;
}

/** What ends a line for `^` in a multi-line pattern. */
function isLineTerminator(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}
