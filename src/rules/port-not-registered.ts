// EGR021: the host is registered, but not on the port or protocol the code uses (failure modes 3, 7, 12).
import type { Registration } from "../model/reachability.js";
import { seName } from "./emit.js";
import { reachabilityRule, target, who, type Explanation, type ReferenceVerdict } from "./reference-checks.js";

export const portNotRegistered = reachabilityRule("port-not-registered", "port-not-registered", explain);

function owner(r: Registration): string {
  return r.kind === "ServiceEntry" ? `ServiceEntry ${seName(r.entry)}` : `Service ${r.namespace}/${r.service.name}`;
}

function portsOf(r: Registration): string {
  return r.ports.length
    ? r.ports.map((p) => `${p.number}/${p.protocol === "Unsupported" ? "unset" : p.protocol}`).join(", ")
    : "no ports";
}

function explain(v: ReferenceVerdict): Explanation {
  const regs = v.reach.registrations.map((r) => `${owner(r)} (${portsOf(r)})`).join("; ");
  const called = `${target(v)} is called by ${who(v)};`;
  const scheme = v.ref.scheme ? ` (${v.ref.scheme})` : "";
  if (v.reach.mismatch === "protocol") {
    return {
      what: `${called} the host is registered by ${regs}, but port ${v.ref.port} is declared with a protocol the client${scheme} does not speak.`,
      fix: `Declare the port ${v.ref.scheme === "http" || v.ref.scheme === "ws" ? "HTTP" : "TLS or HTTPS"}.`,
    };
  }
  if (v.reach.mismatch === "shadowed") {
    return {
      what: `${called} ${regs} declare${v.reach.registrations.length === 1 ? "s" : ""} port ${v.ref.port}, but another entry for the same host wins for this caller (its own namespace first, then a Kubernetes Service, then the oldest) and only the winner's ports are used.`,
      fix: "Register every port of the host in one ServiceEntry.",
    };
  }
  if (v.ref.port === 0) {
    return {
      what: `${called} the host is registered by ${regs}, but without ports no listener or cluster exists for it.`,
      fix: "Declare the ports the code uses.",
    };
  }
  return {
    what: `${called} the host is registered by ${regs}, but not on port ${v.ref.port}${scheme}.`,
    fix: "Add the port to the entry.",
  };
}
