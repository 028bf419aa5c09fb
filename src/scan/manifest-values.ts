// Hosts written into manifests rather than code: container env values, args and commands (including the script of
// `sh -c`), and ConfigMap data, which is often a whole config file of its own.
import { configMapsOf } from "../model/container.js";
import type { ConfigMapData, Container, EgressModel, SourceLocation, Workload } from "../model/types.js";
import { inClusterNames } from "./classify.js";
import { extract } from "./extract.js";
import { documentClass } from "./file-kind.js";
import { isUnreadProgram, LEXERS, languageOfText, type Language } from "./language.js";
import { looksLikeNginx } from "./lexers/nginx.js";
import { lexShell } from "./lexers/shell.js";
import { siblingPort } from "./sibling-port.js";
import type { Lexer } from "./lexers/sink.js";
import { externalReferences, sortReferences, type Placement } from "./references.js";
import type { HostReference, InClusterNames, ScanOptions, UnreadVariable } from "./types.js";

const FLAG = /^--?([A-Za-z][\w.-]*)$/;

/** External references in manifest values; in-cluster names default to the model's own Services and namespaces. */
export function scanManifestValues(model: EgressModel, options: ScanOptions = {}): HostReference[] {
  const inCluster = options.inCluster ?? inClusterNames(model);
  const unread = options.unreadVariable ?? (() => undefined);
  const out: HostReference[] = [];
  for (const w of model.workloads) {
    for (const c of w.containers) {
      const owner = { namespace: w.namespace, workload: w.name };
      out.push(...containerReferences(c, owner, inCluster, (name) => unread(w.namespace, w.name, c, name)));
    }
  }
  const readers = configMapReaders(model);
  const byId = new Map(model.workloads.map((w) => [`${w.namespace}/${w.name}`, w]));
  for (const cm of model.configMaps) {
    const by = readers.get(`${cm.namespace}/${cm.name}`) ?? [];
    if (by.length === 0) out.push(...configMapReferences(cm, { namespace: cm.namespace, unread: true }, inCluster));
    for (const workload of by) {
      const served = servedAt(byId.get(`${cm.namespace}/${workload}`), cm.name);
      const owner = { namespace: cm.namespace, workload, ...(served ? { servedAt: served } : {}) };
      out.push(...configMapReferences(cm, owner, inCluster, keyUnread(model, cm, workload, unread)));
    }
  }
  return sortReferences(out);
}

/**
 * Why no container of the workload reads the key: a container that mounts the ConfigMap reads every key as a file;
 * one that takes it by `envFrom` or `configMapKeyRef` reads a key only if its code reads the variable it becomes.
 */
function keyUnread(
  model: EgressModel,
  cm: ConfigMapData,
  workload: string,
  unread: UnreadVariable,
): (key: string) => string | undefined {
  // A name can be rendered twice (two overlays, two charts): every workload of that name is a reader.
  const readers = model.workloads
    .filter((x) => x.namespace === cm.namespace && x.name === workload)
    .flatMap((w) => w.containers.filter((c) => configMapsOf(c).includes(cm.name)));
  return (key) => {
    let why: string | undefined;
    for (const c of readers) {
      if (c.configMapFiles.includes(cm.name)) return undefined;
      const variables = [
        ...c.envFrom.filter((e) => e.configMap === cm.name).map((e) => `${e.prefix}${key}`),
        ...c.configMapKeys.filter((k) => k.configMap === cm.name && k.key === key).map((k) => k.variable),
      ];
      for (const variable of variables) {
        const reason = unread(cm.namespace, workload, c, variable);
        if (reason === undefined) return undefined;
        why ??= `as ${variable} in ${c.name}: ${reason}`;
      }
    }
    return why ?? `no container of ${cm.namespace}/${workload} takes key ${key}`;
  };
}

/** References of a value under a name nothing reads: kept, with the reason, but never placed in the workload. */
function unreadUnder(refs: HostReference[], why: string | undefined): HostReference[] {
  if (why === undefined) return refs;
  return refs.map((r) => ({ ...r, unread: true, reason: `${r.reason}; ${why}` }));
}

interface Owner {
  namespace: string;
  workload?: string;
  /** A ConfigMap no workload in the repository reads: its values configure nothing the rules can place. */
  unread?: boolean;
  /** Where the workload serves the ConfigMap's files to browsers from, when that is all it does with them. */
  servedAt?: string;
}

/** The web root a workload serves a ConfigMap from, when every container that reads it only mounts it there. */
function servedAt(w: Workload | undefined, configMap: string): string | undefined {
  let at: string | undefined;
  for (const c of w?.containers ?? []) {
    if (!configMapsOf(c).includes(configMap)) continue;
    const served = c.configMapsServed.find((s) => s.configMap === configMap);
    const asVariables =
      c.envFrom.some((e) => e.configMap === configMap) || c.configMapKeys.some((k) => k.configMap === configMap);
    if (!served || asVariables) return undefined;
    at ??= served.mountPath;
  }
  return at;
}

/** "namespace/configmap" -> the workloads of that namespace that read it, sorted. */
function configMapReaders(model: EgressModel): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const w of model.workloads)
    for (const c of w.containers)
      for (const name of configMapsOf(c)) {
        const key = `${w.namespace}/${name}`;
        let set = out.get(key);
        if (!set) out.set(key, (set = new Set()));
        set.add(w.name);
      }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}

function containerReferences(
  c: Container,
  owner: Owner,
  inCluster: InClusterNames,
  unread: (name: string) => string | undefined,
): HostReference[] {
  const out: HostReference[] = [];
  const env = new Map(c.env.map((e) => [e.name, e.value]));
  for (const e of c.env) {
    const lex = /\s/.test(e.value) ? lexShell : plainValue(e.name);
    const refs = valueReferences(e.value, lex, e.loc, owner, inCluster, `env ${e.name}`);
    out.push(...unreadUnder(withSiblingPort(refs, e.name, env), refs.length > 0 ? unread(e.name) : undefined));
  }
  for (const list of [c.command, c.args]) {
    list.forEach((item, i) => {
      // `["--endpoint", "api.x.io"]`: a flag element names the value in the next one.
      const flag = FLAG.exec(list[i - 1]?.value ?? "");
      const lex = flag && !/\s/.test(item.value) ? plainValue(flag[1] ?? "") : lexShell;
      out.push(...valueReferences(item.value, lex, item.loc, owner, inCluster, list === c.args ? "args" : "command"));
    });
  }
  if (!c.proxyUser) return out;
  const why = `container ${c.name} runs as UID 1337, the sidecar's own user, whose connections Istio does not redirect`;
  return out.map((r) => ({ ...r, bypassesSidecar: true, reason: `${r.reason}; ${why}` }));
}

function configMapReferences(
  cm: ConfigMapData,
  owner: Owner,
  inCluster: InClusterNames,
  unread?: (key: string) => string | undefined,
): HostReference[] {
  const out: HostReference[] = [];
  const data = new Map(cm.entries.map((e) => [e.key, e.value]));
  for (const entry of cm.entries) {
    if (isUnreadProgram(entry.key)) continue;
    const language =
      languageOfText(entry.key, entry.value) ??
      (entry.value.includes("\n") ? guessConfigLanguage(entry.value) : undefined);
    const lex = language ? LEXERS[language] : plainValue(entry.key);
    // A dashboard or an API document under a key is links for people, as the same file in the repository is.
    const document = language === "json" || language === "yaml" ? documentClass(entry.key, entry.value) : undefined;
    const refs = valueReferences(entry.value, lex, entry.loc, owner, inCluster, `ConfigMap ${cm.name}`, document);
    const why = refs.length > 0 ? unread?.(entry.key) : undefined;
    out.push(...unreadUnder(language ? refs : withSiblingPort(refs, entry.key, data), why));
  }
  return out;
}

/** A bare host whose port another variable gives (`DB_HOST` beside `DB_PORT`) takes that port. */
function withSiblingPort(refs: HostReference[], name: string, values: ReadonlyMap<string, string>): HostReference[] {
  const port = siblingPort(name, values);
  if (port === undefined) return refs;
  return refs.map((r) =>
    r.port === 0 && r.scheme === "" ? { ...r, port, reason: `${r.reason}, port from the sibling variable` } : r,
  );
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
  what: string,
  document?: Placement["whole"],
): HostReference[] {
  const multiLine = value.includes("\n");
  const placement: Placement = {
    file: loc.file,
    use: "config",
    where: owner.unread
      ? `${what} in namespace ${owner.namespace}, which no workload in the repository reads`
      : `${what} of ${owner.namespace}/${owner.workload}`,
    place: (line) => ({ line: multiLine ? loc.line + line : Math.max(1, loc.line), column: 0 }),
    ...(owner.servedAt
      ? {
          whole: {
            class: "browser" as const,
            reason: `a file ${owner.namespace}/${owner.workload} serves to browsers from ${owner.servedAt}: the browser makes this call`,
          },
        }
      : document
        ? { whole: document }
        : {}),
    namespace: owner.namespace,
    ...(owner.workload !== undefined ? { workload: owner.workload } : {}),
    ...(owner.unread ? { unread: true } : {}),
  };
  return externalReferences(extract(value, lex), placement, inCluster);
}

/** Data keys without an extension: a script, JSON, properties or YAML, judged from the first lines. */
export function guessConfigLanguage(text: string): Language {
  const start = text.trimStart();
  if (start.startsWith("#!")) return "shell";
  if (start.startsWith("{") || start.startsWith("[")) return "json";
  if (looksLikeNginx(text)) return "nginx";
  let equals = 0;
  let colons = 0;
  for (const line of text.split("\n", 50)) {
    const t = line.length > 2000 ? "" : line.trimStart();
    if (/^[\w.-]+\s*=/.test(t)) equals++;
    else if (/^(- +)?[\w.-]+:(\s|$)/.test(t)) colons++;
  }
  return equals > colons ? "properties" : "yaml";
}
