// Every rule that checks the model, and the one entry point that runs them with all suppression applied.
import { normalizeFindings, type Finding } from "../findings.js";
import { allowlistUnregistered } from "./allowlist-unregistered.js";
import { configOrderAssumed } from "./config-order-assumed.js";
import { conflictingServiceEntries } from "./conflicting-service-entries.js";
import { doubleTls } from "./double-tls.js";
import { fullWildcardHost } from "./full-wildcard-host.js";
import { hiddenBySidecar } from "./hidden-by-sidecar.js";
import { httpOnTlsPort } from "./http-on-tls-port.js";
import { invalidOutboundPolicy } from "./invalid-outbound-policy.js";
import { injectionNotShown } from "./injection-not-shown.js";
import { ipInHosts } from "./ip-in-hosts.js";
import { notExported } from "./not-exported.js";
import { portNotRegistered } from "./port-not-registered.js";
import { staleAllowlistEntry } from "./stale-allowlist-entry.js";
import { oneRowPerCause } from "./one-cause.js";
import { findingKept, keptReferences } from "./suppression.js";
import { tcpOn443 } from "./tcp-on-443.js";
import { tcpPortSharedWithoutAddresses } from "./tcp-port-shared-without-addresses.js";
import type { Rule, RuleContext } from "./types.js";
import { unapprovedEgress } from "./unapproved-egress.js";
import { unregisteredHost } from "./unregistered-host.js";
import { wildcardApex } from "./wildcard-apex.js";
import { wildcardNeedsResolutionNone } from "./wildcard-needs-resolution-none.js";

/** In catalog order. The loader's input problems (invalid-yaml, ...) are not here: they are found while reading. */
export const ALL_RULES: readonly Rule[] = [
  invalidOutboundPolicy,
  unregisteredHost,
  portNotRegistered,
  notExported,
  hiddenBySidecar,
  wildcardApex,
  allowlistUnregistered,
  unapprovedEgress,
  staleAllowlistEntry,
  httpOnTlsPort,
  tcpOn443,
  wildcardNeedsResolutionNone,
  tcpPortSharedWithoutAddresses,
  conflictingServiceEntries,
  ipInHosts,
  doubleTls,
  fullWildcardHost,
  configOrderAssumed,
  injectionNotShown,
];

/**
 * Runs the rules and applies suppression: the allowlist's `ignore` (rules, hosts, paths) here; the inline
 * `egress-lint-ignore` comments and `egress-lint/ignore` annotations inside each rule, which knows what it blames.
 * Findings come back sorted and deduplicated.
 */
export function runRules(ctx: RuleContext, rules: readonly Rule[] = ALL_RULES): Finding[] {
  const allowlist = ctx.allowlist;
  const scoped: RuleContext = { ...ctx, references: keptReferences(allowlist, ctx.references) };
  const active = rules.filter((r) => !allowlist?.ignore.rules.includes(r.name));
  const found = active.flatMap((r) => r.check(scoped)).filter((f) => findingKept(allowlist, f));
  return normalizeFindings(oneRowPerCause(found));
}
