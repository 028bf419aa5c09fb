// Which workloads run the code a reference was found in: visibility and policy are per calling workload.
import type { Allowlist } from "../allowlist/types.js";
import { cmp } from "../findings.js";
import { injectionPolicyOf, namespaceInjected, type InjectionPolicy } from "../model/kube-objects.js";
import { type Reachability, reachability } from "../model/reachability.js";
import type { EgressModel, Namespace } from "../model/types.js";
import type { HostReference } from "../scan/types.js";
import { addTo } from "../group.js";
import { matchesAny } from "../glob.js";
import { placementsCarrying } from "../provenance/index.js";
import type { CodePlacement } from "../provenance/types.js";

export interface Caller {
  namespace: string;
  /** Undefined for a namespace-level caller (a ConfigMap value) and for the mesh-wide caller. */
  workload?: string;
  /** Nobody could place the code: judge it by what every namespace sees under the mesh policy. */
  meshWide: boolean;
  /** False when the pod runs without a sidecar: its egress never meets the outbound policy. */
  injected: boolean;
  how: "manifest" | "allowlist" | "image" | "folder" | "mesh-wide";
  /** Placed by an image whose final stage only serves files: the code runs in browsers, not in this pod. */
  servedToBrowsers?: boolean;
}

export const MESH_WIDE_CALLER: Caller = { namespace: "", meshWide: true, injected: true, how: "mesh-wide" };

/** Workloads by name and by namespace/name, and answers per file, for each model (never mutated once built). */
interface CallerIndex {
  byName: Map<string, EgressModel["workloads"]>;
  byId: Map<string, EgressModel["workloads"][number]>;
  /** The first Namespace object of each name says whether its pods are injected. */
  namespaces: Map<string, Namespace>;
  /** How a pod the namespace alone decides for is injected (see namespaceInjected). */
  policy: InjectionPolicy;
  /** "namespace/workload" of the workloads provenance placed: a folder named like them is no evidence of more. */
  placedByImage: Set<string>;
  answers: WeakMap<Allowlist | typeof NO_ALLOWLIST, Map<string, Caller[]>>;
  /**
   * One object per distinct caller, and one list per distinct list of them: the answers for thousands of files are a
   * few hundred lists, and what is kept per caller or per list (reachability, descriptions) is then worked out once.
   */
  interned: Map<string, Caller | Caller[]>;
  /** The callers of the files each list of placements carries: the files of a folder share one list (see shipping). */
  byPlacements: WeakMap<readonly CodePlacement[], Caller[]>;
}

const NO_ALLOWLIST = {};
const indexes = new WeakMap<EgressModel, CallerIndex>();

function indexOf(model: EgressModel): CallerIndex {
  let index = indexes.get(model);
  if (index) return index;
  index = {
    byName: new Map(),
    byId: new Map(),
    namespaces: new Map(),
    policy: injectionPolicyOf(model),
    answers: new WeakMap(),
    interned: new Map(),
    byPlacements: new WeakMap(),
    placedByImage: new Set((model.provenance?.placements ?? []).map((p) => `${p.namespace}/${p.workload}`)),
  };
  for (const n of model.namespaces) if (!index.namespaces.has(n.name)) index.namespaces.set(n.name, n);
  for (const w of model.workloads) {
    addTo(index.byName, w.name, w);
    const id = `${w.namespace}/${w.name}`;
    if (!index.byId.has(id)) index.byId.set(id, w);
  }
  indexes.set(model, index);
  return index;
}

/**
 * In order: the namespace/workload a manifest value carries; the allowlist's `workloads:` globs; the workloads whose
 * image ships the file (build provenance); a folder named after a workload provenance did not place (the deepest
 * such folder; every namespace that has a workload of that name); else mesh-wide, which the rules judge only when
 * the `unplaced` setting asks for it.
 * Thousands of references share a few hundred files, so the answer is kept per file. Callers must not mutate it.
 */
export function callersOf(ref: HostReference, model: EgressModel, allowlist?: Allowlist): Caller[] {
  const index = indexOf(model);
  let answers = index.answers.get(allowlist ?? NO_ALLOWLIST);
  if (!answers) index.answers.set(allowlist ?? NO_ALLOWLIST, (answers = new Map()));
  const key =
    ref.namespace !== undefined
      ? `\0${ref.namespace}\0${ref.workload ?? "\0"}${ref.bypassesSidecar ? "\0proxy-user" : ""}`
      : ref.notRunBy
        ? `${ref.file}\0${ref.notRunBy.join("\0")}`
        : ref.file;
  let callers = answers.get(key);
  if (!callers) answers.set(key, (callers = internList(index, placeCallers(ref, model, index, allowlist))));
  return callers;
}

/** Lists `internList` returned: given one again, it returns it at once. */
const internedLists = new WeakSet<Caller[]>();

/** Every field of a Caller: callers with one key are interchangeable, so a field added to Caller belongs here too. */
function callerKey(c: Caller): string {
  const workload = c.workload ?? "\u0001";
  return `${c.how}\0${c.namespace}\0${workload}\0${c.meshWide}\0${c.injected}\0${c.servedToBrowsers === true}`;
}

function internList(index: CallerIndex, callers: Caller[]): Caller[] {
  if (internedLists.has(callers)) return callers;
  const keys = callers.map(callerKey);
  const listKey = `[${keys.join("\n")}`;
  const known = index.interned.get(listKey);
  if (known) return known as Caller[];
  const list = callers.map((c, i) => {
    const same = index.interned.get(keys[i]!);
    if (same) return same as Caller;
    index.interned.set(keys[i]!, c);
    return c;
  });
  index.interned.set(listKey, list);
  internedLists.add(list);
  return list;
}

function placeCallers(ref: HostReference, model: EgressModel, index: CallerIndex, allowlist?: Allowlist): Caller[] {
  if (ref.namespace !== undefined) {
    const caller = placed(index, ref.namespace, ref.workload, "manifest");
    // Its container's connections bypass the sidecar: for them, the pod might as well have none.
    return [ref.bypassesSidecar ? { ...caller, injected: false } : caller];
  }
  const mapped = (allowlist?.workloads ?? []).filter((m) => matchesAny(ref.file, m.paths));
  if (mapped.length) return dedupe(mapped.map((m) => placed(index, m.namespace, m.workload, "allowlist")));
  // A Dockerfile's ENV is the configuration its image runs with: the workloads it builds carry it.
  const carrying = model.provenance ? placementsCarrying(model.provenance, ref.file) : [];
  // A container whose program never loads the file does not run it, though its image ships it.
  const notRunBy = ref.notRunBy;
  const shipping = notRunBy
    ? carrying.filter((p) => !notRunBy.includes(`${p.namespace}/${p.workload}/${p.container}`))
    : carrying;
  if (shipping.length) {
    const known = index.byPlacements.get(shipping);
    if (known) return known;
    const callers = internList(
      index,
      dedupe(
        shipping.map((p) => ({
          ...placed(index, p.namespace, p.workload, "image"),
          ...(p.servesStaticFiles ? { servedToBrowsers: true } : {}),
        })),
      ),
    );
    index.byPlacements.set(shipping, callers);
    return callers;
  }
  // A folder named like a workload is weaker evidence than a build definition: it stands only for workloads whose
  // image the repository does not show how to build.
  const folders = ref.file.split("/").slice(0, -1);
  for (let i = folders.length - 1; i >= 0; i--) {
    const named = (index.byName.get(folders[i]!) ?? []).filter(
      (w) => !index.placedByImage.has(`${w.namespace}/${w.name}`),
    );
    if (named.length) return dedupe(named.map((w) => placed(index, w.namespace, w.name, "folder")));
  }
  return [MESH_WIDE_CALLER];
}

function placed(index: CallerIndex, namespace: string, workload: string | undefined, how: Caller["how"]): Caller {
  const w = workload === undefined ? undefined : index.byId.get(`${namespace}/${workload}`);
  // A workload the manifests do not show runs a sidecar as its namespace says, or as an undeclared one is taken.
  const injected = w ? w.injected : namespaceInjected(namespace, index.namespaces.get(namespace), index.policy);
  return { namespace, ...(workload !== undefined ? { workload } : {}), meshWide: false, injected, how };
}

function dedupe(callers: Caller[]): Caller[] {
  const seen = new Map<string, Caller>();
  for (const c of callers)
    seen.set(`${c.namespace}/${c.workload ?? ""}`, seen.get(`${c.namespace}/${c.workload ?? ""}`) ?? c);
  return [...seen.values()].sort((a, b) => cmp(a.namespace, b.namespace) || cmp(a.workload ?? "", b.workload ?? ""));
}

const described = new WeakMap<readonly Caller[], string[]>();

/** `describeCallerShort` of each caller of a list `callersOf` returned, worked out once per list. */
export function describeCallersShort(callers: readonly Caller[]): string[] {
  let out = described.get(callers);
  if (!out) described.set(callers, (out = callers.map(describeCallerShort)));
  return out;
}

/** `shop/checkout (image)`: who runs the code, and how that was worked out. */
export function describeCallerShort(c: Caller): string {
  if (c.meshWide) return "any workload";
  return `${c.workload === undefined ? c.namespace : `${c.namespace}/${c.workload}`} (${c.how})`;
}

export function describeCaller(c: Caller): string {
  if (c.meshWide) return "any workload (no workload is mapped to this file)";
  return c.workload === undefined ? `namespace ${c.namespace}` : `${c.namespace}/${c.workload}`;
}

/**
 * Answers per model, per caller, per host, port and scheme: thousands of references ask about few of them. Maps in
 * maps, since a key joined from the three would be a new string to build and hash for every question.
 */
const reached = new WeakMap<EgressModel, Map<Caller, Map<string, Map<number, Map<string, Reachability>>>>>();

/**
 * `reachability` for the callers `callersOf` returns and a reference's host, port and scheme. Kept per caller object,
 * which a file's references share. Callers must not mutate the answer.
 */
export function callerReach(
  model: EgressModel,
): (caller: Caller, ref: Pick<HostReference, "host" | "port" | "scheme">) => Reachability {
  let byCaller = reached.get(model);
  if (!byCaller) reached.set(model, (byCaller = new Map()));
  const known = byCaller;
  return (caller, ref) => {
    let byHost = known.get(caller);
    if (!byHost) known.set(caller, (byHost = new Map()));
    let byPort = byHost.get(ref.host);
    if (!byPort) byHost.set(ref.host, (byPort = new Map()));
    let answers = byPort.get(ref.port);
    if (!answers) byPort.set(ref.port, (answers = new Map()));
    let answer = answers.get(ref.scheme);
    if (!answer) {
      answer = reachability(model, {
        namespace: caller.namespace,
        workload: caller.workload,
        meshWide: caller.meshWide,
        host: ref.host,
        port: ref.port,
        scheme: ref.scheme,
      });
      answers.set(ref.scheme, answer);
    }
    return answer;
  };
}
