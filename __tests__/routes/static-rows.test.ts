// §9: backend rows, inbound route configs per HTTP filter chain, and the inbound passthrough rows.
import { describe, expect, test } from "vitest";
import { deployment, istio, model, ns, routeRows, service } from "./inline.js";

const statics = (rows: ReturnType<typeof routeRows>) =>
  rows
    .filter((r) => r.name === "" || r.name.startsWith("inbound|") || r.name.startsWith("InboundPassthrough"))
    .map((r) => `${r.name} ${r.vhost} ${r.match}`);
const POD = [ns("default"), deployment("default", "app")];
const pa = (namespace: string, spec: string) => istio("PeerAuthentication", namespace, "pa", spec, "security.istio.io");

describe("static route configs (§9)", () => {
  test("a pod no Service selects has the two backend rows and the passthrough pair only", () => {
    expect(statics(routeRows(model(...POD), "default/app"))).toEqual([
      " backend /stats/prometheus*",
      " backend /healthz/ready*",
      "InboundPassthroughCluster inbound|http|0 /*",
      "InboundPassthroughCluster inbound|http|0 /*",
    ]);
  });

  test("inbound rows are named by target port and list the service port; TCP ports have none; named targets resolve", () => {
    const svc = service(
      "default",
      "app",
      "10.96.0.70",
      "[{name: http, port: 8000, targetPort: 9000}, {name: tcp-db, port: 5432}, {name: grpc, port: 81, targetPort: http-web}, {name: metrics, port: 9100}]",
      { selector: "app: app" },
    );
    expect(statics(routeRows(model(...POD, svc), "default/app")).filter((l) => l.startsWith("inbound"))).toEqual([
      "inbound|8080|| inbound|http|81 /*",
      "inbound|8080|| inbound|http|81 /*",
      "inbound|9000|| inbound|http|8000 /*",
      "inbound|9000|| inbound|http|8000 /*",
      "inbound|9100|| inbound|http|9100 /*",
      "inbound|9100|| inbound|http|9100 /*",
    ]);
  });

  test("the oldest Service wins a target port", () => {
    const a = service("default", "a", "10.96.0.71", "[{name: tcp, port: 7000, targetPort: 7000}]", {
      selector: "app: app",
    });
    const b = service("default", "b", "10.96.0.72", "[{name: http, port: 7001, targetPort: 7000}]", {
      selector: "app: app",
    });
    expect(statics(routeRows(model(...POD, a, b), "default/app")).filter((l) => l.startsWith("inbound"))).toEqual([]);
  });

  test("STRICT or DISABLE: one chain per port; port-level mTLS on an undeclared port adds passthrough chains", () => {
    const svc = service("default", "app", "10.96.0.70", "[{name: http, port: 80}]", { selector: "app: app" });
    const strictNs = pa("default", "mtls: {mode: STRICT}");
    expect(statics(routeRows(model(...POD, svc, strictNs), "default/app")).filter((l) => !l.startsWith(" "))).toEqual([
      "inbound|80|| inbound|http|80 /*",
      "InboundPassthroughCluster inbound|http|0 /*",
    ]);
    const perPort = pa(
      "default",
      "selector: {matchLabels: {app: app}}\nmtls: {mode: STRICT}\nportLevelMtls: {80: {mode: PERMISSIVE}, 9999: {mode: DISABLE}}",
    );
    expect(statics(routeRows(model(...POD, svc, perPort), "default/app")).filter((l) => !l.startsWith(" "))).toEqual([
      "inbound|80|| inbound|http|80 /*",
      "inbound|80|| inbound|http|80 /*",
      "InboundPassthroughCluster inbound|http|0 /*",
      "InboundPassthroughCluster inbound|http|0 /*",
    ]);
  });

  test("mesh, namespace and workload policies compose; UNSET inherits", () => {
    const svc = service("default", "app", "10.96.0.70", "[{name: http, port: 80}]", { selector: "app: app" });
    const count = (...docs: string[]) =>
      routeRows(model(...POD, svc, ...docs), "default/app").filter((r) => r.name === "inbound|80||").length;
    expect(count(pa("istio-system", "mtls: {mode: STRICT}"))).toBe(1);
    expect(count(pa("istio-system", "mtls: {mode: STRICT}"), pa("default", "mtls: {mode: PERMISSIVE}"))).toBe(2);
    expect(count(pa("istio-system", "mtls: {mode: STRICT}"), pa("default", "mtls: {mode: UNSET}"))).toBe(1);
    expect(count(pa("default", "selector: {matchLabels: {app: other}}\nmtls: {mode: STRICT}"))).toBe(2);
  });

  test("Sidecar ingress listeners replace the Service-derived inbound ports", () => {
    const svc = service("default", "app", "10.96.0.70", "[{name: http, port: 80}]", { selector: "app: app" });
    const sidecar = istio(
      "Sidecar",
      "default",
      "s",
      "ingress: [{port: {number: 9080, protocol: HTTP, name: http}, defaultEndpoint: 127.0.0.1:8080}]",
    );
    expect(
      statics(routeRows(model(...POD, svc, sidecar), "default/app")).filter((l) => l.startsWith("inbound")),
    ).toEqual(["inbound|9080|| inbound|http|9080 /*", "inbound|9080|| inbound|http|9080 /*"]);
  });

  test("1.20-1.22 name the passthrough route config per IP family", () => {
    expect(statics(routeRows(model(...POD), "default/app", { istioVersion: "1.22" })).slice(2)).toEqual([
      "InboundPassthroughClusterIpv4 inbound|http|0 /*",
      "InboundPassthroughClusterIpv4 inbound|http|0 /*",
    ]);
  });
});
