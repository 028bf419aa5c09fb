// A module's artifact carries the in-repository modules it depends on: a Maven `<dependency>` on a sibling module's
// artifactId, a Gradle `project(':name')`, an npm dependency on a workspace package's name. An image that ships a
// module ships their code too, even when the Dockerfile copies only the module (the build then takes the sibling
// from a registry, or from the workspace through node_modules).
import { dirOf } from "./paths.js";
import { testExcludes } from "./test-files.js";
import type { BuildFile, CodePlacement, Evidence } from "./types.js";
import { globMatcher } from "../glob.js";

interface Module {
  folder: string;
  file: string;
  /** In-repository module folders it depends on, with the line that says so. */
  deps: { name: string; line: number }[];
}

/** Each placement, with the in-repository modules its shipped modules depend on (tests excluded) added. */
export function withModuleDependencies(placements: CodePlacement[], files: readonly BuildFile[]): CodePlacement[] {
  const modules = repositoryModules(files);
  if (modules.size === 0) return placements;
  return placements.map((p) => {
    const ships = globMatcher(p.ships);
    const shipped = [...modules.values()].filter((m) => ships(m.file));
    const added = new Map<string, Evidence>();
    const queue = [...shipped];
    const seen = new Set(shipped.map((m) => m.folder));
    while (queue.length) {
      const m = queue.shift()!;
      for (const dep of m.deps) {
        const target = modules.get(dep.name);
        if (!target || seen.has(target.folder)) continue;
        seen.add(target.folder);
        queue.push(target);
        added.set(target.folder, { file: m.file, line: dep.line, says: `depends on module ${target.folder || "."}` });
      }
    }
    if (added.size === 0) return p;
    const folders = [...added.keys()].sort();
    return {
      ...p,
      ships: [...p.ships, ...folders.map((f) => (f ? `${f}/**` : "**"))],
      excludes: [...p.excludes, ...folders.flatMap((f) => [...testExcludes(f), ...notImported(f)])],
      evidence: [...p.evidence, ...[...added.values()]].sort((a, b) =>
        a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line,
      ),
    };
  });
}

/**
 * What a library's own folders hold that an importer never runs: its command-line tools, scripts, examples and docs.
 * The module the image is built from keeps them (its entry point may be a tool); a dependency does not.
 */
function notImported(folder: string): string[] {
  return ["tools", "scripts", "bin", "cli", "examples", "samples", "docs"].map((d) =>
    folder ? `${folder}/**/${d}/**` : `**/${d}/**`,
  );
}

/** Modules by the name others depend on them by: a Maven artifactId, a Gradle project path (`:a:b`), a package name. */
function repositoryModules(files: readonly BuildFile[]): Map<string, Module> {
  const byName = new Map<string, Module>();
  for (const f of files.filter((g) => /(?:^|\/)package\.json$/.test(g.path))) {
    const pkg = npmPackage(f.text);
    if (pkg && !byName.has(`npm:${pkg.name}`))
      byName.set(`npm:${pkg.name}`, { folder: dirOf(f.path), file: f.path, deps: pkg.deps });
  }
  const poms = files.filter((f) => /(?:^|\/)pom\.xml$/.test(f.path));
  for (const f of poms) {
    const id = ownArtifactId(f.text);
    if (id && !byName.has(id)) byName.set(id, { folder: dirOf(f.path), file: f.path, deps: mavenDeps(f.text) });
  }
  for (const f of files.filter((g) => /(?:^|\/)build\.gradle(?:\.kts)?$/.test(g.path))) {
    const folder = dirOf(f.path);
    const name = `:${folder.replace(/\//g, ":")}`;
    if (!byName.has(name)) byName.set(name, { folder, file: f.path, deps: gradleDeps(f.text) });
    // `project(':lib')` names a module by its folder under the root; one in a subfolder is still found by path.
    const short = `:${folder.split("/").pop() ?? ""}`;
    if (folder && !byName.has(short)) byName.set(short, byName.get(name)!);
  }
  // A dependency names a module only when that module is in the repository; keep only those.
  for (const m of byName.values()) m.deps = m.deps.filter((d) => byName.has(d.name));
  return byName;
}

/** The project's own artifactId: the first one outside `<parent>`, `<dependencies>` and `<build>`. */
function ownArtifactId(pom: string): string | undefined {
  const stripped = pom.replace(
    /<(parent|dependencies|dependencyManagement|build|profiles|plugins|reporting)\b[\s\S]*?<\/\1>/g,
    (m) => m.replace(/[^\n]/g, " "),
  );
  return /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(stripped)?.[1];
}

function mavenDeps(pom: string): { name: string; line: number }[] {
  const out: { name: string; line: number }[] = [];
  const deps = /<dependency>([\s\S]*?)<\/dependency>/g;
  for (let m = deps.exec(pom); m !== null; m = deps.exec(pom)) {
    const body = m[1] ?? "";
    if (/<scope>\s*test\s*<\/scope>/.test(body)) continue;
    const id = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(body)?.[1];
    if (id) out.push({ name: id, line: lineAt(pom, m.index) });
  }
  return out;
}

function gradleDeps(text: string): { name: string; line: number }[] {
  const out: { name: string; line: number }[] = [];
  const re = /^\s*(?!test)\w+\s*\(?\s*project\s*\(\s*(?:path\s*[:=]\s*)?["'](:[\w:.-]+)["']/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ name: m[1]!, line: lineAt(text, m.index) });
  return out;
}

/** The package's name and what it depends on at run time (not devDependencies); undefined for invalid JSON. */
function npmPackage(text: string): { name: string; deps: { name: string; line: number }[] } | undefined {
  let pkg: unknown;
  try {
    pkg = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof pkg !== "object" || pkg === null) return undefined;
  const { name, dependencies } = pkg as { name?: unknown; dependencies?: unknown };
  if (typeof name !== "string") return undefined;
  const deps = Object.keys(typeof dependencies === "object" && dependencies !== null ? dependencies : {}).map((d) => ({
    name: `npm:${d}`,
    line: lineAt(text, Math.max(0, text.indexOf(JSON.stringify(d)))),
  }));
  return { name, deps };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
