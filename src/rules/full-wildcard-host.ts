// EGR047: hosts ["*"] is rejected (CEL rule since 1.24, webhook before), so the entry never applies (failure modes 5, 25).
import { seName } from "./emit.js";
import { hostRule } from "./service-entry-host-rule.js";

export const fullWildcardHost = hostRule("full-wildcard-host", (se, host) =>
  host === "*"
    ? `ServiceEntry ${seName(se)} lists "*" in hosts; Istio rejects a full wildcard, so the entry is never applied. Name the hosts, or use *.domain.`
    : undefined,
);
