// The one list of rule names and codes. Codes are stable and never reused: add new rules at the end of a block.
import type { Severity } from "../findings.js";

export interface RuleMeta {
  /** What users type to suppress the rule. */
  name: string;
  /** EGR + three digits. */
  code: string;
  severity: Severity;
  description: string;
  /**
   * Who produces the finding: "loader" rules are input problems reported while files are read and parsed; "rules"
   * are the checks in ALL_RULES (src/rules/registry.ts).
   */
  source: "loader" | "rules";
}

export const RULES = [
  // Input that could not be read as the cluster will read it.
  {
    name: "invalid-yaml",
    code: "EGR001",
    severity: "error",
    description: "A manifest is not valid YAML or JSON; nothing in that document is checked.",
    source: "loader",
  },
  {
    name: "invalid-resource",
    code: "EGR002",
    severity: "error",
    description: "An Istio resource violates its schema; the API server or istiod would reject it.",
    source: "loader",
  },
  {
    name: "unreadable-file",
    code: "EGR003",
    severity: "warning",
    description: "A file was skipped: too large, binary, or a link that leaves the repository.",
    source: "loader",
  },
  {
    name: "render-fallback",
    code: "EGR004",
    severity: "info",
    description: "A Kustomize or Helm tree could not be rendered as deployed and was read another way.",
    source: "loader",
  },
  // The mesh policy.
  {
    name: "invalid-outbound-policy",
    code: "EGR010",
    severity: "error",
    description: "An outbound traffic policy mode Istio does not accept, or a Sidecar policy without a mode.",
    source: "rules",
  },
  // Reachability of the hosts the code calls.
  {
    name: "unregistered-host",
    code: "EGR020",
    severity: "error",
    description: "The code calls an external host that no ServiceEntry visible to the workload registers.",
    source: "rules",
  },
  {
    name: "port-not-registered",
    code: "EGR021",
    severity: "error",
    description: "The host is registered, but not on the port or protocol the code uses.",
    source: "rules",
  },
  {
    name: "not-exported",
    code: "EGR022",
    severity: "error",
    description: "A ServiceEntry registers the host, but its exportTo hides it from the caller's namespace.",
    source: "rules",
  },
  {
    name: "hidden-by-sidecar",
    code: "EGR023",
    severity: "error",
    description: "A ServiceEntry registers the host, but the caller's Sidecar egress hosts do not import it.",
    source: "rules",
  },
  {
    name: "wildcard-apex",
    code: "EGR024",
    severity: "error",
    description: "The code calls example.org and only *.example.org is registered; a wildcard does not cover its apex.",
    source: "rules",
  },
  // The allowlist file against the registrations.
  {
    name: "allowlist-unregistered",
    code: "EGR030",
    severity: "error",
    description:
      "An allowlisted host (or one of its approved ports) has no ServiceEntry, so the approved egress is blocked; a call the code makes to it is reported once, as unregistered-host.",
    source: "rules",
  },
  {
    name: "unapproved-egress",
    code: "EGR031",
    severity: "error",
    description: "A ServiceEntry registers an external host the allowlist does not approve.",
    source: "rules",
  },
  {
    name: "stale-allowlist-entry",
    code: "EGR032",
    severity: "info",
    description: "An allowlist entry is neither registered nor referenced by any code.",
    source: "rules",
  },
  // ServiceEntries that do not do what their authors think.
  {
    name: "http-on-tls-port",
    code: "EGR040",
    severity: "error",
    description: "HTTP declared on a TLS port without TLS origination breaks every HTTPS host on that port.",
    source: "rules",
  },
  {
    name: "tcp-on-443",
    code: "EGR041",
    severity: "warning",
    description:
      "A TCP or undeclared-protocol ServiceEntry port 443 (or another TLS port) without addresses captures all traffic to that port.",
    source: "rules",
  },
  {
    name: "wildcard-needs-resolution-none",
    code: "EGR042",
    severity: "error",
    description:
      "A wildcard host with DNS resolution and no endpoints; Istio rejects it because a wildcard cannot be resolved.",
    source: "rules",
  },
  {
    name: "tcp-port-shared-without-addresses",
    code: "EGR043",
    severity: "warning",
    description: "Two TCP ServiceEntries without addresses share a port; only one of them wins.",
    source: "rules",
  },
  {
    name: "conflicting-service-entries",
    code: "EGR044",
    severity: "warning",
    description: "The same host and port are registered twice with different protocol or resolution.",
    source: "rules",
  },
  {
    name: "ip-in-hosts",
    code: "EGR045",
    severity: "error",
    description: "An IP address or CIDR in hosts; it belongs in addresses.",
    source: "rules",
  },
  {
    name: "double-tls",
    code: "EGR046",
    severity: "error",
    description:
      "A TLS or HTTPS ServiceEntry port with a DestinationRule that originates TLS: the app's TLS is wrapped in TLS again.",
    source: "rules",
  },
  {
    name: "full-wildcard-host",
    code: "EGR047",
    severity: "error",
    description: 'A ServiceEntry host of "*"; Istio rejects it, so nothing in the entry is applied.',
    source: "rules",
  },
  {
    name: "config-order-assumed",
    code: "EGR048",
    severity: "info",
    description:
      "Two VirtualServices route one host for the same sidecars; which is older decides, and the manifests do not say.",
    source: "rules",
  },
  {
    name: "injection-not-shown",
    code: "EGR049",
    severity: "info",
    description:
      "Nothing in the repository enables sidecar injection, so the workloads of a namespace it does not declare are taken as running without a sidecar, and their calls are not judged.",
    source: "rules",
  },
  {
    name: "unserved-workload",
    code: "EGR050",
    severity: "warning",
    description:
      "A workload is written under an apiVersion Kubernetes does not serve for its kind (extensions/v1beta1 for a Deployment, apps/v1 for a CronJob); it is not modelled, and its calls are not judged.",
    source: "loader",
  },
] as const satisfies readonly RuleMeta[];

export type RuleName = (typeof RULES)[number]["name"];

const BY_NAME = new Map<string, RuleMeta>(RULES.map((r) => [r.name, r]));

/** The rules whose finding is a call the sidecar refuses (or would, under REGISTRY_ONLY). */
export const REFUSED_CALL_RULES: ReadonlySet<string> = new Set<RuleName>([
  "unregistered-host",
  "port-not-registered",
  "not-exported",
  "hidden-by-sidecar",
  "wildcard-apex",
]);

export function ruleMeta(name: RuleName): RuleMeta {
  return BY_NAME.get(name)!;
}

/** Rules whose findings come from the checks in ALL_RULES, not from reading the input. */
export function isCheckedRule(meta: RuleMeta): boolean {
  return meta.source === "rules";
}

export function isRuleName(name: string): name is RuleName {
  return BY_NAME.has(name);
}
