// §2.5, §2.6, §4: vhost order, sniffed route configs, and the catch-all vhost.
import { describe, expect, test } from "vitest";
import { CURL, istio, model, REGISTRY_ONLY, routeRows, service, vhostsOf } from "./inline.js";

const se = (name: string, host: string, port = 80) =>
  istio(
    "ServiceEntry",
    "default",
    name,
    `hosts: ["${host}"]\nresolution: NONE\nports: [{number: ${port}, name: http, protocol: HTTP}]`,
  );

describe("vhost order (§2.5)", () => {
  test("vhosts are sorted byte-wise by name: `*` < digits < upper case < `_` < lower case", () => {
    const rows = routeRows(
      model(
        ...CURL,
        se("z", "zeta.example.com"),
        se("w", "*.wiki.org"),
        se("d", "9lives.example.com"),
        se("u", "_under.example.com"),
        se("b", "beta.example.com"),
      ),
    );
    expect(rows.filter((r) => r.name === "80").map((r) => r.vhost)).toEqual([
      "*.wiki.org:80",
      "9lives.example.com:80",
      "_under.example.com:80",
      "beta.example.com:80",
      "curl.default.svc.cluster.local:80",
      "zeta.example.com:80",
    ]);
  });
});

describe("catch-all vhost (§4)", () => {
  test("ALLOW_ANY: allow_any routes to PassthroughCluster, which istioctl hides", () => {
    expect(routeRows(model(...CURL)).some((r) => r.vhost === "allow_any")).toBe(false);
  });

  test("REGISTRY_ONLY: block_all is the last vhost of every bare-port route config, never of sniffed ones", () => {
    const rows = routeRows(
      model(
        ...CURL,
        REGISTRY_ONLY,
        se("a", "aaa.example.com", 8000),
        service("default", "m", "10.96.0.44", "[{name: metrics, port: 9100}]"),
      ),
    );
    expect(rows.filter((r) => r.name === "80").map((r) => r.vhost)).toEqual([
      "curl.default.svc.cluster.local:80",
      "block_all",
    ]);
    expect(rows.filter((r) => r.name === "8000").map((r) => r.vhost)).toEqual(["aaa.example.com:8000", "block_all"]);
    expect(rows.filter((r) => r.name === "m.default.svc.cluster.local:9100").map((r) => r.vhost)).toEqual([
      "m.default.svc.cluster.local:9100",
    ]);
    expect(rows.find((r) => r.vhost === "block_all")).toEqual({
      name: "80",
      vhost: "block_all",
      domains: "*",
      match: "/*",
      virtualService: "",
    });
  });

  test("a Sidecar policy overrides the mesh's for its namespace only", () => {
    const sidecar = istio("Sidecar", "default", "default", "outboundTrafficPolicy: {mode: REGISTRY_ONLY}");
    expect(vhostsOf(routeRows(model(...CURL, sidecar)), "80")).toEqual([
      "curl.default.svc.cluster.local:80 curl, curl.default + 1 more...",
      "block_all *",
    ]);
  });

  test("ALLOW_ANY with a Sidecar egressProxy: allow_any routes to that proxy and is printed", () => {
    const sidecar = istio(
      "Sidecar",
      "default",
      "default",
      "outboundTrafficPolicy:\n  mode: ALLOW_ANY\n  egressProxy: {host: egress.example.com, port: {number: 3128}}",
    );
    expect(vhostsOf(routeRows(model(...CURL, sidecar)), "80")).toEqual([
      "curl.default.svc.cluster.local:80 curl, curl.default + 1 more...",
      "allow_any *",
    ]);
  });
});

describe("sniffed route configs (§2.6)", () => {
  test("only the service's own vhost is kept, with domains `*`", () => {
    const a = service("default", "a", "10.96.0.45", "[{name: metrics, port: 9100}]");
    const b = service("default", "b", "10.96.0.46", "[{name: metrics, port: 9100}]");
    const rows = routeRows(model(...CURL, a, b));
    expect(vhostsOf(rows, "a.default.svc.cluster.local:9100")).toEqual(["a.default.svc.cluster.local:9100 *"]);
    expect(vhostsOf(rows, "b.default.svc.cluster.local:9100")).toEqual(["b.default.svc.cluster.local:9100 *"]);
  });

  test("an HTTP service on the same port adds the bare-port route config, which lists the auto service in full", () => {
    const a = service("default", "a", "10.96.0.45", "[{name: metrics, port: 9100}]");
    const h = service("default", "h", "10.96.0.47", "[{name: http, port: 9100}]");
    const rows = routeRows(model(...CURL, a, h));
    expect(vhostsOf(rows, "9100")).toEqual([
      "a.default.svc.cluster.local:9100 a, a.default + 1 more...",
      "h.default.svc.cluster.local:9100 h, h.default + 1 more...",
    ]);
    expect(vhostsOf(rows, "a.default.svc.cluster.local:9100")).toEqual(["a.default.svc.cluster.local:9100 *"]);
  });
});
