// EGR045: an IP in hosts is rejected since Istio 1.1; addresses is where IPs go (failure mode 13).
import { parseCidr } from "../model/reachability.js";
import { seName } from "./emit.js";
import { hostRule } from "./service-entry-host-rule.js";

export const ipInHosts = hostRule("ip-in-hosts", (se, host) =>
  parseCidr(host)
    ? `ServiceEntry ${seName(se)} lists ${host} in hosts; since Istio 1.1 hosts must be names. Put the address in addresses (with resolution NONE or STATIC) and give hosts a name.`
    : undefined,
);
