// The Node.js packages of a repository as far as their import graph goes: where each one is, what it is called, what
// it starts from (package.json fields and scripts, framework conventions, Dockerfile commands) and how its imports
// resolve (tsconfig/jsconfig `paths` and `baseUrl`).
import knowledge from "../knowledge/js-entry-points.json" with { type: "json" };
import { baseName, dirOf, joinRepoPath } from "./paths.js";
import { commandsOf, shellCommandLine } from "./container-commands.js";
import type { BuildFile } from "./types.js";

/** A path package.json names, the field that names it, and for a script or a `bin`, its name. */
export interface NamedPath {
  path: string;
  field: "main" | "module" | "exports" | "bin" | "script";
  /** The script's or the command's name. */
  name?: string;
  /** The field in words, for reasons: `package.json script start`. */
  says: string;
}

export interface NodePackage {
  folder: string;
  file: string;
  name?: string;
  /** Runtime and development dependencies' names. */
  dependencies: Set<string>;
  /** Optional and peer dependencies' names: installed where they can be, though nothing here may start from them. */
  optionalDependencies: Set<string>;
  /** Paths package.json names as what runs: main, module, bin, exports, and the files its scripts run. */
  named: NamedPath[];
  /** Every word of its scripts: a command that names another package's `bin` runs it. */
  scriptWords: string[];
  /** package.json `exports` as a map of subpaths (`./utils`, `./x/*`) to targets, when it is one. */
  exportsMap?: Record<string, unknown>;
  /** Module names its scripts preload (`node -r ./tracing.js`): resolved like imports. */
  preloads: string[];
}

export interface PathAliases {
  /** The folder bare names resolve against (`baseUrl`), when set. */
  baseUrl?: string;
  /** `paths` patterns: a `*` in `from` is carried into each target. Targets are repo-relative. */
  paths: { from: string; to: string[] }[];
  /** compilerOptions.outDir and rootDir, repo-relative: where compiled files are written and from what. */
  outDir?: string;
  rootDir?: string;
}

export const FRAMEWORK_ENTRIES: ReadonlyMap<string, { entries: string[]; why: string }> = new Map(
  knowledge.frameworks.map((f) => [f.package, { entries: f.entries, why: f.why }]),
);
export const LOADS_BY_CONVENTION: ReadonlyMap<string, string> = new Map(
  knowledge.loadsByConvention.map((f) => [f.package, f.why]),
);

/** Commands that run a script file named by a later word. */
const RUNNERS = new Set([
  "node",
  "nodejs",
  "nodemon",
  "ts-node",
  "ts-node-dev",
  "tsnd",
  "tsx",
  "bun",
  "babel-node",
  "node-dev",
  "esno",
  "esr",
  "vite-node",
  "pm2",
  "pm2-runtime",
  "forever",
]);
/** Words before the command: environment tools and package runners. */
const PREFIXES = new Set(["npx", "exec", "cross-env", "dotenv", "env", "--", "pnpm", "yarn", "run", "start"]);
const PRELOAD_FLAGS = new Set(["-r", "--require", "--import", "--loader", "--experimental-loader"]);
const CODE_EXTENSION = /\.(?:[cm]?[jt]sx?)$/i;

export function nodePackages(buildFiles: readonly BuildFile[]): NodePackage[] {
  const out: NodePackage[] = [];
  for (const f of buildFiles) {
    if (baseName(f.path) !== "package.json") continue;
    const pkg = parseJson(f.text);
    if (!pkg) continue;
    const folder = dirOf(f.path);
    const dependencies = new Set([...keysOf(pkg.dependencies), ...keysOf(pkg.devDependencies)]);
    const optionalDependencies = new Set([...keysOf(pkg.optionalDependencies), ...keysOf(pkg.peerDependencies)]);
    const named: NodePackage["named"] = [];
    const preloads: string[] = [];
    for (const field of ["main", "module"] as const) {
      const v = pkg[field];
      if (typeof v === "string") named.push({ path: v, field, says: `package.json ${field}` });
    }
    // A command is installed under the package's own name (`"bin": "./cli.js"`) or under each key of the map.
    const bins: [string, unknown][] =
      typeof pkg.bin === "string"
        ? [[typeof pkg.name === "string" ? pkg.name.replace(/^@[^/]+\//, "") : "", pkg.bin]]
        : Object.entries(pkg.bin && typeof pkg.bin === "object" ? pkg.bin : {});
    for (const [bin, v] of bins)
      if (typeof v === "string") named.push({ path: v, field: "bin", name: bin, says: `package.json bin ${bin}` });
    for (const v of stringsIn(pkg.exports)) named.push({ path: v, field: "exports", says: "package.json exports" });
    const scripts = pkg.scripts;
    const scriptWords: string[] = [];
    if (scripts && typeof scripts === "object") {
      for (const [name, command] of Object.entries(scripts as Record<string, unknown>)) {
        if (typeof command !== "string") continue;
        scriptWords.push(...command.split(/[\s;&|]+/).filter(Boolean));
        const run = scriptTargets(command);
        for (const p of run.paths) named.push({ path: p, field: "script", name, says: `package.json script ${name}` });
        preloads.push(...run.preloads);
      }
    }
    out.push({
      folder,
      file: f.path,
      ...(typeof pkg.name === "string" ? { name: pkg.name } : {}),
      dependencies,
      optionalDependencies,
      named,
      scriptWords,
      ...(isSubpathMap(pkg.exports) ? { exportsMap: pkg.exports } : {}),
      preloads,
    });
  }
  return out;
}

/** The script files a shell command runs with a Node.js runner, and the modules it preloads. */
export function scriptTargets(command: string): { paths: string[]; preloads: string[] } {
  const out = { paths: [] as string[], preloads: [] as string[] };
  for (const words of commandsOf(command)) runnerTargets(words, out);
  return out;
}

function runnerTargets(words: readonly string[], out: { paths: string[]; preloads: string[] }): void {
  let i = 0;
  while (i < words.length && (PREFIXES.has(words[i]!) || /^[A-Za-z_]\w*=/.test(words[i]!))) i++;
  if (!RUNNERS.has(words[i] ?? "")) return;
  const runner = words[i]!;
  i++;
  if ((runner === "pm2" || runner === "pm2-runtime" || runner === "forever") && words[i] === "start") i++;
  for (; i < words.length; i++) {
    const w = words[i]!;
    if (PRELOAD_FLAGS.has(w)) {
      if (words[i + 1]) out.preloads.push(words[++i]!);
      continue;
    }
    // `node -e "…"` runs the code it is given; nothing after it names a file.
    if (w === "-e" || w === "--eval" || w === "-p" || w === "--print") return;
    if (w.startsWith("-")) continue;
    if (CODE_EXTENSION.test(w) || w.includes("/")) out.paths.push(w);
    else if (/^[\w.-]+$/.test(w) && !/\.(?:json|ya?ml|env)$/i.test(w)) out.paths.push(w);
  }
}

/**
 * The script files a container command may run, as written: what a Node.js runner is given, and any word that names
 * a module (`CMD ["server.js"]` after `ENTRYPOINT ["node"]`). `sh -c "…"` runs the quoted command.
 */
export function commandTargets(command: string): string[] {
  const out = { paths: [] as string[], preloads: [] as string[] };
  const named: string[] = [];
  for (const words of commandsOf(command)) {
    const inner = shellCommandLine(words);
    if (inner) {
      named.push(...commandTargets(inner));
      continue;
    }
    runnerTargets(words, out);
    named.push(...words.filter((w) => CODE_EXTENSION.test(w) && !w.startsWith("-")));
  }
  return [...new Set([...out.paths, ...out.preloads, ...named])];
}

/** The aliases of a tsconfig.json or jsconfig.json, following `extends` to files the repository holds. */
export function pathAliases(file: string, texts: ReadonlyMap<string, string>, depth = 0): PathAliases | undefined {
  const text = texts.get(file);
  if (text === undefined || depth > 5) return undefined;
  const config = parseJson(stripJsonComments(text));
  if (!config) return undefined;
  const dir = dirOf(file);
  let out: PathAliases = { paths: [] };
  const parent = typeof config.extends === "string" ? config.extends : undefined;
  if (parent?.startsWith(".")) {
    const at = joinRepoPath(dir, parent.endsWith(".json") ? parent : `${parent}.json`);
    const inherited = at === undefined ? undefined : pathAliases(at, texts, depth + 1);
    if (inherited) out = { ...inherited, paths: [...inherited.paths] };
  }
  const options = config.compilerOptions;
  if (!options || typeof options !== "object") return out;
  const o = options as Record<string, unknown>;
  const at = (p: unknown) => (typeof p === "string" ? joinRepoPath(dir, p) : undefined);
  const baseUrl = at(o.baseUrl);
  if (baseUrl !== undefined) out.baseUrl = baseUrl;
  const outDir = at(o.outDir);
  if (outDir !== undefined) out.outDir = outDir;
  const rootDir = at(o.rootDir);
  if (rootDir !== undefined) out.rootDir = rootDir;
  if (o.paths && typeof o.paths === "object") {
    // `paths` resolve against baseUrl when it is set, else against the config's own folder.
    const base = baseUrl ?? dir;
    out.paths = Object.entries(o.paths as Record<string, unknown>).map(([from, to]) => ({
      from,
      to: (Array.isArray(to) ? to : [])
        .filter((t): t is string => typeof t === "string")
        .flatMap((t) => joinRepoPath(base, t) ?? []),
    }));
  }
  return out;
}

function isSubpathMap(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).some((k) => k.startsWith("."));
}

export function stringsIn(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap(stringsIn);
  if (v && typeof v === "object") return Object.values(v).flatMap(stringsIn);
  return [];
}

function keysOf(v: unknown): string[] {
  return v && typeof v === "object" && !Array.isArray(v) ? Object.keys(v) : [];
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** JSON with comments and trailing commas, as tsconfig files are written, made plain. */
function stripJsonComments(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      out += text.slice(start, i + 1);
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? text.length : end + 1;
    } else out += c;
  }
  return out.replace(/,(\s*[}\]])/g, "$1");
}
