// Whether a container's code reads an environment variable its manifest sets. A value under a name nothing reads
// configures nothing, so a host in it is no egress of that workload. It is decided only where all the code the pod
// runs is known, and nothing in it reads variables by a naming rule: the files its image ships from the repository
// on a runtime base image, or, for a runtime image the repository does not build, its command and the ConfigMaps it
// mounts. Everywhere else the variable counts as read.
import type { Container, EgressModel } from "../model/types.js";
import {
  binderWhy,
  environmentOf,
  type FileEnvironment,
  namesOf,
  readByConvention,
  SCREAMING_SNAKE,
  unscannedCode,
} from "../scan/environment-names.js";
import { languageOf } from "../scan/language.js";
import { guessConfigLanguage } from "../scan/manifest-values.js";
import type { UnreadVariable } from "../scan/types.js";
import { runtimeImage } from "./runtime-images.js";
import { placementsCarrying, placementsShipping } from "./shipping-index.js";
import type { CodePlacement } from "./types.js";

/** The names a container's code holds and where that code is, or why nobody can tell what it reads. */
type CodeReads = { names: ReadonlySet<string>; code: string } | { unknown: string };

/** Volumes that carry configuration, never code from elsewhere (an emptyDir may be filled by another container). */
const CONFIG_VOLUMES = new Set(["configMap", "secret", "downwardAPI", "projected"]);

/** What the scan read of the repository's code: the names per file, the files it read, and every file listed. */
export interface ScannedCode {
  environment: readonly FileEnvironment[];
  scanned: readonly string[];
  files: readonly string[];
}

/** What the files an image ships say: the names they hold, or why they cannot tell. */
interface Shipped {
  /** The files that name any variable; their names are split out only when a container of the image is asked about. */
  files: FileEnvironment[];
  names?: Set<string>;
  binder?: FileEnvironment;
  /** A shipped file in a language the scan does not read, or a prebuilt artifact. */
  unscanned?: string;
  /** Whether any shipped file was read at all: an image of nothing read tells nothing. */
  read: boolean;
}

export function unreadVariables(model: EgressModel, code: ScannedCode): UnreadVariable {
  const cache = new Map<Container, CodeReads>();
  let byPlacement: Map<CodePlacement, Shipped> | undefined;
  const shippedNames = () => (byPlacement ??= shippedByPlacement(model, code));
  return (namespace, workload, container, name) => {
    // Lower-case and one-word names are not collected from code: whether they are read cannot be told.
    if (!SCREAMING_SNAKE.test(name) || readByConvention(name) !== undefined) return undefined;
    let reads = cache.get(container);
    if (!reads) {
      reads = codeReads(model, namespace, workload, container, shippedNames);
      cache.set(container, reads);
    }
    if ("unknown" in reads || reads.names.has(name)) return undefined;
    return `no code the container runs reads ${name} (${reads.code})`;
  };
}

function codeReads(
  model: EgressModel,
  namespace: string,
  workload: string,
  container: Container,
  shippedNames: () => Map<CodePlacement, Shipped>,
): CodeReads {
  // `$(NAME)` in another value and `$NAME` in a shell command read it too.
  const names = new Set(ownNames(container));
  const placements = (model.provenance?.placements ?? []).filter(
    (p) => p.namespace === namespace && p.workload === workload && p.container === container.name,
  );
  if (placements.length > 0) {
    for (const p of placements) {
      if (p.servesStaticFiles) return { unknown: `${p.image} serves files` };
      if (p.baseImage !== undefined && runtimeImage(p.baseImage) === undefined)
        return { unknown: `${p.image} is based on ${p.baseImage}, which may read variables of its own` };
      const shipped = shippedNames().get(p);
      if (!shipped?.read) return { unknown: `no file ${p.image} ships was read` };
      if (shipped.unscanned) return { unknown: shipped.unscanned };
      if (shipped.binder) return { unknown: `${shipped.binder.file}: ${binderWhy(shipped.binder.binder ?? "")}` };
      for (const n of namesShipped(shipped)) names.add(n);
    }
    const contexts = [...new Set(placements.map((p) => p.context || "."))].sort();
    return { names, code: `the files its image ships from ${contexts.join(", ")}` };
  }
  return stockImageReads(model, namespace, container, names);
}

/**
 * A runtime image the repository does not build runs what its command names: where that is a script of a ConfigMap
 * the container mounts, and it mounts nothing else that could hold code, the command and those ConfigMaps are all.
 */
function stockImageReads(model: EgressModel, namespace: string, container: Container, names: Set<string>): CodeReads {
  if (runtimeImage(container.image) === undefined) return { unknown: `${container.image} is not built here` };
  if (container.volumeKinds.some((k) => !CONFIG_VOLUMES.has(k)))
    return { unknown: `${container.image} mounts volumes that may hold code` };
  const command = [...container.command, ...container.args].map((x) => x.value).join(" ");
  const mounted = container.configMapFiles.map((name) =>
    model.configMaps.find((cm) => cm.namespace === namespace && cm.name === name),
  );
  if (mounted.some((cm) => cm === undefined)) return { unknown: "a ConfigMap it mounts is not in the repository" };
  const scripts = mounted.filter((cm) => cm!.entries.some((e) => command.includes(e.key)));
  if (scripts.length === 0) return { unknown: `${container.image} runs no script the repository holds` };
  for (const cm of mounted) {
    for (const e of cm!.entries) {
      const env = environmentOf(e.key, e.value, languageOf(e.key) ?? guessConfigLanguage(e.value));
      if (env?.binder) return { unknown: `ConfigMap ${cm!.name} ${e.key}: ${binderWhy(env.binder)}` };
      if (env) for (const n of namesOf(env)) names.add(n);
    }
  }
  const code = `its command and ConfigMap${scripts.length > 1 ? "s" : ""} ${scripts.map((cm) => cm!.name).join(", ")}`;
  return { names, code };
}

function namesShipped(shipped: Shipped): Set<string> {
  if (!shipped.names) {
    shipped.names = new Set();
    for (const f of shipped.files) for (const n of namesOf(f)) shipped.names.add(n);
  }
  return shipped.names;
}

function ownNames(container: Container): string[] {
  const texts = [...container.command, ...container.args, ...container.env].map((x) => x.value).join("\n");
  const env = environmentOf("", texts);
  return env ? namesOf(env) : [];
}

function shippedByPlacement(model: EgressModel, code: ScannedCode): Map<CodePlacement, Shipped> {
  const out = new Map<CodePlacement, Shipped>();
  const provenance = model.provenance;
  if (!provenance) return out;
  const entry = (p: CodePlacement): Shipped => {
    let e = out.get(p);
    if (!e) out.set(p, (e = { files: [], read: false }));
    return e;
  };
  for (const file of code.scanned) for (const p of placementsCarrying(provenance, file)) entry(p).read = true;
  for (const file of code.files) {
    const what = unscannedCode(file);
    if (what === undefined) continue;
    for (const p of placementsShipping(provenance, file))
      entry(p).unscanned ??= `${file} is ${what}, which is not read`;
  }
  for (const env of code.environment) {
    for (const p of placementsCarrying(provenance, env.file)) {
      const e = entry(p);
      if (env.names !== "") e.files.push(env);
      if (env.binder !== undefined && !e.binder) e.binder = env;
    }
  }
  return out;
}
