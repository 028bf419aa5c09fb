// Which Python modules a container that starts Python never loads. An image often ships a whole package of which its
// program imports a part (a shared library beside several services), and ships code it never runs at all (another
// language's sources). Where the container's command names a Python program the repository holds, the modules its
// imports reach are what runs; the image's other Python files, and the sources of compiled languages it ships, are
// not this workload's egress. Where the command, a script it runs, or an import cannot be read, or a framework loads
// modules by name (Django, Celery…), every shipped file counts as run.
import knowledge from "../knowledge/python-entry-points.json" with { type: "json" };
import { languageOf } from "../scan/language.js";
import type { FileImports } from "../scan/module-imports.js";
import type { HostReference } from "../scan/types.js";
import { commandsOf, dockerfileCommands, shellCommandLine } from "./container-commands.js";
import { containerKey, withNotRun } from "./not-run.js";
import { dirOf, joinRepoPath } from "./paths.js";
import { placementsCarrying, placementsShipping } from "./shipping-index.js";
import type { BuildFile, CodePlacement, Provenance } from "./types.js";

export interface PythonRunsInput {
  provenance: Provenance;
  files: readonly string[];
  imports: readonly FileImports[];
  buildFiles: readonly BuildFile[];
  /** The manifest's `command` and `args` of each container, by `namespace/workload/container`. */
  commands: ReadonlyMap<string, { command: string[]; args: string[] }>;
}

export interface PythonRun {
  /** The repository files the container's command starts, sorted. */
  entries: string[];
  /** Files the image ships that nothing the command starts loads: Python modules and compiled languages' sources. */
  notRun: ReadonlySet<string>;
}

/** Sources that run only once compiled: a Python program never runs them as they are. */
const COMPILED_SOURCE = /\.(?:go|java|kt|scala|cs|rs)$/;
const LOADS_BY_CONVENTION: ReadonlyMap<string, string> = new Map(
  knowledge.loadsByConvention.map((f) => [f.package, f.why]),
);
/** Commands that run the rest of the line: process managers, tracers, environment tools. */
const WRAPPERS = new Set([
  "tini",
  "dumb-init",
  "gosu",
  "su-exec",
  "exec",
  "env",
  "--",
  "opentelemetry-instrument",
  "ddtrace-run",
  "uv",
  "poetry",
  "pipenv",
  "pdm",
  "hatch",
  "rye",
  "run",
]);
/** Servers that import the application module an argument names (`main:app`). */
const APP_SERVERS = new Set(["uvicorn", "gunicorn", "hypercorn", "daphne", "granian"]);
/** Every program this file reads the command line of: a script's other lines (migrations, chown) are not its entry. */
const PYTHON_PROGRAM = new RegExp(
  `\\b(?:python[\\d.]*|${[...APP_SERVERS, "fastapi", "streamlit", "taskiq", "dramatiq", "celery"].join("|")})\\b`,
);
/** Options of those servers and of Python that take a value, which is then no module name. */
const VALUED_OPTIONS = new Set([
  "--host",
  "--port",
  "-b",
  "--bind",
  "-w",
  "--workers",
  "-k",
  "--worker-class",
  "--log-level",
  "--timeout",
  "-t",
  "--app-dir",
  "--root-path",
  "--forwarded-allow-ips",
  "--proxy-headers",
  "--threads",
  "--access-logfile",
  "--error-logfile",
  "-W",
  "-X",
]);

/** What each container that starts a Python program the repository holds runs, by `namespace/workload/container`. */
export function pythonRuns(input: PythonRunsInput): Map<string, PythonRun> {
  const out = new Map<string, PythonRun>();
  const texts = new Map(input.buildFiles.map((f) => [f.path, f.text]));
  const importsOf = new Map(input.imports.map((i) => [i.file, i]));
  let shipped: Map<CodePlacement, string[]> | undefined;
  for (const p of input.provenance.placements) {
    const key = `${p.namespace}/${p.workload}/${p.container}`;
    const lines = commandLines(p, input.commands.get(key), texts);
    // A line that names no Python program and no script starts no Python: the shipped files need not be listed.
    if (!lines.some(mayStartPython)) continue;
    shipped ??= shippedFiles(input.provenance, input.files);
    const files = shipped.get(p) ?? [];
    const run = runOf(lines, files, importsOf, texts);
    if (run) out.set(key, run);
  }
  return out;
}

function mayStartPython(line: string): boolean {
  return line.includes(".sh") || PYTHON_PROGRAM.test(line);
}

/** The command lines the container may run: the manifest's, else its Dockerfile's ENTRYPOINT with each CMD. */
function commandLines(
  p: CodePlacement,
  manifest: { command: string[]; args: string[] } | undefined,
  texts: ReadonlyMap<string, string>,
): string[] {
  if (manifest?.command.length) return [[...manifest.command, ...manifest.args].join(" ")];
  const text = p.dockerfile === undefined ? undefined : texts.get(p.dockerfile);
  if (text === undefined) return [];
  const entrypoints = dockerfileCommands(text, "ENTRYPOINT");
  const cmds = manifest?.args.length ? [manifest.args.join(" ")] : dockerfileCommands(text, "CMD");
  if (entrypoints.length === 0) return cmds;
  return entrypoints.flatMap((e) => (cmds.length ? cmds.map((c) => `${e} ${c}`) : [e]));
}

/** The run of a container whose every command line starts Python the repository holds; undefined otherwise. */
function runOf(
  lines: readonly string[],
  files: readonly string[],
  importsOf: ReadonlyMap<string, FileImports>,
  texts: ReadonlyMap<string, string>,
): PythonRun | undefined {
  const python = new Set(files.filter((f) => f.endsWith(".py")));
  if (python.size === 0) return undefined;
  const modules = moduleIndex(python);
  const entries = new Set<string>();
  // Frameworks that import by name but whose imports cannot make calls here (Celery's beat runs no task).
  const allowed = new Set<string>();
  for (const line of lines) {
    const found = lineEntries(line, files, modules, texts, 0, allowed);
    if (found === undefined) return undefined;
    for (const e of found) entries.add(e);
  }
  if (entries.size === 0) return undefined;
  const reached = new Set<string>();
  const queue = [...entries];
  const visit = (f: string) => {
    if (reached.has(f)) return;
    reached.add(f);
    queue.push(f);
  };
  for (const e of entries) reached.add(e);
  while (queue.length) {
    const f = queue.pop()!;
    const imp = importsOf.get(f);
    // A module the scan did not read may import anything.
    if (!imp || imp.computed) return undefined;
    for (const s of imp.specifiers) {
      const top = s.split(".")[0]!;
      if (LOADS_BY_CONVENTION.has(top) && !allowed.has(top)) return undefined;
      for (const target of resolveImport(f, s, modules, python)) visit(target);
    }
  }
  const notRun = new Set(files.filter((f) => (f.endsWith(".py") && !reached.has(f)) || COMPILED_SOURCE.test(f)));
  return { entries: [...entries].sort(), notRun };
}

/**
 * The Python files a command line starts, following a shell script it runs; undefined when the line runs something
 * else or something that cannot be read (a binary, a script the repository does not hold, a console script).
 */
function lineEntries(
  line: string,
  files: readonly string[],
  modules: ModuleIndex,
  texts: ReadonlyMap<string, string>,
  depth: number,
  allowed: Set<string>,
): string[] | undefined {
  const out: string[] = [];
  for (const words of commandsOf(line)) {
    // `sh -c "…"` runs the quoted line.
    const inner = shellCommandLine(words);
    if (inner !== undefined) {
      const found = lineEntries(inner, files, modules, texts, depth, allowed);
      if (!found) return undefined;
      out.push(...found);
      continue;
    }
    let i = 0;
    while (i < words.length && (WRAPPERS.has(words[i]!) || /^[A-Za-z_]\w*=/.test(words[i]!) || words[i] === "-")) i++;
    const program = words[i];
    if (program === undefined) continue;
    const name = program.slice(program.lastIndexOf("/") + 1);
    if (/^python[\d.]*$/.test(name)) {
      const found = pythonArgs(words.slice(i + 1), files, modules);
      if (!found) return undefined;
      out.push(...found);
    } else if (APP_SERVERS.has(name)) {
      const app = words
        .slice(i + 1)
        .find((w, j, rest) => /^[\w.]+:[\w.()]+$/.test(w) && !VALUED_OPTIONS.has(rest[j - 1] ?? ""));
      const file = app === undefined ? undefined : modules.byName.get(app.split(":")[0]!);
      if (!file) return undefined;
      out.push(...file);
    } else if (name === "taskiq" || name === "dramatiq") {
      const found = taskQueueModules(words.slice(i + 1), modules);
      if (!found) return undefined;
      out.push(...found);
    } else if (name === "celery") {
      const found = celeryBeat(words.slice(i + 1), modules);
      if (!found) return undefined;
      allowed.add("celery");
      out.push(...found);
    } else if ((name === "fastapi" || name === "streamlit") && words[i + 1] === "run" && words[i + 2]) {
      const file = shippedPath(words[i + 2]!, files);
      if (!file) return undefined;
      out.push(file);
    } else if (name.endsWith(".sh") && depth < 2) {
      const script = shippedPath(program, files);
      const text = script === undefined ? undefined : texts.get(script);
      if (text === undefined) return undefined;
      // `exec "$@"` hands over to the command after it, which the other command lines already hold.
      const lines = text.split("\n").filter((l) => !/^\s*(?:#|$)/.test(l) && !/\bexec\s+"?\$@/.test(l));
      for (const l of lines) {
        if (!PYTHON_PROGRAM.test(l)) continue;
        const found = lineEntries(l, files, modules, texts, depth + 1, allowed);
        if (!found) return undefined;
        out.push(...found);
      }
    } else if (!["cd", "echo", "set", "export", "sleep", "mkdir", "true"].includes(name)) return undefined;
  }
  return out;
}

/**
 * What a task queue worker loads: taskiq's broker (`app.tasks:broker`) and the task modules after it, dramatiq's
 * modules. Undefined when it discovers task files by itself (`--fs-discover`) or names nothing the image ships.
 */
function taskQueueModules(args: readonly string[], modules: ModuleIndex): string[] | undefined {
  if (args.some((a) => a === "--fs-discover" || a === "-fsd")) return undefined;
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith("-")) {
      // `--workers 4`: the value after an option is no module.
      if (!a.includes("=") && args[i + 1] !== undefined && !args[i + 1]!.startsWith("-")) i++;
      continue;
    }
    if (!/^[A-Za-z_][\w.]*(?::[\w.]+)?$/.test(a) || a === "worker" || a === "scheduler") continue;
    const found = modules.byName.get(a.split(":")[0]!);
    if (found) out.push(...found);
    else if (a.includes(":")) return undefined;
  }
  return out.length ? out : undefined;
}

/**
 * `celery -A app beat`: the scheduler loads the app and sends tasks by name; it never runs them, so the task modules
 * Celery would import by name are not what it executes. A worker runs them: undefined.
 */
function celeryBeat(args: readonly string[], modules: ModuleIndex): string[] | undefined {
  let app: string | undefined;
  let command: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-A" || a === "--app") app = args[++i];
    else if (a.startsWith("--app=")) app = a.slice("--app=".length);
    else if (!a.startsWith("-") && command === undefined) command = a;
  }
  if (command !== "beat" || app === undefined) return undefined;
  const name = app.split(":")[0]!;
  const found = modules.byName.get(`${name}.celery`) ?? modules.byName.get(name);
  return found && [...found];
}

/** What `python [options] script.py` or `python -m module` starts. */
function pythonArgs(args: readonly string[], files: readonly string[], modules: ModuleIndex): string[] | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-m") {
      const name = args[i + 1];
      const found =
        name === undefined ? undefined : (modules.byName.get(`${name}.__main__`) ?? modules.byName.get(name));
      return found && [...found];
    }
    if (a === "-c") return undefined;
    if (VALUED_OPTIONS.has(a)) i++;
    else if (!a.startsWith("-")) {
      const file = shippedPath(a, files);
      return file === undefined ? undefined : [file];
    }
  }
  return undefined;
}

/** The shipped file a container path names: its leading folders are taken off until a shipped file ends with it. */
function shippedPath(path: string, files: readonly string[]): string | undefined {
  const parts = path.replace(/^\.?\/+/, "").split("/");
  for (let i = 0; i < parts.length; i++) {
    const tail = parts.slice(i).join("/");
    const hits = files.filter((f) => f === tail || f.endsWith(`/${tail}`));
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) return undefined;
  }
  return undefined;
}

export interface ModuleIndex {
  /** Every dotted name each shipped module can be imported by, whatever folder is on the path: `c`, `b.c`, `a.b.c`. */
  byName: Map<string, string[]>;
  /** The shipped `.py` files, for scripts a module names by path. */
  files: string[];
}

export function moduleIndex(python: ReadonlySet<string>): ModuleIndex {
  const byName = new Map<string, string[]>();
  for (const f of python) {
    const parts = f.slice(0, -3).split("/");
    if (parts[parts.length - 1] === "__init__") parts.pop();
    for (let i = parts.length - 1; i >= 0; i--) {
      if (!parts.slice(i).every((p) => /^\w+$/.test(p))) break;
      const name = parts.slice(i).join(".");
      const list = byName.get(name);
      if (list) list.push(f);
      else byName.set(name, [f]);
    }
  }
  return { byName, files: [...python] };
}

/** The shipped files an import loads: the module, and the `__init__.py` of each package on its way. */
export function resolveImport(
  from: string,
  specifier: string,
  modules: ModuleIndex,
  python: ReadonlySet<string>,
): string[] {
  if (specifier.endsWith(".py")) {
    const beside = joinRepoPath(dirOf(from), specifier);
    if (beside !== undefined && python.has(beside)) return [beside];
    const file = shippedPath(specifier, modules.files);
    return file ? [file] : [];
  }
  if (specifier.startsWith(".")) {
    const dots = /^\.+/.exec(specifier)![0].length;
    let dir = dirOf(from);
    for (let i = 1; i < dots; i++) dir = dirOf(dir);
    const rest = specifier.slice(dots);
    const base = rest ? `${dir ? `${dir}/` : ""}${rest.replace(/\./g, "/")}` : dir;
    return [`${base}.py`, `${base}/__init__.py`].filter((f) => python.has(f));
  }
  const out: string[] = [];
  for (const file of modules.byName.get(specifier) ?? []) {
    out.push(file);
    // `import a.b.c` runs a/__init__.py and a/b/__init__.py first.
    const depth = specifier.split(".").length - (file.endsWith("/__init__.py") ? 0 : 1);
    let dir = dirOf(file);
    for (let i = 0; i < depth; i++) {
      const init = `${dir}/__init__.py`;
      if (init !== file && python.has(init)) out.push(init);
      dir = dirOf(dir);
    }
  }
  return out;
}

/** The repository files each placement's image ships, asked once per file. */
function shippedFiles(provenance: Provenance, files: readonly string[]): Map<CodePlacement, string[]> {
  const out = new Map<CodePlacement, string[]>();
  for (const f of files) {
    if (languageOf(f) === undefined && !COMPILED_SOURCE.test(f)) continue;
    for (const p of placementsShipping(provenance, f)) {
      const list = out.get(p);
      if (list) list.push(f);
      else out.set(p, [f]);
    }
  }
  return out;
}

/**
 * The references with what `pythonRuns` says of their files: a container whose program never loads the file is not
 * its caller (`notRunBy`); when no container that carries the file loads it, it is nobody's egress (unread).
 */
export function withPythonRuns(
  refs: readonly HostReference[],
  provenance: Provenance,
  runs: ReadonlyMap<string, PythonRun>,
): HostReference[] {
  if (runs.size === 0) return refs as HostReference[];
  return withNotRun(refs, (file) => {
    const carrying = placementsCarrying(provenance, file);
    const not = carrying.filter((p) => runs.get(containerKey(p))?.notRun.has(file));
    if (not.length === 0) return undefined;
    const workloads = [...new Set(not.map((p) => `${p.namespace}/${p.workload}`))].sort();
    const entries = [...new Set(not.flatMap((p) => runs.get(containerKey(p))!.entries))].sort();
    const one = workloads.length === 1;
    return {
      notRunBy: [...new Set(not.map(containerKey))].sort(),
      all: not.length === carrying.length,
      why: `shipped in the image${one ? "" : "s"} of ${workloads.join(", ")}, but no module ${one ? "its command starts" : "their commands start"} (${entries.join(", ")}) imports it`,
    };
  });
}
