// A URL kept under a name of its own (`submissionEndpoint: "https://…"` in a table of report templates) is requested
// only by code that reads that name. Where every file that writes the name, the definition's included, can send no
// request (it imports no module that may, calls no `fetch`, and the local modules it imports are the same), the value
// reaches no request: it is data the code keeps or returns, not egress. What may send a request is reviewed data:
// src/knowledge/request-free-modules.json lists the modules that cannot; everything else counts as one that may.
import knowledge from "../knowledge/request-free-modules.json" with { type: "json" };
import { splitWords } from "../scan/key-role.js";
import { vocabulary } from "../scan/name-words.js";
import { languageOf } from "../scan/language.js";
import type { FileImports } from "../scan/module-imports.js";
import { EGRESS_CLASSES, type HostReference } from "../scan/types.js";
import { namesConstantsOf } from "../scan/environment-names.js";
import { dirOf, joinRepoPath } from "./paths.js";
import { moduleIndex, resolveImport, type ModuleIndex } from "./python-runs.js";
import { asModule } from "./unimported-modules.js";

type ReaderLanguage = "javascript" | "python";

const FREE = new Map<ReaderLanguage, Map<string, readonly string[]>>([
  ["javascript", new Map()],
  ["python", new Map()],
]);
for (const m of knowledge.modules) FREE.get(m.language as ReaderLanguage)!.set(m.module, m.except ?? []);

const OPTION_WORDS = vocabulary("option");

/** Assets a module imports that hold no code: they send nothing. */
const ASSET = /\.(?:json|css|scss|sass|less|svg|png|jpe?g|gif|webp|html|md|txt|ya?ml|graphql|gql)$/i;

/**
 * The references with those whose value only request-free code names left unread. `imports` must cover every scanned
 * file (a full scan), and `files` list the repository's files.
 */
export function withRequestFreeReaders(
  refs: readonly HostReference[],
  imports: readonly FileImports[],
  files: readonly string[],
): readonly HostReference[] {
  const candidate = (r: HostReference) =>
    r.addressName !== undefined &&
    !r.unread &&
    !r.requested &&
    r.namespace === undefined &&
    EGRESS_CLASSES.has(r.class) &&
    readerLanguage(r.file) !== undefined &&
    !optionLike(r.addressName);
  const wanted = new Set(refs.filter(candidate).map((r) => r.addressName!));
  if (wanted.size === 0) return refs;
  const holders = new Map<string, string[]>();
  for (const i of imports)
    for (const n of i.addressNames ?? []) {
      if (!wanted.has(n)) continue;
      const list = holders.get(n);
      if (list) list.push(i.file);
      else holders.set(n, [i.file]);
    }
  // Templates the scan does not read (`.vue`, `.jsp`) may name a field too: where one is, that language is left alone.
  const unscannedNames = new Set(files.flatMap((f) => namesConstantsOf(f) ?? []));
  const graph = new RequestGraph(imports, files);
  return refs.map((r) => {
    if (!candidate(r) || unscannedNames.has(languageOf(r.file) ?? "")) return r;
    const named = holders.get(r.addressName!) ?? [];
    if (!named.includes(r.file) || !named.every((f) => graph.requestFree(f))) return r;
    const others = named.length - 1;
    return {
      ...r,
      unread: true,
      reason: `${r.reason}; ${r.addressName} is named only where no request can be sent (${others === 0 ? "this file, and what it imports" : `this file and ${others} other${others === 1 ? "" : "s"}, and what they import`})`,
    };
  });
}

function readerLanguage(file: string): ReaderLanguage | undefined {
  const language = languageOf(file);
  return language === "javascript" || language === "python" ? language : undefined;
}

/** Whether every word but the last is one a client's option may have (`baseUrl`, `api_host`). */
function optionLike(name: string): boolean {
  const words = splitWords(name);
  return words.slice(0, -1).every((w) => OPTION_WORDS.has(w));
}

/**
 * Which files can send a request: a file can when it, or a local module it imports at any depth, calls a request
 * function, loads a name computed at run time, runs a script, or imports a module that is not known to be free.
 */
class RequestGraph {
  private readonly importsOf: Map<string, FileImports>;
  private readonly files: Set<string>;
  private readonly python: Set<string>;
  private modules: ModuleIndex | undefined;
  /** Per file: the local modules it imports, or undefined when it can send a request on its own. */
  private readonly local = new Map<string, readonly string[] | undefined>();

  constructor(imports: readonly FileImports[], files: readonly string[]) {
    this.importsOf = new Map(imports.map((i) => [i.file, i]));
    this.files = new Set(files);
    this.python = new Set(files.filter((f) => f.endsWith(".py")));
  }

  requestFree(file: string): boolean {
    const seen = new Set([file]);
    const queue = [file];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      const local = this.localImports(next);
      if (local === undefined) return false;
      for (const f of local) if (!seen.has(f) && seen.add(f)) queue.push(f);
    }
    return true;
  }

  private localImports(file: string): readonly string[] | undefined {
    if (!this.local.has(file)) this.local.set(file, this.decide(file));
    return this.local.get(file);
  }

  private decide(file: string): readonly string[] | undefined {
    const language = readerLanguage(file);
    if (language === undefined || !this.files.has(file)) return undefined;
    const imports = this.importsOf.get(file);
    // A scanned file with no record imports nothing and names no script.
    if (imports === undefined) return [];
    if (imports.requests || imports.computed || imports.prefixes?.length || imports.scripts?.length) return undefined;
    const out: string[] = [];
    for (const s of imports.specifiers) {
      const local = language === "python" ? this.pythonImport(file, s) : this.javascriptImport(file, s);
      if (local === undefined) return undefined;
      out.push(...local);
    }
    return out;
  }

  /** The local modules a specifier loads, [] for a free package or an asset, undefined for anything else. */
  private javascriptImport(from: string, specifier: string): readonly string[] | undefined {
    if (specifier.startsWith("./") || specifier.startsWith("../")) {
      const at = joinRepoPath(dirOf(from), specifier);
      const target = at === undefined ? undefined : asModule(at, this.files);
      if (target !== undefined) return [target];
      return ASSET.test(specifier) ? [] : undefined;
    }
    const bare = specifier.replace(/^node:/, "");
    const name = bare.startsWith("@") ? bare.split("/").slice(0, 2).join("/") : bare.split("/")[0]!;
    return FREE.get("javascript")!.has(name) ? [] : undefined;
  }

  private pythonImport(from: string, specifier: string): readonly string[] | undefined {
    const modules = (this.modules ??= moduleIndex(this.python));
    const local = resolveImport(from, specifier, modules, this.python);
    if (local.length > 0) return local;
    // `from a.b import name` also writes `a.b.name`: a name in a module found is that module's.
    const parent = parentModule(specifier);
    if (parent !== undefined && resolveImport(from, parent, modules, this.python).length > 0) return [];
    if (specifier.startsWith(".") || specifier.endsWith(".py")) return undefined;
    const top = specifier.split(".")[0]!;
    const except = FREE.get("python")!.get(top);
    return except !== undefined && !except.some((e) => specifier === e || specifier.startsWith(`${e}.`))
      ? []
      : undefined;
  }
}

/** `a.b` of `a.b.c`, `.` of `.c`, `..a` of `..a.b`; undefined for a top-level name. */
function parentModule(specifier: string): string | undefined {
  const dots = /^\.*/.exec(specifier)![0];
  const rest = specifier.slice(dots.length);
  const last = rest.lastIndexOf(".");
  if (last !== -1) return dots + rest.slice(0, last);
  return dots || undefined;
}
