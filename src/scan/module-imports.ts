// What a JavaScript or TypeScript file loads: the module names and relative paths it writes, read from its text alone.
// The graph of these decides which shipped modules anything the workload starts from ever loads
// (src/provenance/unimported-modules.ts). It errs toward more edges: a path in a comment or in any string counts.
import { isClientModule } from "./file-kind.js";
import { baseName, languageOf } from "./language.js";

export interface FileImports {
  file: string;
  /** Module names (`@/lib/x`, `express`) and relative paths (`./routes`) the file writes, sorted, deduplicated. */
  specifiers: string[];
  /** The fixed start of an import whose name is built (`./locales/` of import(`./locales/${lang}.json`)). */
  prefixes?: string[];
  /** It imports or requires a name computed at run time: what it loads cannot be told. */
  computed?: boolean;
  /** A `"use client"` module: it and what only it imports run in the browser. */
  client?: boolean;
}

/** `import … from "x"`, `export … from "x"`, `import "x"`, `import("x")`, `require("x")`, `require.resolve("x")`. */
const STATIC = /\b(?:from|import|require(?:\.resolve)?)\s*\(?\s*(["'])([^"'\n]{1,300})\1/g;
/** Any string that is a relative path: worker scripts, bundler entries, `new URL("./x.js", import.meta.url)`. */
const RELATIVE = /(["'`])(\.\.?\/[^"'`\n$]{0,300})\1/g;
/** import(`./x/${name}`) and require(`…`): the fixed part before the first substitution. */
const TEMPLATE = /\b(?:import|require)\s*\(\s*`([^`$\n]{0,300})\$\{/g;
/** import(name), require(name), require(dir + name): anything but a string literal as the argument. */
const COMPUTED = /(?:^|[^.\w$])(?:import|require)\s*\(\s*(?![\s"'`)])/gm;

const CODE = /\.(?:[cm]?[jt]sx?)$/i;

/** undefined for a file that is not JavaScript or TypeScript. */
export function importsOf(file: string, text: string): FileImports | undefined {
  if (languageOf(file) !== "javascript" || !CODE.test(file)) return undefined;
  const specifiers = new Set<string>();
  const prefixes = new Set<string>();
  let computed = false;
  if (text.includes("import") || text.includes("require") || text.includes("from")) {
    for (const m of text.matchAll(STATIC)) specifiers.add(m[2]!);
    for (const m of text.matchAll(TEMPLATE)) prefixes.add(m[1]!);
    computed = computedImport(text);
  }
  if (text.includes("./")) for (const m of text.matchAll(RELATIVE)) specifiers.add(m[2]!);
  const client = isClientModule(baseName(file), text);
  return {
    file,
    specifiers: [...specifiers].sort(),
    ...(prefixes.size ? { prefixes: [...prefixes].sort() } : {}),
    ...(computed ? { computed: true } : {}),
    ...(client ? { client: true } : {}),
  };
}

/**
 * A call of `import(` or `require(` whose argument is not a literal. A template literal with a fixed start is read as a
 * prefix instead; TypeScript's `import("x").Type` and a method named `import` are not calls of the loader.
 */
function computedImport(text: string): boolean {
  for (const m of text.matchAll(COMPUTED)) {
    const at = m.index + m[0].length;
    const next = text[at];
    if (next === "`") continue;
    // A declaration `function require(id)` or a parameter list is no call.
    const before = text.slice(Math.max(0, m.index - 10), m.index + 1);
    if (/function\s*$|\bdef\s*$/.test(before)) continue;
    return true;
  }
  return false;
}
