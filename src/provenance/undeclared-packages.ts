// An SDK client whose file loads the package only where it is used (`await import("twilio")`, an indented
// `import anthropic` under a `try`) is an optional provider: the code chooses it at run time. Where the repository's
// dependency files leave the package out, the install step leaves it out of the image, the import throws, and the
// client is never built. Such a reference is unread: kept, with the reason, but nobody's egress.
import { buildFileKind } from "./build-file-kind.js";
import { nodePackages } from "./node-packages.js";
import { dirOf } from "./paths.js";
import type { BuildFile } from "./types.js";
import { languageOf } from "../scan/language.js";
import { EGRESS_CLASSES, type HostReference } from "../scan/types.js";

/** Texts that may install a package by hand (`RUN npm install twilio`, `pip install anthropic`). */
const INSTALLING_KINDS = new Set(["dockerfile", "shell", "makefile", "workflow", "taskfile"]);

interface Installs {
  /** The dependency file nearest above `file` that says what is installed for it, if any. */
  governing(file: string): string | undefined;
  /** Whether some dependency file names the package, or a package that wraps it (and may bring it along). */
  declares(name: string): boolean;
  /** The kind of files that decide: "package.json", "requirements or pyproject". */
  says: string;
}

export function withUndeclaredPackages(
  refs: readonly HostReference[],
  buildFiles: readonly BuildFile[],
): readonly HostReference[] {
  const candidate = (r: HostReference) =>
    r.lazyPackage !== undefined && !r.unread && r.namespace === undefined && EGRESS_CLASSES.has(r.class);
  if (!refs.some(candidate)) return refs;
  const byLanguage = new Map<string, Installs>();
  const installsFor = (language: "javascript" | "python") => {
    let found = byLanguage.get(language);
    if (!found)
      byLanguage.set(language, (found = language === "python" ? pythonInstalls(buildFiles) : nodeInstalls(buildFiles)));
    return found;
  };
  const installTexts = buildFiles.filter((f) => INSTALLING_KINDS.has(buildFileKind(f.path) ?? ""));
  return refs.map((r) => {
    if (!candidate(r)) return r;
    const language = languageOf(r.file);
    if (language !== "javascript" && language !== "python") return r;
    const installs = installsFor(language);
    const name = r.lazyPackage!;
    const manifest = installs.governing(r.file);
    if (manifest === undefined || installs.declares(name) || installTexts.some((f) => namesWord(f.text, name)))
      return r;
    return {
      ...r,
      unread: true,
      reason: `${r.reason}; the file imports ${name} only where it is used, and neither ${manifest} nor any other ${installs.says} names it: the image does not install it, so this client is never built`,
    };
  });
}

function nodeInstalls(buildFiles: readonly BuildFile[]): Installs {
  const packages = nodePackages(buildFiles);
  const byFolder = new Map(packages.map((p) => [p.folder, p.file]));
  // A workspace root installs what any member declares, and hoists it where every member can import it.
  const declared = packages.flatMap((p) => [...p.dependencies, ...p.optionalDependencies]);
  return {
    governing: (file) => nearest(file, (folder) => byFolder.get(folder)),
    // `@langchain/openai` brings `openai`; `@sendgrid/client` shares `@sendgrid/mail`'s scope.
    declares: (name) => {
      const key = name.startsWith("@") ? name.slice(1, name.indexOf("/")) : name;
      return declared.some((d) => d === name || namesWord(d.toLowerCase(), key.toLowerCase()));
    },
    says: "package.json",
  };
}

function pythonInstalls(buildFiles: readonly BuildFile[]): Installs {
  const files = buildFiles.filter((f) => buildFileKind(f.path) === "python-deps");
  const byFolder = new Map<string, string>();
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1)))
    if (!byFolder.has(dirOf(f.path))) byFolder.set(dirOf(f.path), f.path);
  const texts = files.map((f) => normalisedPython(f.text));
  return {
    governing: (file) => nearest(file, (folder) => byFolder.get(folder)),
    // `langchain-anthropic` brings `anthropic`.
    declares: (name) => texts.some((t) => namesWord(t, normalisedPython(name))),
    says: "requirements file, pyproject.toml, setup.py, setup.cfg or Pipfile",
  };
}

/** PyPI compares names without case, and with `-`, `_` and `.` alike. */
function normalisedPython(text: string): string {
  return text.toLowerCase().replace(/[_.]+/g, "-");
}

/**
 * `name` in `text`, not inside a longer word; `@`, `/`, `-` and `.` part words: `twilio` in `npm install twilio@5`,
 * `sendgrid` in `@sendgrid/client`, `anthropic` in `langchain-anthropic`.
 */
function namesWord(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return new RegExp(`(?<![A-Za-z0-9_])${escaped}(?![A-Za-z0-9_])`).test(text);
}

/** The first answer for the file's folder and then each folder above it. */
function nearest(file: string, at: (folder: string) => string | undefined): string | undefined {
  let folder = dirOf(file);
  for (;;) {
    const found = at(folder);
    if (found) return found;
    if (folder === "") return undefined;
    folder = dirOf(folder);
  }
}
