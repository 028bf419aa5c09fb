// Which JavaScript and TypeScript modules nothing a Node.js package starts from ever loads. An image ships its whole
// source folder, but a module no entry point imports (a client written and never wired in, one only a test imports)
// never runs, so a host in it is nobody's egress. Where the graph cannot be told (a framework that loads files by
// convention, an import of a computed name, an entry that cannot be found), every module of the package counts as run.
import { cmp } from "../findings.js";
import { globMatcher } from "../glob.js";
import type { FileImports } from "../scan/module-imports.js";
import { isScannableSource } from "../scan/scannable.js";
import { EGRESS_CLASSES, type HostReference } from "../scan/types.js";
import {
  commandTargets,
  stringsIn,
  FRAMEWORK_ENTRIES,
  LOADS_BY_CONVENTION,
  type NamedPath,
  type NodePackage,
  nodePackages,
  type PathAliases,
  pathAliases,
} from "./node-packages.js";
import { buildFileKind } from "./build-file-kind.js";
import { dockerfileCommands } from "./container-commands.js";
import { dirOf, joinRepoPath } from "./paths.js";
import type { BuildFile } from "./types.js";

export interface ModuleGraphInput {
  /** What each module read imports: a module not read may import anything. */
  imports: readonly FileImports[];
  files: readonly string[];
  buildFiles: readonly BuildFile[];
  /** The command lines the workloads' containers are given (`command` and `args`), as written. */
  commands: readonly string[];
}

export interface NotRun {
  /** The module runs only in browsers: only `"use client"` modules import it. */
  browser: boolean;
  why: string;
}

const MODULE = /\.(?:[cm]?[jt]sx?)$/i;
const EXTENSIONS = [".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts"];
/** Compiled output folders a script runs from when tsconfig names none. */
const OUT_DIRS = ["dist", "build", "out", "lib", ".next"];

export interface ModuleGraph {
  /** The modules of packages whose graph is known that nothing they start from loads, with why; sorted. */
  notRun: Map<string, NotRun>;
  /** Package folders whose graph cannot be told, with why: every module of theirs counts as run. */
  unknown: Map<string, string>;
}

export function modulesNotRun(input: ModuleGraphInput): ModuleGraph {
  const packages = nodePackages(input.buildFiles);
  const out = new Map<string, NotRun>();
  if (packages.length === 0) return { notRun: out, unknown: new Map() };
  const files = new Set(input.files);
  const importsOf = new Map(input.imports.map((i) => [i.file, i]));
  const texts = new Map(input.buildFiles.map((f) => [f.path, f.text]));
  const folders = packages.map((p) => p.folder).sort((a, b) => b.length - a.length);
  const ownerOf = (file: string) => folders.find((f) => f === "" || file.startsWith(`${f}/`));
  const byFolder = new Map(packages.map((p) => [p.folder, p]));
  const byName = new Map(packages.flatMap((p) => (p.name ? [[p.name, p] as const] : [])));
  const modulesOf = new Map<string, string[]>();
  for (const f of input.files) {
    if (!MODULE.test(f) || f.endsWith(".d.ts") || f.includes("node_modules/")) continue;
    const owner = ownerOf(f);
    if (owner === undefined) continue;
    const list = modulesOf.get(owner);
    if (list) list.push(f);
    else modulesOf.set(owner, [f]);
  }
  const aliases = new Map<string, PathAliases | undefined>();
  const aliasesFor = (folder: string) => {
    if (!aliases.has(folder)) aliases.set(folder, configAliases(folder, texts));
    return aliases.get(folder);
  };
  const resolver: Resolver = { files, aliasesFor, ownerOf, byName };

  // Entries of each package, or why its graph cannot be told.
  const unknown = new Map<string, string>();
  const entries = new Map<string, Set<string>>();
  // Container paths: which package a command runs in cannot be told, so each package tries them all.
  const commands = [
    ...input.buildFiles
      .filter((f) => buildFileKind(f.path) === "dockerfile")
      .flatMap((f) => dockerfileCommands(f.text)),
    ...input.commands,
  ];
  // A package's command (`bin`) runs only where a script or a container command calls it by name.
  const words = new Set(
    [...commands.flatMap((c) => c.split(/\s+/)), ...packages.flatMap((p) => p.scriptWords)].flatMap((w) => [
      w,
      w.slice(w.lastIndexOf("/") + 1),
    ]),
  );
  const targets = [...new Set(commands.flatMap(commandTargets))];
  for (const p of packages) {
    const start = entriesOf(p, modulesOf.get(p.folder) ?? [], targets, words, resolver);
    if ("unknown" in start) unknown.set(p.folder, start.unknown);
    else entries.set(p.folder, start.entries);
  }

  // Two walks: from the entries without going through client modules (what runs on the server), then through them.
  const server = walk(
    [...entries.values()].flatMap((e) => [...e]),
    false,
  );
  const all = walk([...server.reached], true);
  function walk(starts: string[], throughClient: boolean): { reached: Set<string> } {
    const reached = new Set<string>();
    const queue: string[] = [];
    const visit = (f: string) => {
      if (reached.has(f)) return;
      reached.add(f);
      queue.push(f);
    };
    for (const s of starts) visit(s);
    while (queue.length) {
      const f = queue.pop()!;
      const owner = ownerOf(f);
      const imp = importsOf.get(f);
      if (!imp) {
        // Tests and their runners' configs run in CI, not in the pod: what they import does not run there.
        if (isTestFile(f)) continue;
        if (owner !== undefined && !unknown.has(owner))
          unknown.set(owner, `${f} was not read, so what it imports is not known`);
        continue;
      }
      if (imp.client && !throughClient) continue;
      if (imp.computed && owner !== undefined && !unknown.has(owner))
        unknown.set(owner, `${f} imports a module whose name is computed`);
      for (const s of imp.specifiers) {
        const target = resolve(f, s, resolver);
        if (target === undefined) continue;
        if ("package" in target) {
          for (const m of modulesOf.get(target.package) ?? []) visit(m);
        } else if ("files" in target) {
          for (const m of target.files) visit(m);
        } else if (MODULE.test(target.file)) visit(target.file);
      }
      for (const prefix of imp.prefixes ?? []) {
        const dir = prefixFolder(f, prefix, resolver);
        if (dir === undefined) {
          if (owner !== undefined && !unknown.has(owner))
            unknown.set(owner, `${f} imports a module whose name is computed`);
          continue;
        }
        for (const m of modulesOf.get(ownerOf(`${dir}/x`) ?? "") ?? [])
          if (dir === "" || m.startsWith(`${dir}/`)) visit(m);
      }
    }
    return { reached };
  }

  for (const [folder, modules] of modulesOf) {
    if (unknown.has(folder) || !entries.has(folder)) continue;
    const p = byFolder.get(folder)!;
    for (const m of modules) {
      if (server.reached.has(m)) continue;
      const label = p.name ?? (folder || "the repository's");
      out.set(
        m,
        all.reached.has(m)
          ? {
              browser: true,
              why: `only "use client" modules of package ${label} import it: it runs in the browser`,
            }
          : { browser: false, why: `nothing package ${label} starts from imports this module (${p.file})` },
      );
    }
  }
  return { notRun: new Map([...out].sort(([a], [b]) => cmp(a, b))), unknown };
}

interface Resolver {
  files: ReadonlySet<string>;
  aliasesFor: (folder: string) => PathAliases | undefined;
  ownerOf: (file: string) => string | undefined;
  byName: ReadonlyMap<string, NodePackage>;
}

/** What a package starts from: its root folder's modules, what package.json and container commands name, conventions. */
function entriesOf(
  p: NodePackage,
  modules: readonly string[],
  commands: readonly string[],
  words: ReadonlySet<string>,
  r: Resolver,
): { entries: Set<string> } | { unknown: string } {
  for (const dep of p.dependencies) {
    const why = LOADS_BY_CONVENTION.get(dep);
    if (why) return { unknown: `it depends on ${dep}: ${why}` };
  }
  const entries = new Set<string>();
  // Tools and servers start from files at the package's top: next.config, server.js, middleware.ts.
  for (const m of modules) if (dirOf(m) === p.folder) entries.add(m);
  const conventions = [...p.dependencies].flatMap((d) => FRAMEWORK_ENTRIES.get(d)?.entries ?? []);
  if (conventions.length) {
    const matches = globMatcher(conventions.map((g) => (p.folder ? `${p.folder}/${g}` : g)));
    for (const m of modules) if (matches(m)) entries.add(m);
  }
  const from = `${p.folder ? `${p.folder}/` : ""}package.json`;
  for (const n of p.named) {
    if (n.field === "bin" && !words.has(n.name ?? "")) continue;
    if (/\.d\.[cm]?ts$/.test(n.path) || /\.(?!(?:[cm]?[jt]sx?)$)\w+$/.test(n.path)) continue;
    if (n.path.includes("*")) {
      const matches = globMatcher([joinRepoPath(p.folder, n.path.replace(/\.[cm]?js$/, ".*")) ?? "-"]);
      for (const m of modules) if (matches(m)) entries.add(m);
      continue;
    }
    const at = resolvePath(p.folder, n.path, r);
    if (at) entries.add(at);
    else if ((MODULE.test(n.path) || n.path.includes("/")) && startsTheService(n))
      return { unknown: `${n.says} runs ${n.path}, which the repository does not hold (${from})` };
  }
  for (const s of p.preloads) {
    const target = resolve(from, s, r);
    if (target && "file" in target) entries.add(target.file);
  }
  // Container paths (`/app/dist/server.js`): the leading folders are taken off one by one.
  for (const t of commands) {
    const parts = t.replace(/^\/+/, "").split("/");
    for (let i = 0; i < parts.length; i++) {
      const at = resolvePath(p.folder, parts.slice(i).join("/"), r);
      if (at && r.ownerOf(at) === p.folder) {
        entries.add(at);
        break;
      }
    }
  }
  return { entries };
}

/** A path a script or package.json names, relative to the package: the file, or the source compiled into it. */
function resolvePath(folder: string, path: string, r: Resolver): string | undefined {
  const at = joinRepoPath(folder, path);
  if (at === undefined) return undefined;
  return asModule(at, r.files) ?? fromCompiled(at, r);
}

type Target = { file: string } | { files: string[] } | { package: string };

/** The module a specifier written in `from` loads, a workspace package loaded by name, or undefined (a library). */
function resolve(from: string, specifier: string, r: Resolver): Target | undefined {
  if (specifier.startsWith("./") || specifier.startsWith("../") || specifier === "." || specifier === "..") {
    const at = joinRepoPath(dirOf(from), specifier);
    if (at === undefined) return undefined;
    const file = asModule(at, r.files) ?? fromCompiled(at, r);
    return file === undefined ? undefined : { file };
  }
  if (specifier.startsWith("/") || /^[a-z][\w+.-]*:/i.test(specifier)) return undefined;
  for (const at of aliasPaths(from, specifier, r)) {
    const file = asModule(at, r.files);
    if (file) return { file };
  }
  // A workspace package by its name loads what its package.json names (main, module, exports); a path inside it
  // (`@acme/lib/src/x`) that module. Where neither can be found, all of it counts as loaded.
  const name = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!;
  const pkg = r.byName.get(name);
  if (!pkg) return undefined;
  const sub = specifier.slice(name.length + 1);
  if (sub) {
    // As written, under the package's sources (what tsconfig `paths` or an exports map point at), or compiled.
    for (const path of [sub, `src/${sub}`, ...exportTargets(pkg, `./${sub}`)]) {
      const at = joinRepoPath(pkg.folder, path);
      const file = at === undefined ? undefined : (asModule(at, r.files) ?? fromCompiled(at, r));
      if (file) return { file };
    }
    // A module the repository does not hold (generated, or never written): nothing here runs through it.
    return { files: [] };
  }
  const files = pkg.named
    .filter((n) => n.field === "main" || n.field === "module" || n.field === "exports")
    .flatMap((n) => resolvePath(pkg.folder, n.path, r) ?? []);
  return files.length ? { files } : { package: pkg.folder };
}

/** The paths a non-relative specifier names through the tsconfig `paths` and `baseUrl` of the importer's package. */
function aliasPaths(from: string, specifier: string, r: Resolver): string[] {
  const owner = r.ownerOf(from);
  const aliases = owner === undefined ? undefined : r.aliasesFor(owner);
  if (!aliases) return [];
  const out: string[] = [];
  for (const a of aliases.paths) {
    const star = a.from.indexOf("*");
    const head = star === -1 ? a.from : a.from.slice(0, star);
    const tail = star === -1 ? "" : a.from.slice(star + 1);
    const hit = star === -1 ? specifier === a.from : specifier.startsWith(head) && specifier.endsWith(tail);
    if (!hit) continue;
    const middle = star === -1 ? "" : specifier.slice(head.length, specifier.length - tail.length);
    for (const to of a.to) {
      const at = joinRepoPath("", to.replace("*", middle));
      if (at !== undefined) out.push(at);
    }
  }
  if (aliases.baseUrl !== undefined) {
    const at = joinRepoPath(aliases.baseUrl, specifier);
    if (at !== undefined) out.push(at);
  }
  return out;
}

/** The file a path names as Node.js, TypeScript and bundlers look it up: as is, with an extension, as a folder. */
export function asModule(path: string, files: ReadonlySet<string>): string | undefined {
  if (files.has(path)) return path;
  // TypeScript's ESM style imports `./x.js` for `./x.ts`.
  const js = /\.([cm]?)jsx?$/.exec(path);
  if (js) {
    const stem = path.slice(0, -js[0].length);
    for (const ext of [`.${js[1]}ts`, `.${js[1]}tsx`, ".ts", ".tsx"]) if (files.has(stem + ext)) return stem + ext;
  }
  for (const ext of EXTENSIONS) if (files.has(path + ext)) return path + ext;
  for (const ext of EXTENSIONS) if (files.has(`${path}/index${ext}`)) return `${path}/index${ext}`;
  return undefined;
}

/** `dist/server.js` written by tsc or a bundler from `src/server.ts`: the source, when the repository holds it. */
function fromCompiled(path: string, r: Resolver): string | undefined {
  const owner = r.ownerOf(path) ?? "";
  const aliases = r.aliasesFor(owner);
  const outs = aliases?.outDir ? [aliases.outDir] : OUT_DIRS.map((d) => (owner ? `${owner}/${d}` : d));
  for (const out of outs) {
    if (!path.startsWith(`${out}/`)) continue;
    const rest = path.slice(out.length + 1).replace(/\.[cm]?js$/, "");
    const roots = aliases?.rootDir !== undefined ? [aliases.rootDir] : [owner ? `${owner}/src` : "src", owner];
    for (const root of roots) {
      const file = asModule(root ? `${root}/${rest}` : rest, r.files);
      if (file) return file;
    }
  }
  return undefined;
}

/** The folder every module a template import may load lies in; undefined when it cannot be told. */
function prefixFolder(from: string, prefix: string, r: Resolver): string | undefined {
  const cut = prefix.lastIndexOf("/");
  if (cut === -1) return undefined;
  const dir = prefix.slice(0, cut);
  if (prefix.startsWith(".")) return joinRepoPath(dirOf(from), dir);
  return aliasPaths(from, dir, r)[0];
}

/** The tsconfig.json or jsconfig.json at a package's top, read with what it extends. */
function configAliases(folder: string, texts: ReadonlyMap<string, string>): PathAliases | undefined {
  for (const name of ["tsconfig.json", "jsconfig.json"]) {
    const file = folder ? `${folder}/${name}` : name;
    if (texts.has(file)) return pathAliases(file, texts);
  }
  return undefined;
}

/**
 * The references with what `modulesNotRun` says of their files: egress in a module only client modules import is the
 * browser's; in a module nothing imports it is nobody's (unread, so listed as unplaced).
 */
export function withModulesNotRun(
  refs: readonly HostReference[],
  notRun: ReadonlyMap<string, NotRun>,
): HostReference[] {
  if (notRun.size === 0) return refs as HostReference[];
  return refs.map((r) => {
    const n = r.namespace === undefined ? notRun.get(r.file) : undefined;
    if (!n || !EGRESS_CLASSES.has(r.class) || r.unread) return r;
    return n.browser
      ? { ...r, class: "browser", reason: n.why }
      : { ...r, unread: true, reason: `${r.reason}; ${n.why}` };
  });
}

function isTestFile(path: string): boolean {
  return !isScannableSource(path) && isScannableSource(path, { includeTests: true });
}

/**
 * Whether what package.json names is how the service starts (main, module, a `start` or `serve` script), so that not
 * finding it leaves the graph unknown. A developer script (`db:seed`, `docs:generate`) that names a missing file runs
 * on a laptop or in CI, never in the pod.
 */
function startsTheService(n: NamedPath): boolean {
  return n.field !== "script" || /^(?:start|serve|server|prod|production)(?::|$)/.test(n.name ?? "");
}

/** What a package's exports map sends a subpath to: its exact key, or a `*` pattern with the match carried over. */
function exportTargets(pkg: NodePackage, subpath: string): string[] {
  const map = pkg.exportsMap;
  if (!map) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(map)) {
    const star = key.indexOf("*");
    if (star === -1) {
      if (key === subpath) out.push(...stringsIn(value));
      continue;
    }
    const head = key.slice(0, star);
    const tail = key.slice(star + 1);
    if (!subpath.startsWith(head) || !subpath.endsWith(tail)) continue;
    const middle = subpath.slice(head.length, subpath.length - tail.length);
    out.push(...stringsIn(value).map((t) => t.replace("*", middle)));
  }
  return out.filter((t) => !/\.d\.[cm]?ts$/.test(t));
}
