// An image often ships what a build wrote, not the sources: `COPY dist/apps/auth ...`, `COPY build/ ...`, where the
// build ran on the host or in CI before `docker build`. The output folder is not in the repository, so a glob over
// it places nothing; the sources it was compiled from are the code the image runs.
import { baseName, dirOf } from "./paths.js";
import type { Evidence } from "./types.js";
import type { RepoLayout } from "./repo-layout.js";

/** Folders build tools write their output to. */
const OUTPUT_FOLDERS = new Set(["dist", "build", "out", "output", "target", ".next", "lib-esm"]);

/**
 * For each shipped glob under an output folder the repository does not hold, the source glob it stands for: the
 * same path without the output segment, where the repository has that folder (`dist/apps/auth/**` -> `apps/auth/**`),
 * else the folder that holds the output folder (`services/api/build/**` -> `services/api/**`).
 */
export function sourcesOfBuildOutput(
  ships: readonly string[],
  layout: RepoLayout,
  copied: readonly Evidence[],
): { ships: string[]; evidence: Evidence[] } {
  const out: string[] = [];
  const evidence: Evidence[] = [];
  for (const glob of ships) {
    const binary = goBinary(glob, layout);
    if (binary !== undefined) {
      if (out.includes(binary.ships)) continue;
      out.push(binary.ships);
      const at = copied.find((e) => e.says.includes(glob)) ?? copied[0];
      if (at) evidence.push({ file: at.file, line: at.line, says: binary.says });
      continue;
    }
    const segments = glob.split("/");
    const i = segments.findIndex((s) => OUTPUT_FOLDERS.has(s));
    if (i === -1) continue;
    const outputDir = segments.slice(0, i + 1).join("/");
    if (layout.dirs.has(outputDir)) continue;
    const owner = segments.slice(0, i).join("/");
    const rest = segments.slice(i + 1);
    const literal = rest.findIndex((s) => /[*?[{]/.test(s));
    const restDir = (literal === -1 ? rest : rest.slice(0, literal)).join("/");
    const mirrored = [owner, restDir].filter(Boolean).join("/");
    const source = restDir && layout.dirs.has(mirrored) ? mirrored : owner;
    if (source === "" && owner === "" && !restDir) continue;
    const sourceGlob = source ? `${source}/**` : "**";
    if (out.includes(sourceGlob)) continue;
    out.push(sourceGlob);
    const at = copied.find((e) => e.says.includes(glob)) ?? copied[0];
    if (!at) continue;
    evidence.push({
      file: at.file,
      line: at.line,
      says: `${[outputDir, restDir].filter(Boolean).join("/")} is build output the repository does not hold: ships the sources in ${source || "."}`,
    });
  }
  return { ships: out, evidence };
}

const GO_FOLDERS = new WeakMap<RepoLayout, Set<string>>();

/**
 * A file the image copies that the repository does not hold, beside Go sources (`COPY grpc-server /bin/` after a
 * script's `go build -o grpc-server`): the binary compiled from them, so the Go code of that folder is what runs.
 */
function goBinary(glob: string, layout: RepoLayout): { ships: string; says: string } | undefined {
  // A COPY source that is not there reads as a folder: `grpc-server/**`.
  const path = glob.replace(/\/\*\*$/, "");
  if (/[*?[{]/.test(path) || layout.files.has(path) || layout.dirs.has(path)) return undefined;
  let folders = GO_FOLDERS.get(layout);
  if (!folders) {
    folders = new Set<string>();
    for (const f of layout.files) if (f.endsWith(".go")) folders.add(dirOf(f));
    GO_FOLDERS.set(layout, folders);
  }
  let folder = dirOf(path);
  // `go build -o bin/app` writes into a `bin/` folder of its own, which the repository does not hold.
  const binFolder = !folders.has(folder) && baseName(folder) === "bin" && !layout.dirs.has(folder);
  if (binFolder) folder = dirOf(folder);
  if (!folders.has(folder)) return undefined;
  const ships = folder ? `${folder}/**/*.go` : "**/*.go";
  const where = binFolder ? "in a bin/ folder the repository does not hold, above" : "beside";
  return {
    ships,
    says: `${path} is not in the repository, ${where} the Go sources of ${folder || "."}: the binary built from them`,
  };
}
