// A repository of independent examples or use cases (`examples/redis`, `use-cases/federated-learning`): what one of
// them shows of sidecar injection says nothing of the others, which are deployed on their own. A course or a book
// (`ch11/`, `3week/`) sets each numbered part up on a cluster of its own too: a Sidecar one part applies does not
// hold the workloads of another.

/** Folder names that hold one independent example, sample or use case per subfolder. */
const COLLECTION_FOLDERS = new Set([
  "examples",
  "samples",
  "demos",
  "use-cases",
  "usecases",
  "use_cases",
  "labs",
  "tutorials",
  "exercises",
  "workshops",
  "patterns",
]);

/** The example a file belongs to (`examples/redis` of `examples/redis/k8s/job.yaml`), or undefined outside one. */
export function collectionItemOf(file: string): string | undefined {
  const parts = file.split("/");
  for (let i = 0; i < parts.length - 2; i++)
    if (COLLECTION_FOLDERS.has(parts[i]!.toLowerCase())) return parts.slice(0, i + 2).join("/");
  return undefined;
}

/**
 * The examples the evidence of injection lies in, when every piece of it lies in one: undefined when some of it
 * speaks for the whole repository.
 */
export function injectionScopesOf(files: readonly string[]): string[] | undefined {
  const items = new Set<string>();
  for (const f of files) {
    const item = collectionItemOf(f);
    if (item === undefined) return undefined;
    items.add(item);
  }
  return items.size ? [...items].sort() : undefined;
}

/** A numbered part of a course or a book: `ch11`, `chapter-5`, `3week`, `week3`, `lab-2`, `sc7`, `aula_4`. */
const NUMBERED_PART =
  /^(?:ch|chap|chapter|week|lab|lesson|module|day|part|step|sc|scenario|aula|exercise|session|unit|episode)[-_]?\d+$|^\d+[-_]?(?:week|day|ch|chapter|lab|lesson|module|part|step)$/i;

/**
 * The outermost numbered part or collection item a file belongs to (`3week` of `3week/ch5/forum.yaml`,
 * `examples/redis` of `examples/redis/k8s/job.yaml`), or undefined outside any.
 */
export function scenarioOf(file: string): string | undefined {
  const parts = file.split("/");
  for (let i = 0; i < parts.length - 1; i++) {
    if (NUMBERED_PART.test(parts[i]!)) return parts.slice(0, i + 1).join("/");
    if (i < parts.length - 2 && COLLECTION_FOLDERS.has(parts[i]!.toLowerCase())) return parts.slice(0, i + 2).join("/");
  }
  return undefined;
}
