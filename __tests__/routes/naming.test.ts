// §1: which route configs a sidecar asks for, and what they are called.
import { describe, expect, test } from "vitest";
import { CURL, deployment, istio, model, REGISTRY_ONLY, routeNames, routeRows, service, vhostsOf } from "./inline.js";

describe("route config names (§1.2, §1.3)", () => {
  test("an HTTP port is shared as the bare port, whatever the Service; an auto port on a ClusterIP gets fqdn:port", () => {
    const rows = routeRows(
      model(
        ...CURL,
        service("default", "web", "10.96.0.40", "[{name: http, port: 9000}, {name: metrics, port: 9100}]"),
      ),
    );
    expect(routeNames(rows)).toEqual(["80", "9000", "web.default.svc.cluster.local:9100"]);
    expect(vhostsOf(rows, "web.default.svc.cluster.local:9100")).toEqual(["web.default.svc.cluster.local:9100 *"]);
  });

  test("an auto port with no address listens on the wildcard: the shared bare port, with a catch-all", () => {
    const se = istio(
      "ServiceEntry",
      "default",
      "legacy",
      "hosts: [legacy.example.com]\nresolution: DNS\nports: [{number: 8080, name: web}]",
    );
    const rows = routeRows(model(...CURL, se));
    expect(routeNames(rows)).toEqual(["80", "8080"]);
    expect(vhostsOf(rows, "8080")).toEqual(["legacy.example.com:8080 legacy.example.com"]);
  });

  test("an auto port with a ServiceEntry address is bound to it: fqdn:port; a wider CIDR stays on the wildcard", () => {
    const ip = istio(
      "ServiceEntry",
      "default",
      "db",
      "hosts: [db.example.com]\naddresses: [10.0.0.5]\nresolution: STATIC\nendpoints: [{address: 10.0.0.5}]\nports: [{number: 8080, name: web}]",
    );
    const cidr = istio(
      "ServiceEntry",
      "default",
      "net",
      "hosts: [net.example.com]\naddresses: [10.1.0.0/16]\nresolution: NONE\nports: [{number: 8081, name: web}]",
    );
    const host32 = istio(
      "ServiceEntry",
      "default",
      "one",
      "hosts: [one.example.com]\naddresses: [10.2.0.1/32]\nresolution: NONE\nports: [{number: 8082, name: web}]",
    );
    const rows = routeRows(model(...CURL, ip, cidr, host32));
    expect(routeNames(rows)).toEqual(["80", "8081", "db.example.com:8080", "one.example.com:8082"]);
    expect(vhostsOf(rows, "8081")).toEqual(["net.example.com:8081 net.example.com, 10.1.0.0/16"]);
  });

  test("a ServiceEntry without addresses is bound to its auto-allocated IP when the proxy captures DNS", () => {
    const se = istio(
      "ServiceEntry",
      "default",
      "legacy",
      "hosts: [legacy.example.com]\nresolution: DNS\nports: [{number: 8080, name: web}, {number: 80, name: http, protocol: HTTP}]",
    );
    const capture = `      annotations:\n        proxy.istio.io/config: |\n          proxyMetadata:\n            ISTIO_META_DNS_CAPTURE: "true"`;
    const m = model(...CURL.slice(0, 2), deployment("default", "curl", "app: curl", capture), se);
    const rows = routeRows(m);
    expect(routeNames(rows)).toEqual(["80", "legacy.example.com:8080"]);
    expect(vhostsOf(rows, "80")).toContain("legacy.example.com:80 legacy.example.com, 240.240.0.1");
    // Before 1.25 the proxy also had to ask for allocation (ISTIO_META_DNS_AUTO_ALLOCATE).
    expect(routeNames(routeRows(m, "default/curl", { istioVersion: "1.24" }))).toEqual(["80", "8080"]);
    const legacy = `      annotations:\n        proxy.istio.io/config: |\n          proxyMetadata: {ISTIO_META_DNS_CAPTURE: "true", ISTIO_META_DNS_AUTO_ALLOCATE: "true"}`;
    const rows24 = routeRows(
      model(...CURL.slice(0, 2), deployment("default", "curl", "app: curl", legacy), se),
      "default/curl",
      { istioVersion: "1.24" },
    );
    expect(routeNames(rows24)).toEqual(["80", "legacy.example.com:8080"]);
    expect(vhostsOf(rows24, "80").find((l) => l.startsWith("legacy"))).toMatch(
      /^legacy\.example\.com:80 legacy\.example\.com, 240\.240\.[0-9]+\.[0-9]+$/,
    );
  });

  test("headless: auto ports get fqdn:port when pods back the Service, nothing otherwise; HTTP ports stay shared", () => {
    const db = service(
      "default",
      "db",
      "None",
      "[{name: http-api, port: 5000}, {name: web, port: 7000}, {name: tcp-x, port: 7001}]",
      { selector: "app: db" },
    );
    const withPods = routeRows(model(...CURL, db, deployment("default", "db")));
    expect(routeNames(withPods)).toEqual(["80", "5000", "db.default.svc.cluster.local:7000"]);
    const noPods = routeRows(model(...CURL, db));
    expect(routeNames(noPods)).toEqual(["80", "5000"]);
  });

  test("a plain NONE ServiceEntry without endpoints falls back to the wildcard listener", () => {
    const se = istio(
      "ServiceEntry",
      "default",
      "any",
      "hosts: [any.example.com]\nresolution: NONE\nports: [{number: 7000, name: web}]",
    );
    expect(routeNames(routeRows(model(...CURL, se)))).toEqual(["80", "7000"]);
    const withEndpoints = istio(
      "ServiceEntry",
      "default",
      "any",
      "hosts: [any.example.com]\nresolution: NONE\nendpoints: [{address: 192.0.2.1}]\nports: [{number: 7000, name: web}]",
    );
    expect(routeNames(routeRows(model(...CURL, withEndpoints)))).toEqual(["80", "any.example.com:7000"]);
  });

  test("TCP-class and UDP ports ask for no route config", () => {
    const svc = service(
      "default",
      "mix",
      "10.96.0.41",
      "[{name: tcp, port: 9001}, {name: https, port: 9443}, {name: dns, port: 53}, {name: x, port: 3306}, {name: q, port: 9002, protocol: UDP}]",
    );
    expect(routeNames(routeRows(model(...CURL, svc)))).toEqual(["80"]);
  });
});

describe("reserved ports (§1.5)", () => {
  test("an HTTP port on Envoy's own ports gets no listener; an auto port on a ClusterIP does", () => {
    const http = service(
      "default",
      "status",
      "10.96.0.42",
      "[{name: http-status, port: 15021}, {name: http-prom, port: 15090}, {name: http-out, port: 15001}, {name: http-in, port: 15006}]",
    );
    const auto = service("default", "gw", "10.96.0.43", "[{name: status-port, port: 15021}]");
    const rows = routeRows(model(...CURL, http, auto));
    expect(routeNames(rows)).toEqual(["80", "gw.default.svc.cluster.local:15021"]);
  });
});

describe("listener conflicts (§1.4)", () => {
  test("an older Mongo listener on the wildcard drops a newer HTTP one on the same port", () => {
    const mongo = istio(
      "ServiceEntry",
      "default",
      "mongo",
      "hosts: [mongo.example.com]\nresolution: DNS\nports: [{number: 27018, name: mongo, protocol: MONGO}]",
    );
    const http = istio(
      "ServiceEntry",
      "default",
      "web",
      "hosts: [web.example.com]\nresolution: DNS\nports: [{number: 27018, name: http, protocol: HTTP}]",
    );
    expect(routeNames(routeRows(model(...CURL, mongo, http)))).toEqual(["80"]);
    // With a TCP listener there instead, HTTP joins it (sniffing) and keeps the bare-port name.
    const tcp = istio(
      "ServiceEntry",
      "default",
      "mongo",
      "hosts: [mongo.example.com]\nresolution: DNS\nports: [{number: 27018, name: tcp, protocol: TCP}]",
    );
    expect(routeNames(routeRows(model(...CURL, tcp, http)))).toEqual(["80", "27018"]);
  });
});

describe("Sidecar egress listeners with ports (§6.3) and HTTP_PROXY (§1.2)", () => {
  test("a port listener imports only services with that port; the catch-all cannot add to the port it locked", () => {
    const a = service("default", "a", "10.96.0.50", "[{name: http, port: 8000}]");
    const b = service("other", "b", "10.96.0.51", "[{name: http, port: 8000}, {name: http-x, port: 8001}]");
    const sidecar = istio(
      "Sidecar",
      "default",
      "default",
      'egress:\n- port: {number: 8000, protocol: HTTP, name: http}\n  hosts: ["./*"]\n- hosts: ["*/*"]',
    );
    const rows = routeRows(model(...CURL, a, b, sidecar));
    expect(routeNames(rows)).toEqual(["80", "8000", "8001"]);
    expect(vhostsOf(rows, "8000")).toEqual(["a.default.svc.cluster.local:8000 a, a.default + 1 more..."]);
  });

  test("a TCP port listener locks its port: the catch-all's HTTP service there does not turn it into an HTTP route", () => {
    const se = istio(
      "ServiceEntry",
      "default",
      "tcp",
      "hosts: [db.example.com]\nresolution: DNS\nports: [{number: 8000, name: tcp, protocol: TCP}]",
    );
    const web = istio(
      "ServiceEntry",
      "default",
      "web",
      "hosts: [web.example.com]\nresolution: DNS\nports: [{number: 8000, name: http, protocol: HTTP}]",
    );
    const sidecar = istio(
      "Sidecar",
      "default",
      "default",
      'egress:\n- port: {number: 8000, protocol: TCP, name: tcp}\n  hosts: ["./db.example.com"]\n- hosts: ["*/*"]',
    );
    expect(routeNames(routeRows(model(...CURL, REGISTRY_ONLY, se, web, sidecar)))).toEqual(["80"]);
    // Without the port listener, the HTTP entry joins the TCP listener and asks for route 8000.
    expect(routeNames(routeRows(model(...CURL, REGISTRY_ONLY, se, web)))).toEqual(["80", "8000"]);
  });

  test("an HTTP_PROXY listener serves every imported service on every port, under host:port names", () => {
    const a = service("default", "a", "10.96.0.50", "[{name: http, port: 8000}]");
    const se = istio(
      "ServiceEntry",
      "default",
      "org",
      "hosts: [httpbin.org]\nresolution: DNS\nports: [{number: 80, name: http, protocol: HTTP}]",
    );
    const sidecar = istio(
      "Sidecar",
      "default",
      "default",
      'egress:\n- port: {number: 3128, protocol: HTTP_PROXY, name: proxy}\n  hosts: ["./*"]\n- hosts: ["./*"]',
    );
    const rows = routeRows(model(...CURL, a, se, sidecar));
    expect(routeNames(rows)).toContain("3128");
    // Off port 80 only host:port domains stay, which istioctl does not print.
    expect(vhostsOf(rows, "3128")).toEqual([
      "a.default.svc.cluster.local:8000",
      "curl.default.svc.cluster.local:80 curl, curl.default + 1 more...",
      "httpbin.org:80 httpbin.org",
    ]);
  });

  test("a unix socket egress listener is named after its bind and built like an HTTP proxy route", () => {
    const sidecar = istio(
      "Sidecar",
      "default",
      "default",
      'egress:\n- port: {number: 0, protocol: HTTP, name: uds}\n  bind: unix:///var/run/app.sock\n  hosts: ["./*"]\n- hosts: ["./*"]',
    );
    const rows = routeRows(model(...CURL, REGISTRY_ONLY, sidecar));
    expect(routeNames(rows)).toEqual(["80", "unix:///var/run/app.sock"]);
    expect(vhostsOf(rows, "unix:///var/run/app.sock")).toEqual([
      "curl.default.svc.cluster.local:80 curl, curl.default + 1 more...",
      "block_all *",
    ]);
  });

  test("interception mode NONE binds every listener to localhost: auto ports are per service", () => {
    const svc = service("default", "web", "10.96.0.40", "[{name: http, port: 9000}, {name: metrics, port: 9100}]");
    const none = "      annotations: {sidecar.istio.io/interceptionMode: NONE}";
    const rows = routeRows(model(...CURL.slice(0, 2), deployment("default", "curl", "app: curl", none), svc));
    expect(routeNames(rows)).toEqual(["80", "9000", "web.default.svc.cluster.local:9100"]);
    expect(rows.some((r) => r.name.startsWith("inbound|") || r.name === "InboundPassthroughCluster")).toBe(false);
  });
});
