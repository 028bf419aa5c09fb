// Small YAML builders for route-simulator unit tests: each test states only the objects its rule needs.
import {
  buildClusterTable,
  buildRouteTable,
  type ClusterRow,
  type RouteOptions,
  type RouteRow,
} from "../../src/routes/index.js";
import type { EgressModel } from "../../src/model/types.js";
import { modelOf, yamlDocs } from "../helpers/model.js";

export function ns(name: string, labels = "istio-injection: enabled"): string {
  return `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  labels: {${labels}}`;
}

/** A Service; `ports` is a YAML flow sequence, `ip` "None" for headless or "" to leave the ClusterIP unset. */
export function service(
  namespace: string,
  name: string,
  ip: string,
  ports: string,
  extra: { selector?: string; annotations?: string; type?: string; externalName?: string } = {},
): string {
  return [
    "apiVersion: v1",
    "kind: Service",
    "metadata:",
    `  name: ${name}`,
    `  namespace: ${namespace}`,
    ...(extra.annotations ? [`  annotations: {${extra.annotations}}`] : []),
    "spec:",
    ...(extra.type ? [`  type: ${extra.type}`] : []),
    ...(extra.externalName ? [`  externalName: ${extra.externalName}`] : []),
    ...(ip ? [`  clusterIP: ${ip}`] : []),
    ...(extra.selector ? [`  selector: {${extra.selector}}`] : []),
    `  ports: ${ports}`,
  ].join("\n");
}

export function deployment(namespace: string, name: string, labels = `app: ${name}`, podExtra = ""): string {
  return [
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata:",
    `  name: ${name}`,
    `  namespace: ${namespace}`,
    "spec:",
    "  template:",
    "    metadata:",
    `      labels: {${labels}}`,
    ...(podExtra ? [podExtra] : []),
    "    spec:",
    `      containers: [{name: ${name}, image: example/${name}, ports: [{name: http-web, containerPort: 8080}]}]`,
  ].join("\n");
}

/** An Istio networking object in flow style: `spec` is the YAML body under `spec:` (indented two spaces). */
export function istio(
  kind: string,
  namespace: string,
  name: string,
  spec: string,
  group = "networking.istio.io",
): string {
  return `apiVersion: ${group}/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n${spec.replace(/^/gm, "  ")}`;
}

export const REGISTRY_ONLY =
  "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: istio\n  namespace: istio-system\ndata:\n  mesh: |\n    outboundTrafficPolicy: {mode: REGISTRY_ONLY}";

/** The proxy most tests look at: default/curl with its own Service on port 80. */
export const CURL = [
  ns("default"),
  service("default", "curl", "10.96.0.10", "[{name: http, port: 80}]", { selector: "app: curl" }),
  deployment("default", "curl"),
];

export function model(...docs: string[]): EgressModel {
  return modelOf({ "manifests.yaml": yamlDocs(...docs) });
}

/** default/curl beside `count` Services of three ports each (HTTP on one of twenty, metrics, TCP), each with its pod. */
export function crowdedNamespace(count: number): EgressModel {
  const docs = [...CURL];
  for (let i = 0; i < count; i++)
    docs.push(
      service(
        "default",
        `s${i}`,
        `10.97.${Math.floor(i / 250)}.${i % 250}`,
        `[{name: http, port: ${8000 + (i % 20)}}, {name: metrics, port: 9100}, {name: tcp, port: 5432}]`,
        { selector: `app: s${i}` },
      ),
      deployment("default", `s${i}`),
    );
  return model(...docs);
}

export function routeRows(
  m: EgressModel,
  proxy = "default/curl",
  options: RouteOptions = { istioVersion: "1.25" },
): RouteRow[] {
  const w = m.workloads.find((x) => `${x.namespace}/${x.name}` === proxy);
  if (!w) throw new Error(`no workload ${proxy}`);
  return buildRouteTable(m, w, options).rows;
}

export function clusterRows(
  m: EgressModel,
  proxy = "default/curl",
  options: RouteOptions = { istioVersion: "1.25" },
): ClusterRow[] {
  const w = m.workloads.find((x) => `${x.namespace}/${x.name}` === proxy);
  if (!w) throw new Error(`no workload ${proxy}`);
  return buildClusterTable(m, w, options).rows;
}

/** Route config names in table order, each once. */
export function routeNames(rows: RouteRow[]): string[] {
  return [...new Set(rows.map((r) => r.name))].filter(
    (n) => n !== "" && !n.startsWith("inbound|") && !n.startsWith("InboundPassthrough"),
  );
}

/** `vhost domains` lines of one route config. */
export function vhostsOf(rows: RouteRow[], name: string): string[] {
  return rows.filter((r) => r.name === name).map((r) => `${r.vhost} ${r.domains}`.trimEnd());
}

/** The object with `metadata.creationTimestamp` set, as `kubectl get -o yaml` exports it. */
export function created(yaml: string, timestamp: string): string {
  return yaml.replace(/^metadata:\n/m, `metadata:\n  creationTimestamp: "${timestamp}"\n`);
}
