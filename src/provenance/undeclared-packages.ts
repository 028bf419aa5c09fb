// An SDK client a file loads only with `await import("twilio")` is an optional provider: the code chooses it at run
// time. Where no package.json declares the package, `npm install` leaves it out of the image, the import throws, and
// the client is never built. Such a reference is unread: kept, with the reason, but nobody's egress.
import { buildFileKind } from "./build-file-kind.js";
import { nodePackages } from "./node-packages.js";
import { dirOf } from "./paths.js";
import type { BuildFile } from "./types.js";
import { EGRESS_CLASSES, type HostReference } from "../scan/types.js";

/** Texts that may install a package by hand (`RUN npm install twilio`): a package they name is not taken as absent. */
const INSTALLING_KINDS = new Set(["dockerfile", "shell", "makefile", "workflow", "taskfile"]);

export function withUndeclaredPackages(
  refs: readonly HostReference[],
  buildFiles: readonly BuildFile[],
): readonly HostReference[] {
  const candidate = (r: HostReference) =>
    r.lazyPackage !== undefined && !r.unread && r.namespace === undefined && EGRESS_CLASSES.has(r.class);
  if (!refs.some(candidate)) return refs;
  const packages = nodePackages(buildFiles);
  const byFolder = new Map(packages.map((p) => [p.folder, p]));
  // A workspace root installs what any member declares, and hoists it where every member can import it.
  const declaredSomewhere = new Set(packages.flatMap((p) => [...p.dependencies, ...p.optionalDependencies]));
  const installTexts = buildFiles.filter((f) => INSTALLING_KINDS.has(buildFileKind(f.path) ?? ""));
  const installedByHand = new Map<string, boolean>();
  const namedByInstaller = (name: string) => {
    let named = installedByHand.get(name);
    if (named === undefined) {
      const word = new RegExp(`(?<![\\w@/.-])${name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(?![\\w/-])`);
      named = installTexts.some((f) => word.test(f.text));
      installedByHand.set(name, named);
    }
    return named;
  };
  return refs.map((r) => {
    if (!candidate(r)) return r;
    const name = r.lazyPackage!;
    const manifest = governingPackage(r.file, byFolder);
    if (manifest === undefined || declaredSomewhere.has(name) || namedByInstaller(name)) return r;
    return {
      ...r,
      unread: true,
      reason: `${r.reason}; the file loads ${name} only with import(), and neither ${manifest} nor any other package.json declares it: the image does not install it, so this client is never built`,
    };
  });
}

/** The package.json nearest above the file: the one `npm install` reads for the code beside it. */
function governingPackage(file: string, byFolder: ReadonlyMap<string, { file: string }>): string | undefined {
  let folder = dirOf(file);
  for (;;) {
    const found = byFolder.get(folder);
    if (found) return found.file;
    if (folder === "") return undefined;
    folder = dirOf(folder);
  }
}
