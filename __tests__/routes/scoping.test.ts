// §5.5/§6: what a proxy imports: exportTo, the Sidecar that applies, and hostnames defined more than once.
import { describe, expect, test } from "vitest";
import { CURL, created, deployment, istio, model, ns, routeRows, service, vhostsOf } from "./inline.js";

const ORG = (namespace: string, extra = "") =>
  istio(
    "ServiceEntry",
    namespace,
    "org",
    `hosts: [httpbin.org]\nresolution: DNS\nports: [{number: 80, name: http, protocol: HTTP}]${extra}`,
  );
const hasOrg = (rows: ReturnType<typeof routeRows>) => rows.some((r) => r.vhost === "httpbin.org:80");

describe("Sidecar selection (§6.1)", () => {
  const onlyOwn = (namespace: string, name: string, extra = "") =>
    istio("Sidecar", namespace, name, `${extra}egress: [{hosts: ["./*"]}]`);
  const importOrg = (namespace: string, name: string, extra = "") =>
    istio("Sidecar", namespace, name, `${extra}egress: [{hosts: ["./*", "*/httpbin.org"]}]`);

  test("a Sidecar whose selector matches the pod beats the namespace-wide one", () => {
    const m = model(
      ...CURL,
      ns("ext"),
      ORG("ext"),
      onlyOwn("default", "ns-wide"),
      importOrg("default", "for-curl", "workloadSelector: {labels: {app: curl}}\n"),
    );
    expect(hasOrg(routeRows(m))).toBe(true);
    const other = model(
      ...CURL,
      ns("ext"),
      ORG("ext"),
      onlyOwn("default", "ns-wide"),
      importOrg("default", "for-others", "workloadSelector: {labels: {app: other}}\n"),
    );
    expect(hasOrg(routeRows(other))).toBe(false);
  });

  test("the namespace-wide Sidecar beats the root namespace's, which applies elsewhere with `.` as the pod's namespace", () => {
    const root = importOrg("istio-system", "mesh-wide");
    expect(hasOrg(routeRows(model(...CURL, ns("ext"), ORG("ext"), root)))).toBe(true);
    expect(hasOrg(routeRows(model(...CURL, ns("ext"), ORG("ext"), root, onlyOwn("default", "ns-wide"))))).toBe(false);
    // `./*` in the root Sidecar means the pod's namespace: default/curl still sees its own Service.
    const rows = routeRows(model(...CURL, ns("ext"), ORG("ext"), onlyOwn("istio-system", "mesh-wide")));
    expect(rows.map((r) => r.vhost)).toContain("curl.default.svc.cluster.local:80");
    expect(hasOrg(rows)).toBe(false);
  });

  test("the namespace part of an egress host is where the object lives, not the hostname", () => {
    const m = model(...CURL, ns("ext"), ORG("ext"), istio("Sidecar", "default", "s", 'egress: [{hosts: ["ext/*"]}]'));
    const rows = routeRows(m);
    expect(hasOrg(rows)).toBe(true);
    expect(rows.map((r) => r.vhost)).not.toContain("curl.default.svc.cluster.local:80");
  });
});

describe("exportTo (§5.5)", () => {
  test("ServiceEntry exportTo: `.` hides it from other namespaces, a namespace list or `*` shows it", () => {
    expect(hasOrg(routeRows(model(...CURL, ns("ext"), ORG("ext", '\nexportTo: ["."]'))))).toBe(false);
    expect(hasOrg(routeRows(model(...CURL, ns("ext"), ORG("ext", '\nexportTo: ["default"]'))))).toBe(true);
    expect(hasOrg(routeRows(model(...CURL, ns("ext"), ORG("ext", '\nexportTo: ["foo"]'))))).toBe(false);
    expect(hasOrg(routeRows(model(...CURL, ORG("default", '\nexportTo: ["."]'))))).toBe(true);
  });

  test("a Service's networking.istio.io/exportTo annotation", () => {
    const hidden = service("foo", "h", "10.96.0.21", "[{name: http, port: 8000}]", {
      annotations: 'networking.istio.io/exportTo: "."',
    });
    expect(vhostsOf(routeRows(model(...CURL, hidden)), "8000")).toEqual([]);
    const shown = service("foo", "h", "10.96.0.21", "[{name: http, port: 8000}]", {
      annotations: 'networking.istio.io/exportTo: "bar,default"',
    });
    expect(vhostsOf(routeRows(model(...CURL, shown)), "8000")).toEqual([
      "h.foo.svc.cluster.local:8000 h.foo, 10.96.0.21",
    ]);
  });

  test("the mesh's defaultServiceExportTo applies to objects that set none", () => {
    const mesh =
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: istio, namespace: istio-system}\ndata:\n  mesh: |\n    defaultServiceExportTo: ["."]';
    expect(hasOrg(routeRows(model(...CURL, ns("ext"), ORG("ext"), mesh)))).toBe(false);
    expect(hasOrg(routeRows(model(...CURL, ns("ext"), ORG("ext", '\nexportTo: ["*"]'), mesh)))).toBe(true);
  });
});

describe("one hostname defined in several namespaces (§6.2)", () => {
  const seFor = (namespace: string) =>
    istio(
      "ServiceEntry",
      namespace,
      "shadow",
      "hosts: [h.foo.svc.cluster.local]\nresolution: DNS\nports: [{number: 8000, name: http, protocol: HTTP}]",
    );
  const svc = service("foo", "h", "10.96.0.21", "[{name: http, port: 8000}]");

  test("the proxy's own namespace wins", () => {
    expect(vhostsOf(routeRows(model(...CURL, seFor("default"), svc)), "8000")).toEqual([
      "h.foo.svc.cluster.local:8000 h.foo",
    ]);
  });

  test("1.24+ prefers the Kubernetes Service over an older ServiceEntry elsewhere; before, the first seen wins", () => {
    // The ServiceEntry was created first; the Service, with no creation time, when the repository is applied.
    const m = model(...CURL, created(seFor("bar"), "2025-01-01T00:00:00Z"), svc);
    expect(vhostsOf(routeRows(m), "8000")).toEqual(["h.foo.svc.cluster.local:8000 h.foo, 10.96.0.21"]);
    const older = istio("Sidecar", "default", "s", 'egress: [{hosts: ["*/*"]}]');
    expect(
      vhostsOf(
        routeRows(model(...CURL, created(seFor("bar"), "2025-01-01T00:00:00Z"), svc, older), "default/curl", {
          istioVersion: "1.23",
        }),
        "8000",
      ),
    ).toEqual(["h.foo.svc.cluster.local:8000 h.foo"]);
    // Before 1.24 a namespace without Sidecar had its own scope builder, where Kubernetes Services always won.
    expect(vhostsOf(routeRows(m, "default/curl", { istioVersion: "1.23" }), "8000")).toEqual([
      "h.foo.svc.cluster.local:8000 h.foo, 10.96.0.21",
    ]);
  });
});

describe("workloads", () => {
  test("tables are per proxy: another namespace sees other short names", () => {
    const m = model(
      ...CURL,
      ns("foo"),
      deployment("foo", "client"),
      service("foo", "h", "10.96.0.21", "[{name: http, port: 8000}]"),
    );
    expect(vhostsOf(routeRows(m, "foo/client"), "8000")).toEqual(["h.foo.svc.cluster.local:8000 h, h.foo + 1 more..."]);
  });
});
