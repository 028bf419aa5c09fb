// §8: VirtualServices in sidecar route tables (variants of the spec's Example 5 and the port-80 leak).
import { describe, expect, test } from "vitest";
import { CURL, created, istio, model, ns, routeRows, service } from "./inline.js";

const HTTPBIN = service("default", "httpbin", "10.96.0.20", "[{name: http, port: 8000}]");
const vs = (spec: string, namespace = "default", name = "httpbin") => istio("VirtualService", namespace, name, spec);
const lines = (rows: ReturnType<typeof routeRows>, name: string) =>
  rows.filter((r) => r.name === name).map((r) => `${r.vhost} | ${r.domains} | ${r.match} | ${r.virtualService}`);

describe("VirtualService routes (§8.2, §8.3)", () => {
  test("a VS host that is a service on the port replaces its default route; the others keep theirs", () => {
    const rows = routeRows(
      model(
        ...CURL,
        HTTPBIN,
        vs("hosts: [httpbin]\nhttp: [{match: [{uri: {prefix: /a}}], route: [{destination: {host: httpbin}}]}]"),
      ),
    );
    expect(lines(rows, "8000")).toEqual([
      "httpbin.default.svc.cluster.local:8000 | httpbin, httpbin.default + 1 more... | /a* | httpbin.default",
    ]);
  });

  test("port 80 considers every VirtualService: hosts that are no service on 80 leak in with their bare name", () => {
    const rows = routeRows(
      model(...CURL, HTTPBIN, vs("hosts: [httpbin]\nhttp: [{route: [{destination: {host: httpbin}}]}]")),
    );
    expect(lines(rows, "80")).toEqual([
      "curl.default.svc.cluster.local:80 | curl, curl.default + 1 more... | /* | ",
      "httpbin.default.svc.cluster.local:80 | httpbin.default.svc.cluster.local | /* | httpbin.default",
    ]);
  });

  test("without a route config 80 there is nothing to leak into", () => {
    const bare = [CURL[0]!, CURL[2]!];
    const rows = routeRows(
      model(...bare, HTTPBIN, vs("hosts: [httpbin]\nhttp: [{route: [{destination: {host: httpbin}}]}]")),
    );
    expect(rows.filter((r) => r.name === "80")).toEqual([]);
  });

  test("a VS that applies only to other gateways does nothing for sidecars; `mesh` among them applies", () => {
    const spec = (gw: string) =>
      `hosts: [httpbin]\ngateways: [${gw}]\nhttp: [{match: [{uri: {prefix: /a}}], route: [{destination: {host: httpbin}}]}]`;
    expect(lines(routeRows(model(...CURL, HTTPBIN, vs(spec("my-gw")))), "8000")).toEqual([
      "httpbin.default.svc.cluster.local:8000 | httpbin, httpbin.default + 1 more... | /* | ",
    ]);
    expect(lines(routeRows(model(...CURL, HTTPBIN, vs(spec("my-gw, mesh")))), "8000")[0]).toContain(
      "| /a* | httpbin.default",
    );
  });

  test("exportTo `.` on a VS in foo hides it from default", () => {
    const foo = vs(
      'hosts: [httpbin.default.svc.cluster.local]\nexportTo: ["."]\nhttp: [{match: [{uri: {prefix: /a}}], route: [{destination: {host: httpbin.default.svc.cluster.local}}]}]',
      "foo",
    );
    expect(lines(routeRows(model(...CURL, ns("foo"), HTTPBIN, foo)), "8000")[0]).toContain("| /* | ");
  });

  test("match details: header-only prints /*, a match for another port is dropped, nothing follows a catch-all", () => {
    const spec = [
      "hosts: [httpbin]",
      "http:",
      "- match: [{headers: {x-user: {exact: a}}}, {port: 9999, uri: {prefix: /other}}, {uri: {exact: /e}}]",
      "  route: [{destination: {host: httpbin}}]",
      "- match: [{uri: {prefix: /}}, {uri: {prefix: /never}}]",
      "  route: [{destination: {host: httpbin}}]",
      "- route: [{destination: {host: httpbin}}]",
    ].join("\n");
    expect(
      routeRows(model(...CURL, HTTPBIN, vs(spec)))
        .filter((r) => r.name === "8000")
        .map((r) => r.match),
    ).toEqual(["/*", "/e", "/*"]);
  });

  test("sourceLabels and sourceNamespace keep a match only for the proxies they describe", () => {
    const spec =
      "hosts: [httpbin]\nhttp:\n- match: [{sourceLabels: {app: other}, uri: {prefix: /x}}, {sourceNamespace: default, uri: {prefix: /y}}]\n  route: [{destination: {host: httpbin}}]";
    expect(
      routeRows(model(...CURL, HTTPBIN, vs(spec)))
        .filter((r) => r.name === "8000")
        .map((r) => r.match),
    ).toEqual(["/y*"]);
  });

  test("a multi-port service gets the VS routes on every HTTP port; the VS's other hosts follow onto those ports", () => {
    const svc = service(
      "default",
      "multi",
      "10.96.0.25",
      "[{name: http, port: 8000}, {name: http-admin, port: 9000}, {name: metrics, port: 9100}]",
    );
    const rows = routeRows(
      model(
        ...CURL,
        svc,
        vs(
          "hosts: [multi, www.example.com]\nhttp: [{match: [{uri: {prefix: /m}}], route: [{destination: {host: multi}}]}]",
          "default",
          "m",
        ),
      ),
    );
    expect(lines(rows, "8000")).toEqual([
      "multi.default.svc.cluster.local:8000 | multi, multi.default + 1 more... | /m* | m.default",
      "www.example.com:8000 | www.example.com | /m* | m.default",
    ]);
    expect(lines(rows, "9000")).toEqual([
      "multi.default.svc.cluster.local:9000 | multi, multi.default + 1 more... | /m* | m.default",
      "www.example.com:9000 | www.example.com | /m* | m.default",
    ]);
    // The sniffed route config of the auto port keeps the service's vhost with the VS routes.
    expect(lines(rows, "multi.default.svc.cluster.local:9100")).toEqual([
      "multi.default.svc.cluster.local:9100 | * | /m* | m.default",
    ]);
  });

  test("a VS whose matches all drop leaves the service its default route", () => {
    const spec = "hosts: [httpbin]\nhttp: [{match: [{port: 9999}], route: [{destination: {host: httpbin}}]}]";
    expect(lines(routeRows(model(...CURL, HTTPBIN, vs(spec))), "8000")).toEqual([
      "httpbin.default.svc.cluster.local:8000 | httpbin, httpbin.default + 1 more... | /* | ",
    ]);
  });

  test("a dotted short host (httpbin.default) is not resolved: no effect on 8000, a bare vhost on 80", () => {
    const rows = routeRows(
      model(...CURL, HTTPBIN, vs("hosts: [httpbin.default]\nhttp: [{route: [{destination: {host: httpbin}}]}]")),
    );
    expect(lines(rows, "8000")).toEqual([
      "httpbin.default.svc.cluster.local:8000 | httpbin, httpbin.default + 1 more... | /* | ",
    ]);
    expect(lines(rows, "80")).toContain("httpbin.default:80 | httpbin.default | /* | httpbin.default");
  });

  test("a wildcard VS host binds to the services it covers and is a bare vhost only when it covers none", () => {
    const se = istio(
      "ServiceEntry",
      "default",
      "api",
      "hosts: [api.example.com]\nresolution: DNS\nports: [{number: 80, name: http, protocol: HTTP}]",
    );
    const rows = routeRows(
      model(
        ...CURL,
        se,
        vs(
          "hosts: ['*.example.com', '*.example.org']\nhttp: [{match: [{uri: {prefix: /w}}], route: [{destination: {host: api.example.com}}]}]",
          "default",
          "wild",
        ),
      ),
    );
    expect(lines(rows, "80")).toEqual([
      "*.example.org:80 | *.example.org | /w* | wild.default",
      "api.example.com:80 | api.example.com | /w* | wild.default",
      "curl.default.svc.cluster.local:80 | curl, curl.default + 1 more... | /* | ",
    ]);
  });

  test("a service covered by two wildcard VS hosts takes the routes of the most specific one", () => {
    const se = istio(
      "ServiceEntry",
      "default",
      "api",
      "hosts: [api.example.com]\nresolution: DNS\nports: [{number: 80, name: http, protocol: HTTP}]",
    );
    const broad = vs(
      "hosts: ['*.com']\nhttp: [{match: [{uri: {prefix: /broad}}], route: [{destination: {host: api.example.com}}]}]",
      "default",
      "broad",
    );
    const narrow = vs(
      "hosts: ['*.example.com']\nhttp: [{match: [{uri: {prefix: /narrow}}], route: [{destination: {host: api.example.com}}]}]",
      "default",
      "narrow",
    );
    expect(lines(routeRows(model(...CURL, se, broad, narrow)), "80")).toEqual([
      "api.example.com:80 | api.example.com | /narrow* | narrow.default",
      "curl.default.svc.cluster.local:80 | curl, curl.default + 1 more... | /* | ",
    ]);
  });

  test("match-level gateways: `mesh` keeps the match whatever its sourceLabels; other gateways drop it", () => {
    const spec =
      "hosts: [httpbin]\nhttp:\n- match: [{gateways: [mesh], sourceLabels: {app: other}, uri: {prefix: /g}}, {gateways: [my-gw], uri: {prefix: /h}}]\n  route: [{destination: {host: httpbin}}]";
    expect(
      routeRows(model(...CURL, HTTPBIN, vs(spec)))
        .filter((r) => r.name === "8000")
        .map((r) => r.match),
    ).toEqual(["/g*"]);
  });

  test("VS precedence for one host: private to the namespace, then exported to it, then public; age breaks ties", () => {
    const pub = vs(
      "hosts: [httpbin.default.svc.cluster.local]\nhttp: [{match: [{uri: {prefix: /public}}], route: [{destination: {host: httpbin.default.svc.cluster.local}}]}]",
      "foo",
      "pub",
    );
    const priv = vs(
      'hosts: [httpbin]\nexportTo: ["."]\nhttp: [{match: [{uri: {prefix: /private}}], route: [{destination: {host: httpbin}}]}]',
      "default",
      "priv",
    );
    expect(
      routeRows(model(...CURL, ns("foo"), HTTPBIN, pub, priv))
        .filter((r) => r.name === "8000")
        .map((r) => `${r.match} ${r.virtualService}`),
    ).toEqual(["/private* priv.default"]);
  });

  test("two VirtualServices for one host: the older one's vhost wins", () => {
    const a = vs(
      "hosts: [httpbin]\nhttp: [{match: [{uri: {prefix: /first}}], route: [{destination: {host: httpbin}}]}]",
      "default",
      "a",
    );
    const b = vs(
      "hosts: [httpbin]\nhttp: [{match: [{uri: {prefix: /second}}], route: [{destination: {host: httpbin}}]}]",
      "default",
      "b",
    );
    expect(
      routeRows(model(...CURL, HTTPBIN, a, b))
        .filter((r) => r.name === "8000")
        .map((r) => `${r.match} ${r.virtualService}`),
    ).toEqual(["/first* a.default"]);
  });
});

describe("VIRTUAL SERVICE column across versions (§3.6)", () => {
  const m = () => model(...CURL, HTTPBIN, vs("hosts: [httpbin]\nhttp: [{route: [{destination: {host: httpbin}}]}]"));
  const column = (options: { istioVersion: string; istioctlVersion?: string }) =>
    routeRows(m(), "default/curl", options).find((r) => r.name === "8000")!.virtualService;

  test("matching istioctl and control plane print name.namespace in every version", () => {
    expect(column({ istioVersion: "1.23" })).toBe("httpbin.default");
    expect(column({ istioVersion: "1.24" })).toBe("httpbin.default");
  });

  test("an istioctl older than 1.24 reading a 1.24+ control plane prints <unknown>", () => {
    expect(column({ istioVersion: "1.24", istioctlVersion: "1.23" })).toBe("<unknown>");
    expect(column({ istioVersion: "1.23", istioctlVersion: "1.25" })).toBe("httpbin.default");
  });
});

describe("config order as istiod keeps it: creation time, then name, then namespace", () => {
  const prefixVs = (name: string, prefix: string, namespace = "default") =>
    vs(
      `hosts: [httpbin.default.svc.cluster.local]\nhttp: [{match: [{uri: {prefix: /${prefix}}}], route: [{destination: {host: httpbin.default.svc.cluster.local}}]}]`,
      namespace,
      name,
    );
  const winner = (...docs: string[]) =>
    routeRows(model(...CURL, ns("alpha"), ns("zed"), HTTPBIN, ...docs))
      .filter((r) => r.name === "8000")
      .map((r) => `${r.match} ${r.virtualService}`);

  test("the VirtualService created first wins, wherever it is written and whatever its name", () => {
    const late = created(prefixVs("a", "late"), "2025-06-01T10:00:00Z");
    const early = created(prefixVs("b", "early"), "2025-06-01T09:00:00Z");
    expect(winner(late, early)).toEqual(["/early* b.default"]);
  });

  test("without creation times (or with the same second) the name decides, not the order in the files", () => {
    expect(winner(prefixVs("b", "second"), prefixVs("a", "first"))).toEqual(["/first* a.default"]);
    const same = "2025-06-01T10:00:00Z";
    expect(winner(created(prefixVs("b", "second"), same), created(prefixVs("a", "first"), same))).toEqual([
      "/first* a.default",
    ]);
  });

  test("an object with a creation time is older than one without (created when the repository is applied)", () => {
    expect(winner(prefixVs("a", "new"), created(prefixVs("b", "old"), "2025-06-01T10:00:00Z"))).toEqual([
      "/old* b.default",
    ]);
  });

  test("the same name in two namespaces: the namespace decides", () => {
    expect(winner(prefixVs("x", "zed", "zed"), prefixVs("x", "alpha", "alpha"))).toEqual(["/alpha* x.alpha"]);
  });
});

describe("VirtualService hosts are lower-cased from 1.27", () => {
  const upper = vs(
    "hosts: [HTTPBIN.default.svc.cluster.local]\nhttp: [{match: [{uri: {prefix: /upper}}], route: [{destination: {host: httpbin}}]}]",
  );

  test("1.27+: a host written with capitals binds to the service", () => {
    const rows = routeRows(model(...CURL, HTTPBIN, upper), "default/curl", { istioVersion: "1.27" });
    expect(lines(rows, "8000")).toEqual([
      "httpbin.default.svc.cluster.local:8000 | httpbin.default.svc.cluster.local., httpbin + 2 more... | /upper* | httpbin.default",
    ]);
  });

  test("before 1.27 it binds to nothing, and the service keeps its default route", () => {
    const rows = routeRows(model(...CURL, HTTPBIN, upper), "default/curl", { istioVersion: "1.26" });
    expect(lines(rows, "8000").map((l) => l.split(" | ")[3])).toEqual([""]);
  });
});
