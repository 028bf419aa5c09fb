// Istio resources against their schemas: each violation is a finding that names the field and its line.
import type { ErrorObject, ValidateFunction } from "ajv";
import type { Finding } from "../findings.js";
import { ruleMeta } from "../rules/catalog.js";
import { ISTIO_NETWORKING_VERSIONS } from "./istio-schemas.js";
import { lineOf } from "./parse-yaml.js";
import type { Resource } from "./resource.js";
import { errorPath, fieldName } from "./schema-errors.js";
import * as compiled from "./istio-validators.generated.js";

// The schemas are ours and checked against the JSON Schema meta-schema by a test, not on every run; their validators
// are compiled ahead of time (scripts/validators.mjs).
const validators = new Map<string, ValidateFunction>(Object.entries(compiled));

export function isIstioNetworking(r: Resource): boolean {
  return r.group === "networking.istio.io";
}

export function validateIstioResource(r: Resource): Finding[] {
  if (!isIstioNetworking(r)) return [];
  const meta = ruleMeta("invalid-resource");
  const where = `${r.kind} ${r.namespace}/${r.name}`;
  if (!ISTIO_NETWORKING_VERSIONS.includes(r.version)) {
    return [
      finding(r, ["apiVersion"], `${where}: apiVersion ${r.apiVersion} is not served; use networking.istio.io/v1`),
    ];
  }
  const validate = validators.get(r.kind);
  if (!validate) return [];
  const spec = r.body.spec;
  if (spec === undefined || spec === null) {
    if (r.kind === "Sidecar" || r.kind === "VirtualService" || r.kind === "Gateway") return [];
    return [finding(r, ["spec"], `${where}: spec is missing`)];
  }
  if (validate(spec)) return r.kind === "Sidecar" ? unixSocketListenerErrors(r, where) : [];
  return (validate.errors ?? [])
    .map((e) => {
      const path = ["spec", ...errorPath(e)];
      return { ...finding(r, path, `${where}: ${describe(e, path)}`), severity: meta.severity };
    })
    .sort((a, b) => a.line - b.line);
}

/**
 * A Sidecar egress listener on port 0 listens on a Unix domain socket (validation.go
 * validateSidecarEgressPortBindAndCaptureMode): its `bind` must be `unix://` and an absolute path or an abstract
 * `@name`, and it cannot be captured by iptables.
 */
function unixSocketListenerErrors(r: Resource, where: string): Finding[] {
  const out: Finding[] = [];
  const egress = (r.body.spec as { egress?: unknown[] }).egress ?? [];
  egress.forEach((e, i) => {
    const listener = e as { port?: { number?: number }; bind?: string; captureMode?: string };
    if (listener.port?.number !== 0) return;
    const bind = listener.bind ?? "";
    const socket = bind.startsWith(UNIX) ? bind.slice(UNIX.length) : undefined;
    if (socket === undefined)
      out.push(
        finding(r, ["spec", "egress", i, "port", "number"], `${where}: egress port 0 needs a bind of unix://PATH`),
      );
    else if (!socket.startsWith("@") && !(socket.startsWith("/") && !socket.endsWith("/")))
      out.push(finding(r, ["spec", "egress", i, "bind"], `${where}: ${bind} is not an absolute path to a socket file`));
    if (listener.captureMode === "IPTABLES")
      out.push(
        finding(r, ["spec", "egress", i, "captureMode"], `${where}: a Unix domain socket listener cannot use IPTABLES`),
      );
  });
  return out;
}

const UNIX = "unix://";

function finding(r: Resource, path: (string | number)[], message: string): Finding {
  const meta = ruleMeta("invalid-resource");
  return {
    rule: meta.name,
    code: meta.code,
    severity: meta.severity,
    message,
    file: r.loc.file,
    line: lineOf(r.lines, path, r.loc.line),
    namespace: r.namespace,
    resource: `${r.kind} ${r.namespace}/${r.name}`,
  };
}

function describe(e: ErrorObject, path: (string | number)[]): string {
  const field = fieldName(path);
  switch (e.keyword) {
    case "additionalProperties":
      return `unknown field ${field}`;
    case "required":
      return `${field}.${(e.params as { missingProperty: string }).missingProperty} is required`;
    case "enum":
      return `${field} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(", ")}`;
    case "type":
      return `${field} must be ${(e.params as { type: string }).type}`;
    case "minItems":
      return `${field} must not be empty`;
    default:
      return `${field} ${e.message ?? "is invalid"}`;
  }
}
