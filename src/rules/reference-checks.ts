// One reachability verdict per (reference, calling workload), shared by the five rules that report them.
import type { Finding } from "../findings.js";
import type { Reachability } from "../model/reachability.js";
import type { HostReference } from "../scan/types.js";
import { callerReach, callersOf, describeCaller, type Caller } from "./callers.js";
import type { RuleName } from "./catalog.js";
import { finding, ignores, seName, severityForMode } from "./emit.js";
import type { Allowlist } from "../allowlist/types.js";
import type { EgressModel } from "../model/types.js";
import type { Rule, RuleContext } from "./types.js";

export interface ReferenceVerdict {
  ref: HostReference;
  caller: Caller;
  reach: Reachability;
}

/**
 * Verdicts per list of references, for each model and allowlist (callers depend on both): the reachability rules, the
 * egress picture and the suggestions all ask about the same list. A list of other references is judged afresh, from
 * the callers and the reachability answers, which are kept per file and per host.
 */
const NO_ALLOWLIST = {};

type VerdictCache = WeakMap<readonly HostReference[], ReferenceVerdict[]>;

const verdicts = new WeakMap<EgressModel, WeakMap<Allowlist | typeof NO_ALLOWLIST, VerdictCache>>();

function verdictCache(model: EgressModel, allowlist: Allowlist | undefined): VerdictCache {
  let byAllowlist = verdicts.get(model);
  if (!byAllowlist) verdicts.set(model, (byAllowlist = new WeakMap()));
  let cache = byAllowlist.get(allowlist ?? NO_ALLOWLIST);
  if (!cache) byAllowlist.set(allowlist ?? NO_ALLOWLIST, (cache = new WeakMap()));
  return cache;
}

/** Pods without a sidecar never meet the outbound policy (failure mode 15), so they get no verdict. Not to be mutated. */
export function evaluateReferences(ctx: RuleContext): readonly ReferenceVerdict[] {
  const byList = verdictCache(ctx.model, ctx.allowlist);
  const known = byList.get(ctx.references);
  if (known) return known;
  const out: ReferenceVerdict[] = [];
  const reach = callerReach(ctx.model);
  for (const ref of ctx.references)
    for (const caller of callersOf(ref, ctx.model, ctx.allowlist))
      if (caller.injected) out.push({ ref, caller, reach: reach(caller, ref) });
  byList.set(ctx.references, out);
  return out;
}

/** An annotation on the object the verdict blames (every matching ServiceEntry, or the Sidecar) also silences it. */
function blamedObjectsIgnore(v: ReferenceVerdict, rule: RuleName): boolean {
  if (rule === "hidden-by-sidecar") return ignores(v.reach.sidecar?.ignoredRules, rule);
  const entries = v.reach.registrations.flatMap((r) => (r.kind === "ServiceEntry" ? [r.entry] : []));
  return (
    entries.length > 0 &&
    entries.length === v.reach.registrations.length &&
    entries.every((se) => ignores(se.ignoredRules, rule))
  );
}

/** What is wrong, and the fix; the rule adds what the client sees in between. */
export interface Explanation {
  what: string;
  fix: string;
}

export function reachabilityRule(
  name: RuleName,
  verdict: Reachability["verdict"],
  explain: (v: ReferenceVerdict) => Explanation,
): Rule {
  return {
    name,
    check(ctx: RuleContext): Finding[] {
      return evaluateReferences(ctx)
        .filter(
          (v) => v.reach.verdict === verdict && !ignores(v.ref.ignoredRules, name) && !blamedObjectsIgnore(v, name),
        )
        .map((v) => {
          const { what, fix } = explain(v);
          return finding(name, {
            severity: severityForMode(v.reach.mode),
            message: `${what} ${consequence(v)} ${fix}`,
            ...verdictFields(v),
          });
        });
    },
  };
}

/** Where a verdict's finding is and what it is about; suggestions find a verdict's finding by these fields. */
export function verdictFields(
  v: ReferenceVerdict,
): Pick<Finding, "file" | "line" | "column" | "host" | "port" | "namespace" | "workload"> {
  return {
    file: v.ref.file,
    line: v.ref.line,
    // Manifest values have no column (0): leave it out rather than print a column that does not exist.
    column: v.ref.column > 0 ? v.ref.column : undefined,
    host: v.ref.host,
    port: v.ref.port === 0 ? undefined : v.ref.port,
    namespace: v.caller.meshWide ? undefined : v.caller.namespace,
    workload: v.caller.workload,
  };
}

export function target(v: ReferenceVerdict): string {
  return v.ref.port === 0 ? v.ref.host : `${v.ref.host}:${v.ref.port}`;
}

export function who(v: ReferenceVerdict): string {
  return describeCaller(v.caller);
}

/** What the client sees when the sidecar refuses the call (route model §4.4). */
function onTheWire(v: ReferenceVerdict): string {
  const r = v.reach;
  if (r.clientSees === "502") return "the sidecar answers HTTP 502 from its block_all route";
  if (r.clientSees === "captured" && r.capturedBy) {
    const se = r.capturedBy;
    const dest =
      se.resolution === "NONE"
        ? "passes it through to whatever address the code dialled, unchecked"
        : `sends it to ${se.hosts[0] ?? "its host"} instead`;
    return `ServiceEntry ${seName(se)} has a TCP port ${v.ref.port} without addresses, which captures every connection on that port and ${dest}`;
  }
  return "the sidecar resets the connection (BlackHoleCluster)";
}

function consequence(v: ReferenceVerdict): string {
  const policy =
    v.reach.modeSource === "sidecar" && v.reach.sidecar ? `Sidecar ${seName(v.reach.sidecar)}` : "the mesh";
  if (v.reach.mode === "REGISTRY_ONLY") return `Under REGISTRY_ONLY (set by ${policy}) ${onTheWire(v)}.`;
  return `Allowed today because ${policy} runs ${v.reach.mode}; would be blocked under REGISTRY_ONLY: ${onTheWire(v)}.`;
}
