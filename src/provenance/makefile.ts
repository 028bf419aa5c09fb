// Makefiles: recipes are shell once Make has expanded its variables. `IMG ?= ghcr.io/acme/x` defined in the same
// Makefile is substituted, so `docker build -t $(IMG) .` names the image; what stays unresolved becomes a `${NAME}`
// placeholder, which image matching reads as unknown.
import { dirOf } from "./paths.js";
import { shellTextBuilds } from "./script-builds.js";
import type { ImageBuild } from "./types.js";

const DEFINITION = /^\s*(?:export\s+|override\s+)*([A-Za-z_][\w.-]*)\s*(\?=|:=|::=|:::=|=)\s*(.*?)\s*$/;
const REFERENCE = /\$[({]([A-Za-z_][\w.-]*)[)}]/g;
/** A value past this is generated or a bomb (`X = $(X)$(X)` doubles per level): it stays a placeholder. */
const MAX_VALUE = 1_000;

export function makefileBuilds(file: string, text: string): ImageBuild[] {
  return shellTextBuilds({ file, text: expandMakeVariables(text), firstLine: 1, cwd: dirOf(file) });
}

/** Line for line (no line is added or removed), so positions still point into the Makefile. */
export function expandMakeVariables(text: string): string {
  const definitions = new Map<string, string>();
  const lines = text.split("\n");
  for (const line of lines) {
    if (line.startsWith("\t")) continue;
    const m = DEFINITION.exec(line);
    // The first `?=` wins over later ones only when nothing set it; any other form overrides.
    if (m && !(m[2] === "?=" && definitions.has(m[1]!))) definitions.set(m[1]!, m[3]!.replace(/\s+#.*$/, ""));
  }
  const resolved = new Map<string, string | undefined>();
  const variableValue = (name: string): string | undefined => {
    if (resolved.has(name)) return resolved.get(name);
    resolved.set(name, undefined); // a variable that refers to itself stays a placeholder
    const definition = definitions.get(name);
    const value = definition === undefined ? undefined : expand(definition);
    resolved.set(name, value !== undefined && value.length <= MAX_VALUE ? value : undefined);
    return resolved.get(name);
  };
  const expand = (s: string): string =>
    s
      .replace(/\$\$/g, "\u0001")
      .replace(REFERENCE, (_all, name: string) => variableValue(name) ?? `\${${name}}`)
      .replace(/\$\((?:[^()\n]|\([^()\n]*\))*\)/g, "${_}");
  return lines.map((l) => expand(l).replace(/\u0001/g, "$")).join("\n");
}
