// `docker build` commands in a README's shell blocks (or a tutorial step's executed code) -> image builds. A demo
// repository often builds its images only by hand, as its README says (`docker build -t your_id/app:1 .`); without
// that, its one Dockerfile is tied to no workload and every call its code makes goes unplaced. The folder the reader
// runs the block in is seldom written: place.ts takes the only Dockerfile below the README's folder when the
// command's own does not exist.
import type { BuildFileKind } from "./build-file-kind.js";
import { documentShell } from "./markdown-code.js";
import { dirOf } from "./paths.js";
import { shellTextBuilds } from "./script-builds.js";
import type { ImageBuild } from "./types.js";

/** The builds in the shell a README or a tutorial step runs (markdown-code.ts). */
export function docsBuilds(file: string, text: string, kind: BuildFileKind): ImageBuild[] {
  if (!/\b(?:build|bud)\b/.test(text)) return [];
  const out: ImageBuild[] = [];
  for (const block of documentShell(kind, text) ?? []) {
    const builds = shellTextBuilds({ file, text: block.text, firstLine: block.firstLine, cwd: dirOf(file) });
    for (const b of builds) out.push({ ...b, fromDocs: true });
  }
  return out;
}
