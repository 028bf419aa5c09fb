// Builds rule contexts from inline YAML and call sites, and reduces findings to the rows the tests assert.
import { loadAllowlist } from "../../src/allowlist/load.js";
import type { Allowlist } from "../../src/allowlist/types.js";
import type { Finding } from "../../src/findings.js";
import { loadManifests } from "../../src/manifests/load.js";
import { buildModel } from "../../src/model/build.js";
import type { EgressModel } from "../../src/model/types.js";
import { runRules } from "../../src/rules/registry.js";
import type { RuleName } from "../../src/rules/catalog.js";
import type { HostReference } from "../../src/scan/types.js";

/**
 * A Namespace labelled for injection, in a file of its own: fixtures stand for repositories that enable injection
 * somewhere, as most do, so that a namespace they do not declare is taken as injected. Repositories that enable it
 * nowhere are tested on their own (__tests__/rules/injection-not-shown.test.ts).
 */
export const INJECTION_SHOWN = {
  "k8s/injected-namespace.yaml":
    "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: injected-elsewhere\n  labels: {istio-injection: enabled}\n",
};

export function modelFrom(files: Record<string, string> | string): EgressModel {
  const entries = { ...INJECTION_SHOWN, ...(typeof files === "string" ? { "k8s/manifests.yaml": files } : files) };
  return buildModel(
    loadManifests(
      Object.entries(entries).map(([path, text]) => ({ path, text })),
      { defaultNamespace: "default" },
    ),
  );
}

/** Documents joined with `---`; line 1 is the first document's first line. */
export function docs(...parts: string[]): string {
  return `${parts.map((p) => p.replace(/^\n+|\s+$/g, "")).join("\n---\n")}\n`;
}

export function meshMode(mode: string): string {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: istio
  namespace: istio-system
data:
  mesh: |
    outboundTrafficPolicy:
      mode: ${mode}`;
}

const DEFAULT_PORTS: Record<string, number> = {
  http: 80,
  ws: 80,
  https: 443,
  wss: 443,
  postgres: 5432,
  postgresql: 5432,
  mysql: 3306,
  redis: 6379,
  rediss: 6380,
  mongodb: 27017,
  amqp: 5672,
  amqps: 5671,
};

/** `https://api.stripe.com/v1` or `db.example.org:5432` as the scanner would report it. */
export function ref(target: string, at: Partial<HostReference> = {}): HostReference {
  const m = /^([a-z][a-z0-9+.:-]*):\/\/(\[[^\]]+\]|[^/:?#]+)(?::(\d+))?/i.exec(target);
  let host: string;
  let port: number;
  let scheme: string;
  if (m) {
    scheme = m[1]!.toLowerCase();
    host = m[2]!.replace(/^\[|\]$/g, "").toLowerCase();
    port = m[3] ? Number(m[3]) : (DEFAULT_PORTS[scheme] ?? 0);
  } else {
    const bare = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(target)!;
    scheme = "";
    host = bare[1]!.replace(/^\[|\]$/g, "").toLowerCase();
    port = bare[2] ? Number(bare[2]) : 0;
  }
  const kind = /^[\d.]+$|:/.test(host) ? "ip" : m ? "url" : "host";
  return {
    host,
    port,
    scheme,
    kind,
    file: "src/app.ts",
    line: 1,
    column: 1,
    ignoredRules: [],
    class: "call",
    reason: "a string in code",
    ...at,
  };
}

export function allowlistFrom(text: string, path = "egress-allowlist.yaml"): Allowlist {
  const loaded = loadAllowlist({ path, text });
  if ("error" in loaded) throw new Error(`${loaded.error.field}: ${loaded.error.message} (line ${loaded.error.line})`);
  return loaded.allowlist;
}

export interface Row {
  rule: string;
  file: string;
  line: number;
  severity?: string;
  host?: string;
  port?: number;
  namespace?: string;
  workload?: string;
}

export function row(f: Finding): Row {
  const out: Row = { rule: f.rule, file: f.file, line: f.line, severity: f.severity };
  if (f.host !== undefined) out.host = f.host;
  if (f.port !== undefined) out.port = f.port;
  if (f.namespace !== undefined) out.namespace = f.namespace;
  if (f.workload !== undefined) out.workload = f.workload;
  return out;
}

export interface Case {
  manifests: Record<string, string> | string;
  references?: HostReference[];
  allowlist?: string;
  partialScan?: boolean;
}

/** Runs every rule, as the pipeline does, and keeps the findings of one rule. */
export function findingsOf(rule: RuleName, c: Case): Finding[] {
  const model = modelFrom(c.manifests);
  const allowlist = c.allowlist === undefined ? undefined : allowlistFrom(c.allowlist);
  return runRules({ model, references: c.references ?? [], allowlist, partialScan: c.partialScan }).filter(
    (f) => f.rule === rule,
  );
}

export function rowsOf(rule: RuleName, c: Case): Row[] {
  return findingsOf(rule, c).map(row);
}

/** The (namespace/workload -> verdict) pairs, for visibility matrices. */
export function where(rows: readonly Row[]): string[] {
  return rows.map((r) => `${r.namespace ?? "*"}/${r.workload ?? ""}`);
}

/** The 1-based line of the first line containing `needle` (after `from`), so tests need not count lines by hand. */
export function lineWith(text: string, needle: string, from = 0): number {
  const lines = text.split("\n");
  const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
  if (i < 0) throw new Error(`no line contains ${needle}`);
  return i + 1;
}

export function serviceEntry(name: string, ns: string, spec: string, annotations = ""): string {
  return `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: ${name}
  namespace: ${ns}${annotations ? `\n  annotations:\n    egress-lint/ignore: "${annotations}"` : ""}
spec:
${spec.replace(/^\n/, "").replace(/\s+$/, "").replace(/^/gm, "  ")}`;
}

export function destinationRule(name: string, ns: string, spec: string): string {
  return `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: ${name}, namespace: ${ns}}
spec:
${spec.replace(/^\n/, "").replace(/\s+$/, "").replace(/^/gm, "  ")}`;
}

export function deployment(
  name: string,
  ns: string,
  labels: Record<string, string> = {},
  podLabels: Record<string, string> = { app: name },
): string {
  const l = (m: Record<string, string>) =>
    `{${Object.entries(m)
      .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(", ")}}`;
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: ${ns}, labels: ${l(labels)}}
spec:
  template:
    metadata: {labels: ${l(podLabels)}}
    spec: {containers: [{name: app, image: app}]}`;
}
