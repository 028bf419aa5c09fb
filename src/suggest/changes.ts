// Hosts that are registered but out of the caller's sight: the exportTo or Sidecar change, not a second ServiceEntry.
import { cmp } from "../findings.js";
import type { Registration } from "../model/reachability.js";
import type { EgressModel, SidecarResource } from "../model/types.js";
import { isExportedTo } from "../model/visibility.js";
import { exportList } from "./placement.js";
import type { ExportToChange, SidecarChange } from "./types.js";
import { referencesOf, type ReportedVerdict } from "./verdicts.js";
import { targetOf } from "./service-entries.js";
import { commentBlock, yamlDocument } from "./yaml.js";
import { groupBy } from "../group.js";

export interface ChangePlan<T> {
  suggestion: Omit<T, "yaml" | "status">;
  verdicts: ReportedVerdict[];
}

function orderOf(r: Registration): number {
  return r.kind === "ServiceEntry" ? r.entry.order : r.service.order;
}

/** The registration to change: the oldest of those that would serve the call, which is the one Istio would pick. */
function chosen(v: ReportedVerdict): Registration | undefined {
  return [...v.reach.registrations].sort((a, b) => orderOf(a) - orderOf(b))[0];
}

function sortedGroups<T>(items: readonly T[], key: (t: T) => string | undefined): Map<string, T[]> {
  return new Map([...groupBy(items, key).entries()].sort(([a], [b]) => cmp(a, b)));
}

const registrationKey = (r: Registration) =>
  `${r.kind} ${r.namespace}/${r.kind === "ServiceEntry" ? r.entry.name : r.service.name}`;

/** exportTo gains the calling namespaces; a caller no workload is mapped to needs `*`. `~` (nobody) is dropped. */
export function planExportToChanges(
  verdicts: readonly ReportedVerdict[],
  model: EgressModel,
): ChangePlan<ExportToChange>[] {
  const groups = sortedGroups(
    verdicts.filter((v) => v.rule === "not-exported"),
    (v) => {
      const r = chosen(v);
      return r && registrationKey(r);
    },
  );
  return [...groups.values()].map((vs) => {
    const r = chosen(vs[0]!)!;
    const current = (r.kind === "ServiceEntry" ? r.entry.exportTo : r.service.exportTo) ?? [];
    const inForce = current.length ? current : model.mesh.defaultServiceExportTo;
    const kept = inForce.filter((x) => x !== "~");
    const missing = [
      ...new Set(
        vs
          .filter((v) => !isExportedTo(kept, [], r.namespace, v.caller.namespace) || v.caller.meshWide)
          .map((v) => (v.caller.meshWide ? "*" : v.caller.namespace)),
      ),
    ];
    const exportTo = missing.includes("*") ? ["*"] : dedupe([...kept, ...exportList(missing, r.namespace)]);
    const loc = r.kind === "ServiceEntry" ? r.entry.loc : r.service.loc;
    const name = r.kind === "ServiceEntry" ? r.entry.name : r.service.name;
    return {
      suggestion: {
        kind: "exportTo",
        target: { kind: r.kind, namespace: r.namespace, name, file: loc.file, line: loc.line },
        exportTo,
        added: missing.sort(cmp),
        targets: [...new Set(vs.map(targetOf))].sort(cmp),
        references: referencesOf(vs),
        notes: [],
      },
      verdicts: vs,
    };
  });
}

function dedupe(list: readonly string[]): string[] {
  return [...new Set(list)];
}

export function exportToYaml(s: Omit<ExportToChange, "yaml" | "status">, callers: string): string {
  const t = s.target;
  const heading = `${t.kind} ${t.namespace}/${t.name} (${t.file}:${t.line}) registers ${s.targets.join(", ")} but is not exported to ${s.added.includes("*") ? "every namespace" : s.added.join(", ")}, so ${callers} cannot call it.`;
  const change =
    t.kind === "ServiceEntry"
      ? "Change its spec.exportTo to:"
      : "Change its networking.istio.io/exportTo annotation to:";
  const value =
    t.kind === "ServiceEntry"
      ? { spec: { exportTo: s.exportTo } }
      : { metadata: { annotations: { "networking.istio.io/exportTo": s.exportTo.join(",") } } };
  return yamlDocument(value, commentBlock(heading, s.references, s.notes, [change]));
}

/** Which egress listener decides the import for this port (the same choice the reachability model makes). */
function listenerFor(sidecar: SidecarResource, port: number): number {
  const claimed = sidecar.egress.findIndex((l) => port !== 0 && l.port?.number === port);
  if (claimed !== -1) return claimed;
  const portless = sidecar.egress.findIndex((l) => l.port === undefined);
  if (portless !== -1) return portless;
  return port === 0 && sidecar.egress.length ? 0 : sidecar.egress.length;
}

/** The Sidecar's egress listener imports `namespace/host` of the entry that would serve the call. */
export function planSidecarChanges(verdicts: readonly ReportedVerdict[]): ChangePlan<SidecarChange>[] {
  const hidden = verdicts.filter((v) => v.rule === "hidden-by-sidecar" && v.reach.sidecar);
  const groups = sortedGroups(
    hidden,
    (v) => `${v.reach.sidecar!.namespace}/${v.reach.sidecar!.name}\n${listenerFor(v.reach.sidecar!, v.ref.port)}`,
  );
  return [...groups.values()].map((vs) => {
    const sidecar = vs[0]!.reach.sidecar!;
    const listener = listenerFor(sidecar, vs[0]!.ref.port);
    const current = sidecar.egress[listener]?.hosts ?? [];
    const added = [...new Set(vs.flatMap((v) => (chosen(v) ? [`${chosen(v)!.namespace}/${chosen(v)!.host}`] : [])))]
      .filter((h) => !current.includes(h))
      .sort(cmp);
    return {
      suggestion: {
        kind: "Sidecar",
        target: { namespace: sidecar.namespace, name: sidecar.name, file: sidecar.loc.file, line: sidecar.loc.line },
        listener,
        hosts: [...current, ...added],
        added,
        targets: [...new Set(vs.map(targetOf))].sort(cmp),
        references: referencesOf(vs),
        notes: [],
      },
      verdicts: vs,
    };
  });
}

export function sidecarYaml(
  s: Omit<SidecarChange, "yaml" | "status">,
  sidecar: SidecarResource | undefined,
  callers: string,
): string {
  const t = s.target;
  const heading = `Sidecar ${t.namespace}/${t.name} (${t.file}:${t.line}) does not import ${s.added.join(", ")}, so ${callers} cannot call ${s.targets.join(", ")}.`;
  const existing = sidecar?.egress[s.listener];
  const port = existing?.port
    ? {
        port: {
          number: existing.port.number,
          protocol: existing.port.protocol,
          ...(existing.port.name ? { name: existing.port.name } : {}),
        },
      }
    : {};
  const where = existing
    ? `spec.egress[${s.listener}]${existing.port ? ` (port ${existing.port.number})` : ""}`
    : "spec.egress";
  const change = existing ? `Change the hosts of ${where} to:` : `Add this listener to ${where}:`;
  return yamlDocument(
    { spec: { egress: [{ ...port, hosts: s.hosts }] } },
    commentBlock(heading, s.references, s.notes, [change]),
  );
}
