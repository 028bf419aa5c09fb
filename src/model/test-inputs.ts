// Policy test suites hold objects written to be accepted or refused by a policy engine during a test run; nobody
// applies them to a cluster. A Kyverno CLI `Test` (cli.kyverno.io) names them under `resources:`, relative to its own
// file; a Chainsaw `Test` (chainsaw.kyverno.io) applies the files of its folder to a throwaway namespace. Their
// workloads, namespaces and ServiceEntries are not the mesh's.
import type { Resource } from "../manifests/resource.js";
import { dirOf, joinRepoPath } from "../provenance/paths.js";

export function withoutTestInputs(resources: readonly Resource[]): readonly Resource[] {
  const files = new Set<string>();
  const folders: string[] = [];
  for (const r of resources) {
    if (r.kind !== "Test") continue;
    const folder = dirOf(r.loc.file);
    if (r.group === "cli.kyverno.io") {
      const named = r.body.resources;
      if (!Array.isArray(named)) continue;
      for (const n of named) {
        const path = typeof n === "string" ? joinRepoPath(folder, n) : undefined;
        if (path !== undefined) files.add(path);
      }
    } else if (r.group === "chainsaw.kyverno.io") folders.push(folder);
  }
  if (files.size === 0 && folders.length === 0) return resources;
  const inFolder = (file: string) => folders.some((f) => (f === "" ? true : file.startsWith(`${f}/`)));
  return resources.filter((r) => !files.has(r.loc.file) && !inFolder(r.loc.file));
}
