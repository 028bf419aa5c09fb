// EGR042: a wildcard host cannot be resolved by DNS (failure modes 5, 25).
import { seName } from "./emit.js";
import { hostRule } from "./service-entry-host-rule.js";

/**
 * Istio's validation requires every host to be an FQDN when resolution is DNS or DNS_ROUND_ROBIN and there are no
 * endpoints ("hosts must be FQDN if no endpoints are provided"). With endpoints, DNS resolves the endpoints, not the
 * wildcard, and the entry is valid (the egress-gateway pattern), so that case is left alone.
 */
export const wildcardNeedsResolutionNone = hostRule("wildcard-needs-resolution-none", (se, host) =>
  host.startsWith("*.") && (se.resolution === "DNS" || se.resolution === "DNS_ROUND_ROBIN") && se.endpoints.length === 0
    ? `ServiceEntry ${seName(se)} has the wildcard host ${host} with resolution ${se.resolution} and no endpoints; Istio rejects it because a wildcard cannot be resolved. Use resolution NONE (or DYNAMIC_DNS on 1.28+), or list endpoints.`
    : undefined,
);
