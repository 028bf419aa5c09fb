// §2.3/§2.4/§3.4: vhost domains of registry services and how istioctl shortens them.
import { describe, expect, test } from "vitest";
import { CURL, istio, model, ns, routeRows, service, vhostsOf } from "./inline.js";

const SE_ORG = istio(
  "ServiceEntry",
  "default",
  "org",
  "hosts: [httpbin.org]\nresolution: DNS\nports: [{number: 80, name: http, protocol: HTTP}]",
);

describe("alternate names (§2.3)", () => {
  test("same namespace: name, name.ns.svc, name.ns; other namespace: name.ns, name.ns.svc; ServiceEntry hosts: none", () => {
    const m = model(
      ...CURL,
      ns("foo"),
      service("default", "h", "10.96.0.20", "[{name: http, port: 8000}]"),
      service("foo", "h", "10.96.0.21", "[{name: http, port: 8000}]"),
      SE_ORG,
    );
    const rows = routeRows(m);
    expect(vhostsOf(rows, "8000")).toEqual([
      "h.default.svc.cluster.local:8000 h, h.default + 1 more...",
      "h.foo.svc.cluster.local:8000 h.foo, 10.96.0.21",
    ]);
    expect(vhostsOf(rows, "80")).toContain("httpbin.org:80 httpbin.org");
  });

  test("1.27+ adds the absolute FQDN, which istioctl never folds away", () => {
    const m = model(...CURL, ns("foo"), service("foo", "h", "10.96.0.21", "[{name: http, port: 8000}]"), SE_ORG);
    const rows = routeRows(m, "default/curl", { istioVersion: "1.27" });
    expect(vhostsOf(rows, "8000")).toEqual([
      "h.foo.svc.cluster.local:8000 h.foo.svc.cluster.local., h.foo + 1 more...",
    ]);
    expect(vhostsOf(rows, "80")).toEqual([
      "curl.default.svc.cluster.local:80 curl.default.svc.cluster.local., curl + 2 more...",
      "httpbin.org:80 httpbin.org, httpbin.org.",
    ]);
  });

  test("a ServiceEntry address is a domain; without one (and without DNS capture) there is none", () => {
    const se = istio(
      "ServiceEntry",
      "default",
      "db",
      "hosts: [db.example.com]\naddresses: [10.0.0.5]\nresolution: STATIC\nendpoints: [{address: 10.0.0.5}]\nports: [{number: 80, name: http, protocol: HTTP}]",
    );
    expect(vhostsOf(routeRows(model(...CURL, se)), "80")).toContain("db.example.com:80 db.example.com, 10.0.0.5");
  });

  test("a ServiceEntry with several addresses: one service per address, the last one's address is the domain", () => {
    const se = istio(
      "ServiceEntry",
      "default",
      "db",
      "hosts: [db.example.com]\naddresses: [10.0.0.5, 10.0.0.6]\nresolution: STATIC\nendpoints: [{address: 10.0.0.5}]\nports: [{number: 80, name: http, protocol: HTTP}]",
    );
    expect(vhostsOf(routeRows(model(...CURL, se)), "80")).toContain("db.example.com:80 db.example.com, 10.0.0.6");
  });

  test("a ClusterIP the repository leaves to Kubernetes still counts as a domain", () => {
    const m = model(...CURL, ns("foo"), service("foo", "h", "", "[{name: http, port: 8000}]"));
    expect(vhostsOf(routeRows(m), "8000")).toEqual(["h.foo.svc.cluster.local:8000 h.foo, <clusterIP>"]);
  });

  test("dual-stack Services list every VIP; istioctl keeps a bracketed IPv6 literal", () => {
    const svc =
      'apiVersion: v1\nkind: Service\nmetadata: {name: d, namespace: foo}\nspec:\n  clusterIPs: ["fd00:10:96::5", "10.96.0.60"]\n  ports: [{name: http, port: 8000}]';
    expect(vhostsOf(routeRows(model(...CURL, svc)), "8000")).toEqual([
      "d.foo.svc.cluster.local:8000 d.foo, [fd00:10:96::5] + 1 more...",
    ]);
  });
});

describe("headless Services (§2.3 step 5)", () => {
  test("every name is repeated with a `*.` prefix and there is no address", () => {
    const db = service("default", "db", "None", "[{name: http-api, port: 5000}]", { selector: "app: db" });
    expect(vhostsOf(routeRows(model(...CURL, db)), "5000")).toEqual([
      "db.default.svc.cluster.local:5000 db, db.default + 2 more...",
    ]);
    const other = service("foo", "db", "None", "[{name: http-api, port: 5000}]");
    expect(vhostsOf(routeRows(model(...CURL, other)), "5000")).toEqual([
      "db.foo.svc.cluster.local:5000 db.foo, *.db.foo",
    ]);
  });
});

describe("ExternalName Services (§7)", () => {
  const target = service("default", "h", "10.96.0.20", "[{name: http, port: 8000}]");
  const alias = service("foo", "ext", "", "[{name: http, port: 8000}]", {
    type: "ExternalName",
    externalName: "h.default.svc.cluster.local",
  });

  test("1.21+: an alias adds its names to the target's vhost and has none of its own", () => {
    const m = model(...CURL, ns("foo"), target, alias);
    const rows = routeRows(m, "default/curl", { istioVersion: "1.21" });
    // [h, h.default, ext.foo, 10.96.0.20] once istioctl folds the .svc forms away.
    expect(vhostsOf(rows, "8000")).toEqual(["h.default.svc.cluster.local:8000 h, h.default + 2 more..."]);
  });

  test("1.20: the ExternalName Service has its own vhost, with no address", () => {
    const rows = routeRows(model(...CURL, ns("foo"), target, alias), "default/curl", { istioVersion: "1.20" });
    expect(vhostsOf(rows, "8000")).toEqual([
      "ext.foo.svc.cluster.local:8000 ext.foo",
      "h.default.svc.cluster.local:8000 h, h.default + 1 more...",
    ]);
  });

  test("an alias whose target is not in the registry adds nothing", () => {
    const lone = service("foo", "ext", "", "[{name: http, port: 8000}]", {
      type: "ExternalName",
      externalName: "api.example.com",
    });
    expect(vhostsOf(routeRows(model(...CURL, ns("foo"), lone)), "8000")).toEqual([]);
  });
});

describe("de-duplication inside a route config (§2.4)", () => {
  test("a domain claimed by an earlier vhost is dropped from later ones", () => {
    const a = istio(
      "ServiceEntry",
      "default",
      "a",
      "hosts: [a.example.com]\naddresses: [10.0.0.9]\nresolution: STATIC\nendpoints: [{address: 10.0.0.9}]\nports: [{number: 80, name: http, protocol: HTTP}]",
    );
    const b = istio(
      "ServiceEntry",
      "default",
      "b",
      "hosts: [b.example.com]\naddresses: [10.0.0.9]\nresolution: STATIC\nendpoints: [{address: 10.0.0.9}]\nports: [{number: 80, name: http, protocol: HTTP}]",
    );
    expect(vhostsOf(routeRows(model(...CURL, a, b)), "80")).toEqual([
      "a.example.com:80 a.example.com, 10.0.0.9",
      "b.example.com:80 b.example.com",
      "curl.default.svc.cluster.local:80 curl, curl.default + 1 more...",
    ]);
  });

  test("an expanded name that is another service's real hostname stays with that service", () => {
    // A ServiceEntry literally named `h.foo`, and Service h in foo whose vhost is built first (it has a VirtualService):
    // its short name h.foo is dropped because a service owns that hostname, so the entry keeps it.
    const se = istio(
      "ServiceEntry",
      "default",
      "short",
      "hosts: [h.foo]\nresolution: DNS\nports: [{number: 8000, name: http, protocol: HTTP}]",
    );
    const svc = service("foo", "h", "10.96.0.21", "[{name: http, port: 8000}]");
    const vs = istio(
      "VirtualService",
      "default",
      "hv",
      "hosts: [h.foo.svc.cluster.local]\nhttp: [{route: [{destination: {host: h.foo.svc.cluster.local}}]}]",
    );
    const rows = routeRows(model(...CURL, ns("foo"), svc, se, vs));
    expect(vhostsOf(rows, "8000")).toEqual([
      "h.foo.svc.cluster.local:8000 h.foo.svc.cluster.local, h.foo.svc + 1 more...",
      "h.foo:8000 h.foo",
    ]);
  });
});
