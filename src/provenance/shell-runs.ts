// Shell scripts an image ships but nothing runs. `COPY . .` puts a repository's operator scripts (terraform
// wrappers, release helpers, installers) into the image beside the service, but a script runs only when something
// starts it: a Dockerfile, a container's command or probe, a package.json script, another script or the code. A
// script whose name no such file holds is nobody's egress. Where a folder's scripts run by a glob (`*.sh`,
// `run-parts`, `docker-entrypoint.d`), every script counts as run.
import { baseName } from "../scan/language.js";
import type { FileImports } from "../scan/module-imports.js";
import { shellScriptsNamed } from "../scan/module-imports.js";
import type { HostReference } from "../scan/types.js";
import { containerKey, withNotRun } from "./not-run.js";
import { placementsCarrying } from "./shipping-index.js";
import type { Provenance } from "./types.js";

export interface ShellRunsInput {
  /** What each scanned file names, scripts included (`FileImports.scripts`). */
  imports: readonly FileImports[];
  /** Texts the scan does not read for this: build definitions, manifests (commands, probes, hooks). */
  texts: readonly { path: string; text: string }[];
  /** Every container's command line, as the model holds it (rendered charts included). */
  commands: readonly string[];
}

const SCRIPT = /\.(?:sh|bash)$/i;
/** Documents tell people what to run on their own machines; they start nothing in a container. */
const DOCUMENT = /\.(?:md|markdown|mdx|rst|adoc|txt)$/i;

/** The references with those in shell scripts that nothing names made unread, with why. */
export function withShellRuns(
  refs: readonly HostReference[],
  provenance: Provenance,
  input: ShellRunsInput,
): HostReference[] {
  if (!refs.some((r) => SCRIPT.test(r.file))) return refs as HostReference[];
  const namedBy = new Map<string, Set<string>>();
  const name = (script: string, by: string) => {
    const files = namedBy.get(script);
    if (files) files.add(by);
    else namedBy.set(script, new Set([by]));
  };
  for (const i of input.imports) if (!DOCUMENT.test(i.file)) for (const s of i.scripts ?? []) name(s, i.file);
  for (const t of input.texts) for (const s of shellScriptsNamed(t.text) ?? []) name(s, t.path);
  for (const s of shellScriptsNamed(input.commands.join("\n")) ?? []) name(s, "");
  if (namedBy.has("*.sh")) return refs as HostReference[];
  return withNotRun(refs, (file) => {
    if (!SCRIPT.test(file)) return undefined;
    const carrying = placementsCarrying(provenance, file);
    if (carrying.length === 0) return undefined;
    const script = baseName(file);
    const by = namedBy.get(script);
    if (by && [...by].some((f) => f !== file)) return undefined;
    const workloads = [...new Set(carrying.map((p) => `${p.namespace}/${p.workload}`))].sort();
    return {
      notRunBy: [...new Set(carrying.map(containerKey))].sort(),
      all: true,
      why: `shipped in the image${workloads.length === 1 ? "" : "s"} of ${workloads.join(", ")}, but no file, build definition, manifest or container command names ${script}: a script nothing runs`,
    };
  });
}
