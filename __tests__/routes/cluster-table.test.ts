// `istioctl pc cluster` (§5.2): cluster types, DestinationRule column and subsets, and istioctl's order.
import { describe, expect, test } from "vitest";
import { CURL, clusterRows, istio, model, ns, service } from "./inline.js";

const line = (r: ReturnType<typeof clusterRows>[number]) =>
  [r.fqdn, r.port, r.subset, r.direction, r.type, r.destinationRule].join(" ").trimEnd();
const rowsFor = (rows: ReturnType<typeof clusterRows>, fqdn: string) => rows.filter((r) => r.fqdn === fqdn).map(line);

describe("cluster table", () => {
  test("types follow the resolution: EDS, ORIGINAL_DST for headless and NONE, STRICT_DNS, LOGICAL_DNS", () => {
    const m = model(
      ...CURL,
      service("default", "db", "None", "[{name: tcp, port: 5432}]"),
      istio(
        "ServiceEntry",
        "default",
        "a",
        "hosts: [a.example.com]\nresolution: DNS_ROUND_ROBIN\nports: [{number: 443, name: tls, protocol: TLS}]",
      ),
      istio(
        "ServiceEntry",
        "default",
        "b",
        "hosts: [b.example.com]\nresolution: STATIC\nendpoints: [{address: 192.0.2.1}]\nports: [{number: 80, name: http, protocol: HTTP}, {number: 53, name: udp, protocol: UDP}]",
      ),
    );
    const rows = clusterRows(m);
    expect(rowsFor(rows, "db.default.svc.cluster.local")).toEqual([
      "db.default.svc.cluster.local 5432 - outbound ORIGINAL_DST",
    ]);
    expect(rowsFor(rows, "a.example.com")).toEqual(["a.example.com 443 - outbound LOGICAL_DNS"]);
    expect(rowsFor(rows, "b.example.com")).toEqual(["b.example.com 80 - outbound EDS"]);
  });

  test("rows are sorted by name, subset, port number, direction; plain clusters print dashes", () => {
    const m = model(
      ...CURL,
      service("default", "w", "10.96.0.80", "[{name: http, port: 9000}, {name: http-b, port: 100}]"),
    );
    expect(clusterRows(m).map(line)).toEqual([
      " 80 - inbound ORIGINAL_DST",
      "BlackHoleCluster - - - STATIC",
      "InboundPassthroughCluster - - - ORIGINAL_DST",
      "PassthroughCluster - - - ORIGINAL_DST",
      "agent - - - STATIC",
      "curl.default.svc.cluster.local 80 - outbound EDS",
      "prometheus_stats - - - STATIC",
      "sds-grpc - - - STATIC",
      "w.default.svc.cluster.local 100 - outbound EDS",
      "w.default.svc.cluster.local 9000 - outbound EDS",
      "xds-grpc - - - STATIC",
    ]);
  });

  test("a DestinationRule names itself on the service's clusters and adds one per subset", () => {
    const dr = istio(
      "DestinationRule",
      "default",
      "h-dr",
      "host: h\nsubsets: [{name: v1, labels: {v: '1'}}, {name: v2, labels: {v: '2'}}]",
    );
    const m = model(...CURL, service("default", "h", "10.96.0.20", "[{name: http, port: 8000}]"), dr);
    expect(rowsFor(clusterRows(m), "h.default.svc.cluster.local")).toEqual([
      "h.default.svc.cluster.local 8000 - outbound EDS h-dr.default",
      "h.default.svc.cluster.local 8000 v1 outbound EDS h-dr.default",
      "h.default.svc.cluster.local 8000 v2 outbound EDS h-dr.default",
    ]);
    // An istioctl older than 1.24 cannot read the v1 metadata of a 1.24+ control plane.
    expect(
      rowsFor(
        clusterRows(m, "default/curl", { istioVersion: "1.24", istioctlVersion: "1.23" }),
        "h.default.svc.cluster.local",
      )[0],
    ).toBe("h.default.svc.cluster.local 8000 - outbound EDS <unknown>");
  });

  test("DestinationRule lookup: the proxy's namespace first, then the service's, then the root namespace; exportTo counts", () => {
    const svc = service("foo", "h", "10.96.0.21", "[{name: http, port: 8000}]");
    const dr = (namespace: string, name: string, extra = "") =>
      istio("DestinationRule", namespace, name, `host: h.foo.svc.cluster.local${extra}`);
    const col = (...docs: string[]) =>
      clusterRows(model(...CURL, ns("foo"), svc, ...docs)).find((r) => r.fqdn === "h.foo.svc.cluster.local")!
        .destinationRule;
    expect(col(dr("istio-system", "root"), dr("foo", "svc-ns"), dr("default", "mine"))).toBe("mine.default");
    expect(col(dr("istio-system", "root"), dr("foo", "svc-ns"))).toBe("svc-ns.foo");
    expect(col(dr("istio-system", "root"), dr("foo", "svc-ns", '\nexportTo: ["."]'))).toBe("root.istio-system");
    expect(
      col(istio("DestinationRule", "default", "wild", "host: '*.foo.svc.cluster.local'"), dr("default", "exact")),
    ).toBe("exact.default");
  });

  test("services a Sidecar does not import get no cluster, unless a VirtualService routes to them", () => {
    const svc = service("foo", "h", "10.96.0.21", "[{name: http, port: 8000}, {name: http-admin, port: 9000}]");
    const sidecar = istio("Sidecar", "default", "s", 'egress: [{hosts: ["./*"]}]');
    expect(rowsFor(clusterRows(model(...CURL, ns("foo"), svc, sidecar)), "h.foo.svc.cluster.local")).toEqual([]);
    const vs = istio(
      "VirtualService",
      "default",
      "to-h",
      "hosts: [curl]\nhttp: [{route: [{destination: {host: h.foo.svc.cluster.local, port: {number: 8000}}}]}]",
    );
    expect(rowsFor(clusterRows(model(...CURL, ns("foo"), svc, sidecar, vs)), "h.foo.svc.cluster.local")).toEqual([
      "h.foo.svc.cluster.local 8000 - outbound EDS",
    ]);
  });

  test("ExternalName: a STRICT_DNS cluster in 1.20, none once it is an alias (1.21+)", () => {
    const m = model(
      ...CURL,
      service("default", "ext", "", "[{name: http, port: 80}]", {
        type: "ExternalName",
        externalName: "api.example.com",
      }),
    );
    expect(rowsFor(clusterRows(m, "default/curl", { istioVersion: "1.20" }), "ext.default.svc.cluster.local")).toEqual([
      "ext.default.svc.cluster.local 80 - outbound STRICT_DNS",
    ]);
    expect(rowsFor(clusterRows(m, "default/curl", { istioVersion: "1.21" }), "ext.default.svc.cluster.local")).toEqual(
      [],
    );
  });

  test("version flags: the inbound passthrough cluster name and the zipkin bootstrap cluster", () => {
    const names = (v: string) =>
      clusterRows(model(...CURL), "default/curl", { istioVersion: v })
        .filter((r) => r.port === "-")
        .map((r) => r.fqdn);
    expect(names("1.21")).toEqual([
      "BlackHoleCluster",
      "InboundPassthroughClusterIpv4",
      "PassthroughCluster",
      "agent",
      "prometheus_stats",
      "sds-grpc",
      "xds-grpc",
      "zipkin",
    ]);
    expect(names("1.22")).toEqual([
      "BlackHoleCluster",
      "InboundPassthroughClusterIpv4",
      "PassthroughCluster",
      "agent",
      "prometheus_stats",
      "sds-grpc",
      "xds-grpc",
    ]);
    expect(names("1.23")).toEqual([
      "BlackHoleCluster",
      "InboundPassthroughCluster",
      "PassthroughCluster",
      "agent",
      "prometheus_stats",
      "sds-grpc",
      "xds-grpc",
    ]);
  });
});

describe("DestinationRule load balancer PASSTHROUGH", () => {
  const W = service("default", "w", "10.96.0.80", "[{name: http, port: 8080}, {name: grpc, port: 9090}]");
  const dr = (spec: string) => istio("DestinationRule", "default", "w", `host: w.default.svc.cluster.local\n${spec}`);
  const rows = (spec: string) => rowsFor(clusterRows(model(...CURL, W, dr(spec))), "w.default.svc.cluster.local");

  test("on the rule: every port's cluster forwards to the original destination", () => {
    expect(rows("trafficPolicy: {loadBalancer: {simple: PASSTHROUGH}}")).toEqual([
      "w.default.svc.cluster.local 8080 - outbound ORIGINAL_DST w.default",
      "w.default.svc.cluster.local 9090 - outbound ORIGINAL_DST w.default",
    ]);
  });

  test("on a port: that port only; a port entry without a load balancer replaces the rule's for its port", () => {
    expect(
      rows("trafficPolicy: {portLevelSettings: [{port: {number: 9090}, loadBalancer: {simple: PASSTHROUGH}}]}"),
    ).toEqual([
      "w.default.svc.cluster.local 8080 - outbound EDS w.default",
      "w.default.svc.cluster.local 9090 - outbound ORIGINAL_DST w.default",
    ]);
    const overridden =
      "trafficPolicy: {loadBalancer: {simple: PASSTHROUGH}, portLevelSettings: [{port: {number: 9090}, tls: {mode: DISABLE}}]}";
    expect(rows(overridden)).toEqual([
      "w.default.svc.cluster.local 8080 - outbound ORIGINAL_DST w.default",
      "w.default.svc.cluster.local 9090 - outbound EDS w.default",
    ]);
  });

  test("on a subset: that subset's clusters; the rule's PASSTHROUGH carries over to every subset", () => {
    const subsets =
      "subsets: [{name: v1, labels: {v: '1'}, trafficPolicy: {loadBalancer: {simple: PASSTHROUGH}}}, {name: v2, labels: {v: '2'}}]";
    expect(rows(subsets)).toEqual([
      "w.default.svc.cluster.local 8080 - outbound EDS w.default",
      "w.default.svc.cluster.local 9090 - outbound EDS w.default",
      "w.default.svc.cluster.local 8080 v1 outbound ORIGINAL_DST w.default",
      "w.default.svc.cluster.local 9090 v1 outbound ORIGINAL_DST w.default",
      "w.default.svc.cluster.local 8080 v2 outbound EDS w.default",
      "w.default.svc.cluster.local 9090 v2 outbound EDS w.default",
    ]);
    const ruleWide = `trafficPolicy: {loadBalancer: {simple: PASSTHROUGH}}\nsubsets: [{name: v2, labels: {v: '2'}, trafficPolicy: {loadBalancer: {simple: ROUND_ROBIN}}}]`;
    expect(rows(ruleWide).filter((r) => r.includes(" v2 "))).toEqual([
      "w.default.svc.cluster.local 8080 v2 outbound ORIGINAL_DST w.default",
      "w.default.svc.cluster.local 9090 v2 outbound ORIGINAL_DST w.default",
    ]);
  });
});
