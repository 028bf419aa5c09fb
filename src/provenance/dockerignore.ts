// .dockerignore -> exclude globs under the context. Docker matches each pattern from the context root (Go's
// filepath.Match plus `**`), and an excluded folder takes its contents with it, hence `p` and `p/**`.
import { matchesAny } from "../glob.js";
import { under } from "./paths.js";

export function dockerignoreExcludes(text: string, context: string): string[] {
  /** Per pattern: the path itself and, should it be a folder, what it holds. */
  const excludes: [string, string][] = [];
  for (const raw of text.split(/\r?\n/).slice(0, 10_000)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.length > 1_000) continue;
    const negated = line.startsWith("!");
    const pattern = clean(negated ? line.slice(1) : line);
    if (pattern === "") continue;
    if (!negated) {
      excludes.push([under(context, pattern), under(context, `${pattern}/**`)]);
      continue;
    }
    // An exclude list cannot say "except": a re-included pattern instead drops every earlier exclude that covers
    // it, so the approximation ships too much (a host reported) rather than too little (a call missed).
    const reincluded = under(context, pattern);
    for (let i = excludes.length - 1; i >= 0; i--) {
      if (matchesAny(reincluded, excludes[i]!)) excludes.splice(i, 1);
    }
  }
  return excludes.flat();
}

function clean(pattern: string): string {
  return pattern
    .replace(/\\/g, "/")
    .replace(/^(\.?\/)+/, "")
    .replace(/\/+$/, "");
}
