// Hosts written into manifests rather than code: container env values, args and commands (including the script of
// `sh -c`), and ConfigMap data, which is often a whole config file of its own.
import type { ConfigMapData, Container, EgressModel, SourceLocation } from "../model/types.js";
import { inClusterNames } from "./classify.js";
import { extract } from "./extract.js";
import { LEXERS, languageOf, type Language } from "./language.js";
import { lexShell } from "./lexers/shell.js";
import type { Lexer } from "./lexers/sink.js";
import { externalReferences, sortReferences, type Placement } from "./references.js";
import type { HostReference, InClusterNames, ScanOptions } from "./types.js";

const FLAG = /^--?([A-Za-z][\w.-]*)$/;

/** External references in manifest values; in-cluster names default to the model's own Services and namespaces. */
export function scanManifestValues(model: EgressModel, options: ScanOptions = {}): HostReference[] {
  const inCluster = options.inCluster ?? inClusterNames(model);
  const out: HostReference[] = [];
  for (const w of model.workloads) {
    for (const c of w.containers)
      out.push(...containerReferences(c, { namespace: w.namespace, workload: w.name }, inCluster));
  }
  for (const cm of model.configMaps) out.push(...configMapReferences(cm, inCluster));
  return sortReferences(out);
}

interface Owner {
  namespace: string;
  workload?: string;
}

function containerReferences(c: Container, owner: Owner, inCluster: InClusterNames): HostReference[] {
  const out: HostReference[] = [];
  for (const e of c.env) {
    const lex = /\s/.test(e.value) ? lexShell : plainValue(e.name);
    out.push(...valueReferences(e.value, lex, e.loc, owner, inCluster));
  }
  for (const list of [c.command, c.args]) {
    list.forEach((item, i) => {
      // `["--endpoint", "api.x.io"]`: a flag element names the value in the next one.
      const flag = FLAG.exec(list[i - 1]?.value ?? "");
      const lex = flag && !/\s/.test(item.value) ? plainValue(flag[1] ?? "") : lexShell;
      out.push(...valueReferences(item.value, lex, item.loc, owner, inCluster));
    });
  }
  return out;
}

function configMapReferences(cm: ConfigMapData, inCluster: InClusterNames): HostReference[] {
  const out: HostReference[] = [];
  for (const entry of cm.entries) {
    const language =
      languageOf(entry.key) ?? (entry.value.includes("\n") ? guessConfigLanguage(entry.value) : undefined);
    const lex = language ? LEXERS[language] : plainValue(entry.key);
    out.push(...valueReferences(entry.value, lex, entry.loc, { namespace: cm.namespace }, inCluster));
  }
  return out;
}

/** The whole text is one value bound to `key` (`DB_HOST: db.x.io` in env or ConfigMap data). */
function plainValue(key: string): Lexer {
  return (text, sink) => sink.literal(0, text.length, key);
}

/**
 * Manifest locations carry the line of the key; a multi-line value is a block scalar whose first line is the next
 * one. The column inside the manifest is unknown (block scalars lose their indentation), so it is 0.
 */
function valueReferences(
  value: string,
  lex: Lexer,
  loc: SourceLocation,
  owner: Owner,
  inCluster: InClusterNames,
): HostReference[] {
  const multiLine = value.includes("\n");
  const placement: Placement = {
    file: loc.file,
    use: "config",
    where:
      owner.workload !== undefined
        ? `a value of ${owner.namespace}/${owner.workload}'s container`
        : `ConfigMap data in namespace ${owner.namespace}`,
    place: (line) => ({ line: multiLine ? loc.line + line : loc.line, column: 0 }),
    namespace: owner.namespace,
    ...(owner.workload !== undefined ? { workload: owner.workload } : {}),
  };
  return externalReferences(extract(value, lex), placement, inCluster);
}

/** Data keys without an extension: a script, JSON, properties or YAML, judged from the first lines. */
export function guessConfigLanguage(text: string): Language {
  const start = text.trimStart();
  if (start.startsWith("#!")) return "shell";
  if (start.startsWith("{") || start.startsWith("[")) return "json";
  let equals = 0;
  let colons = 0;
  for (const line of text.split("\n", 50)) {
    const t = line.length > 2000 ? "" : line.trimStart();
    if (/^[\w.-]+\s*=/.test(t)) equals++;
    else if (/^(- +)?[\w.-]+:(\s|$)/.test(t)) colons++;
  }
  return equals > colons ? "properties" : "yaml";
}
