// Makefiles: recipes are shell once Make has expanded its variables. `IMG ?= ghcr.io/acme/x` defined in the same
// Makefile is substituted, so `docker build -t $(IMG) .` names the image; what stays unresolved becomes a `${NAME}`
// placeholder, which image matching reads as unknown.
import { dirOf } from "./paths.js";
import { shellTextBuilds } from "./script-builds.js";
import type { ImageBuild } from "./types.js";

const DEFINITION = /^\s*(?:export\s+|override\s+)*([A-Za-z_][\w.-]*)\s*(\?=|:=|::=|:::=|=)\s*(.*?)\s*$/;
const REFERENCE = /\$[({]([A-Za-z_][\w.-]*)[)}]/g;
const MAX_DEPTH = 8;

export function makefileBuilds(file: string, text: string): ImageBuild[] {
  return shellTextBuilds({ file, text: expandMakeVariables(text), firstLine: 1, cwd: dirOf(file) });
}

/** Line for line (no line is added or removed), so positions still point into the Makefile. */
export function expandMakeVariables(text: string): string {
  const vars = new Map<string, string>();
  const lines = text.split("\n");
  for (const line of lines) {
    if (line.startsWith("\t")) continue;
    const m = DEFINITION.exec(line);
    // The first `?=` wins over later ones only when nothing set it; any other form overrides.
    if (m && !(m[2] === "?=" && vars.has(m[1]!))) vars.set(m[1]!, m[3]!.replace(/\s+#.*$/, ""));
  }
  const expand = (s: string, depth: number): string =>
    s
      .replace(/\$\$/g, "\u0001")
      .replace(REFERENCE, (_all, name: string) => {
        const value = vars.get(name);
        return value === undefined || depth >= MAX_DEPTH ? `\${${name}}` : expand(value, depth + 1);
      })
      .replace(/\$\((?:[^()\n]|\([^()\n]*\))*\)/g, "${_}");
  return lines.map((l) => expand(l, 0).replace(/\u0001/g, "$")).join("\n");
}
