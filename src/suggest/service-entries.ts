// ServiceEntries for hosts nothing registers: ports and protocols from how the code calls them, exported to the callers.
import { getDomain } from "tldts";
import { approvedEverywhere, entryApproves } from "../allowlist/match.js";
import type { Allowlist } from "../allowlist/types.js";
import { cmp } from "../findings.js";
import { parseIp } from "../model/reachability.js";
import type { EgressModel } from "../model/types.js";
import { suggestedPort, suggestedSpec, type SuggestedPort } from "../rules/service-entry-suggestion.js";
import type { Caller } from "../rules/callers.js";
import { placeFor, type Placement } from "./placement.js";
import type { ServiceEntryToAdd } from "./types.js";
import { referencesOf, type ReportedVerdict } from "./verdicts.js";
import { commentBlock, yamlDocument } from "./yaml.js";
import { addTo, groupBy } from "../group.js";

export interface ServiceEntryPlan {
  suggestion: Omit<ServiceEntryToAdd, "yaml" | "status">;
  verdicts: ReportedVerdict[];
}

interface HostPlan {
  host: string;
  ports: SuggestedPort[];
  placement: Placement;
  /** Set for a host called only without a port: the port is a guess. */
  guessedPort: boolean;
  verdicts: ReportedVerdict[];
}

/** Which listener a client needs, strongest first: plain HTTP needs an HTTP port; TLS and TCP take the rest. */
const PROTOCOL_STRENGTH: Record<SuggestedPort["protocol"], number> = { HTTP: 3, HTTPS: 2, TLS: 2, TCP: 1 };

/** Per number, the port the most demanding client needs; a port-less reference is served by any of them. */
function portsFor(verdicts: readonly ReportedVerdict[]): { ports: SuggestedPort[]; guessed: boolean } {
  const byNumber = new Map<number, SuggestedPort>();
  const known = verdicts.filter((v) => v.ref.port !== 0 || v.ref.scheme !== "");
  for (const v of known.length ? known : verdicts) {
    const p = suggestedPort(v.ref.scheme, v.ref.port);
    const had = byNumber.get(p.number);
    if (!had || PROTOCOL_STRENGTH[p.protocol] > PROTOCOL_STRENGTH[had.protocol]) byNumber.set(p.number, p);
  }
  return { ports: [...byNumber.values()].sort((a, b) => a.number - b.number), guessed: known.length === 0 };
}

function planHosts(verdicts: readonly ReportedVerdict[], model: EgressModel, namespace?: string): HostPlan[] {
  const byHost = groupBy(verdicts, (v) => v.ref.host);
  return [...byHost.entries()]
    .sort(([a], [b]) => cmp(a, b))
    .map(([host, vs]) => {
      const { ports, guessed } = portsFor(vs);
      return {
        host,
        ports,
        placement: placeFor(
          vs.map((v) => v.caller),
          model.mesh.rootNamespace,
          namespace,
        ),
        guessedPort: guessed,
        verdicts: vs,
      };
    });
}

/**
 * Hosts under one registrable domain with the same ports and placement share an entry. Only ports routed by name
 * (HTTP Host, TLS SNI) are shared: an address-less TCP port serves one destination, so TCP hosts stay alone.
 */
function groupKey(plan: HostPlan): string | undefined {
  if (parseIp(plan.host) || plan.ports.some((p) => p.protocol === "TCP")) return undefined;
  const domain = getDomain(plan.host.replace(/^\*\./, ""), { allowPrivateDomains: true });
  if (!domain) return undefined;
  return JSON.stringify([domain, plan.ports, plan.placement, plan.host.startsWith("*.")]);
}

/** Kubernetes names: lower-case alphanumerics and dashes, at most 63 characters. */
function resourceName(base: string): string {
  const name = base
    .toLowerCase()
    .replace(/^\*\./, "wildcard.")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return name.slice(0, 63).replace(/-+$/, "") || "egress";
}

/** An IP needs a name in hosts; `.internal` is reserved for private use, so the name cannot resolve to anything else. */
export function nameForIp(ip: string): string {
  return `ip-${ip.replace(/[^0-9a-fA-F]+/g, "-").toLowerCase()}.internal`;
}

function notesFor(
  group: readonly HostPlan[],
  spec: { hosts: string[]; ports: SuggestedPort[] },
  allowlist?: Allowlist,
): string[] {
  const notes: string[] = [];
  const first = group[0]!;
  if (parseIp(first.host))
    notes.push(
      `${first.host} is an IP, so it is in addresses; hosts only names the entry: rename it to say what the address is.`,
    );
  if (first.host.startsWith("*."))
    notes.push(
      "A wildcard cannot be resolved, so resolution is NONE: the sidecar passes each connection on to the address the client resolved.",
    );
  for (const p of spec.ports.filter((x) => x.protocol === "TCP")) {
    notes.push(
      `TCP carries no host name, so sidecars tell port ${p.number} apart by destination address only: without addresses this entry takes every connection on port ${p.number} from the namespaces it is exported to. If anything else there uses port ${p.number}, list ${spec.hosts[0]}'s IP ranges under addresses.`,
    );
  }
  for (const h of group.filter((x) => x.guessedPort))
    notes.push(
      `The code does not say which port ${h.host} is called on: ${h.ports.map((p) => `${p.number}/${p.protocol}`).join(", ")} is a guess; use the port the client connects to.`,
    );
  if (allowlist) {
    const callers = group.flatMap((h) => h.verdicts.map((v) => v.caller));
    for (const h of group) {
      const ports = h.ports
        .filter((p) => !callers.every((c) => approvesCall(allowlist, h.host, p.number, c)))
        .map((p) => p.number);
      if (ports.length === 0) continue;
      const what = allowlist.hosts.some((e) => entryApproves(e, h.host, undefined))
        ? `${h.host} on port ${ports.join(", ")} for these callers`
        : h.host;
      notes.push(
        `${allowlist.file} does not approve ${what}: approve it there (with a reason and an owner), or unapproved-egress reports this entry.`,
      );
    }
  }
  return notes;
}

/** What unapproved-egress will ask of the entry: code that may run anywhere needs an approval for every namespace. */
function approvesCall(allowlist: Allowlist, host: string, port: number, caller: Caller): boolean {
  return caller.meshWide
    ? approvedEverywhere(allowlist.hosts, host, port)
    : allowlist.hosts.some((e) => entryApproves(e, host, port, caller.namespace));
}

export function targetOf(v: ReportedVerdict): string {
  return v.ref.port === 0 ? v.ref.host : `${v.ref.host}:${v.ref.port}`;
}

/** The entries to add for the unregistered-host and wildcard-apex verdicts, named uniquely within their namespace. */
export function planServiceEntries(
  verdicts: readonly ReportedVerdict[],
  model: EgressModel,
  options: { namespace?: string; allowlist?: Allowlist },
): ServiceEntryPlan[] {
  const hosts = planHosts(
    verdicts.filter((v) => v.rule === "unregistered-host" || v.rule === "wildcard-apex"),
    model,
    options.namespace,
  );
  const groups = new Map<string, HostPlan[]>();
  hosts.forEach((h, i) => {
    addTo(groups, groupKey(h) ?? `#${i}`, h);
  });
  const taken = new Set(model.serviceEntries.map((se) => `${se.namespace}/${se.name}`));
  const plans: ServiceEntryPlan[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const base = suggestedSpec({ host: first.host, port: 0, scheme: "" }, nameForIp);
    const spec = {
      ...base,
      hosts: parseIp(first.host) ? base.hosts : group.map((h) => h.host),
      ports: first.ports,
      exportTo: first.placement.exportTo,
    };
    const domain = group.length > 1 ? getDomain(first.host, { allowPrivateDomains: true }) : undefined;
    const name = uniqueName(
      resourceName(domain ?? (parseIp(first.host) ? `ip-${first.host}` : first.host)),
      first.placement.namespace,
      spec.ports,
      taken,
    );
    const all = group.flatMap((h) => h.verdicts);
    plans.push({
      suggestion: {
        kind: "ServiceEntry",
        namespace: first.placement.namespace,
        name,
        spec,
        targets: [...new Set(all.map(targetOf))].sort(cmp),
        references: referencesOf(all),
        notes: notesFor(group, spec, options.allowlist),
      },
      verdicts: all,
    });
  }
  return plans.sort(
    (a, b) => cmp(a.suggestion.namespace, b.suggestion.namespace) || cmp(a.suggestion.name, b.suggestion.name),
  );
}

function uniqueName(base: string, namespace: string, ports: readonly SuggestedPort[], taken: Set<string>): string {
  const candidates = [
    base,
    `${base}-${ports.map((p) => p.number).join("-")}`.slice(0, 63),
    ...Array.from({ length: 98 }, (_, i) => `${base.slice(0, 60)}-${i + 2}`),
  ];
  const name = candidates.find((c) => !taken.has(`${namespace}/${c}`)) ?? `${base.slice(0, 50)}-${taken.size}`;
  taken.add(`${namespace}/${name}`);
  return name;
}

export function serviceEntryYaml(s: Omit<ServiceEntryToAdd, "yaml" | "status">, callers: string): string {
  const heading = `${s.targets.join(", ")}: no ServiceEntry registers ${s.targets.length === 1 ? "it" : "them"} for ${callers}.`;
  const spec = {
    hosts: s.spec.hosts,
    ...(s.spec.addresses ? { addresses: s.spec.addresses } : {}),
    exportTo: s.spec.exportTo,
    location: s.spec.location,
    resolution: s.spec.resolution,
    ports: s.spec.ports.map((p) => ({ number: p.number, name: p.name, protocol: p.protocol })),
  };
  const value = {
    apiVersion: "networking.istio.io/v1",
    kind: "ServiceEntry",
    metadata: { name: s.name, namespace: s.namespace },
    spec,
  };
  return yamlDocument(value, commentBlock(heading, s.references, s.notes));
}
