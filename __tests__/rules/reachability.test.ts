// Reachability per calling namespace. The visibility cases follow the spirit of Istio's analyzer test data for
// ServiceEntry exportTo (corpus case istio-analyzer-serviceentry-exportto) and its passthrough simulation
// (istio-pilot-passthrough-simulation); the manifests here are written for these tests.
import { describe, expect, it } from "vitest";
import { reachability, parseIp, addressCovers, type ReachQuery } from "../../src/model/reachability.js";
import { docs, meshMode, modelFrom } from "./helpers.js";

function se(name: string, ns: string, spec: string): string {
  return `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: ${name}
  namespace: ${ns}
spec:
${spec.replace(/^\n/, "").replace(/^/gm, "  ")}`;
}

const bookinfo = modelFrom(
  docs(
    se(
      "external-reviews",
      "default",
      "hosts: [external-reviews.org]\nports: [{number: 80, name: http, protocol: HTTP}]",
    ),
    se("eu-wildcard", "default", "hosts: ['*.eu.bookinfo.com']\nports: [{number: 443, name: tls, protocol: TLS}]"),
    se(
      "other-only",
      "other",
      "hosts: [other.bookinfo.com]\nports: [{number: 443, name: tls, protocol: TLS}]\nexportTo: ['.']",
    ),
    se(
      "exported",
      "other",
      "hosts: [abc.bookinfo.com]\nports: [{number: 443, name: tls, protocol: TLS}]\nexportTo: [default]",
    ),
    se(
      "nobody",
      "other",
      "hosts: [hidden.bookinfo.com]\nports: [{number: 443, name: tls, protocol: TLS}]\nexportTo: ['~']",
    ),
    `apiVersion: v1
kind: Service
metadata:
  name: details
  namespace: default
  annotations:
    networking.istio.io/exportTo: banana
spec:
  ports: [{name: http, port: 9080}]`,
    `apiVersion: v1
kind: Service
metadata:
  name: hello
  namespace: hello
  annotations:
    networking.istio.io/exportTo: "hello1,hello2,."
spec:
  ports: [{name: http, port: 9080}]`,
  ),
);

function verdict(model: ReturnType<typeof modelFrom>, q: Partial<ReachQuery> & { host: string }): string {
  return reachability(model, { namespace: "default", port: 0, scheme: "", ...q }).verdict;
}

describe("exportTo visibility", () => {
  it.each([
    ["default", "external-reviews.org", 80, "registered"],
    ["default", "reviews.eu.bookinfo.com", 443, "registered"],
    ["default", "eu.bookinfo.com", 443, "wildcard-apex"],
    ["default", "other.bookinfo.com", 443, "not-exported"],
    ["other", "other.bookinfo.com", 443, "registered"],
    ["default", "abc.bookinfo.com", 443, "registered"],
    ["foo", "abc.bookinfo.com", 443, "not-exported"],
    ["other", "hidden.bookinfo.com", 443, "not-exported"],
    ["istio-system", "details.default.svc.cluster.local", 9080, "not-exported"],
    ["banana", "details.default.svc.cluster.local", 9080, "registered"],
    ["hello", "hello.hello.svc.cluster.local", 9080, "registered"],
    ["hello1", "hello.hello.svc.cluster.local", 9080, "registered"],
    ["hello2", "hello.hello.svc.cluster.local", 9080, "registered"],
    ["hello3", "hello.hello.svc.cluster.local", 9080, "not-exported"],
    ["default", "reviews-bogus.org", 80, "unregistered"],
  ])("from %s, %s:%d is %s", (namespace, host, port, expected) => {
    expect(verdict(bookinfo, { namespace, host, port })).toBe(expected);
  });

  it("a port the entry does not declare is not registered (reviews-bogusport)", () => {
    expect(verdict(bookinfo, { host: "external-reviews.org", port: 999 })).toBe("port-not-registered");
  });

  it("an unknown port (0) is satisfied by any declared port, but not by an entry without ports", () => {
    const m = modelFrom(
      docs(
        se("a", "default", "hosts: [a.org]\nports: [{number: 8443, name: tls, protocol: TLS}]"),
        se("b", "default", "hosts: [b.org]"),
      ),
    );
    expect(verdict(m, { host: "a.org", port: 0 })).toBe("registered");
    expect(verdict(m, { host: "b.org", port: 0 })).toBe("port-not-registered");
  });

  it("same host and port in two namespaces, each exported to itself, is registered only there (serviceentry-conflicting-exportto)", () => {
    const m = modelFrom(
      docs(
        se(
          "se-ns1",
          "ns1",
          "hosts: [example.com]\nports: [{number: 8080, name: http-8080, protocol: HTTP}]\nresolution: DNS\nexportTo: ['.']",
        ),
        se(
          "se-ns2",
          "ns2",
          "hosts: [example.com]\nports: [{number: 8080, name: https-8080, protocol: HTTPS}]\nresolution: DNS\nexportTo: ['.']",
        ),
      ),
    );
    expect(verdict(m, { namespace: "ns1", host: "example.com", port: 8080, scheme: "http" })).toBe("registered");
    expect(verdict(m, { namespace: "ns2", host: "example.com", port: 8080, scheme: "https" })).toBe("registered");
    expect(verdict(m, { namespace: "ns3", host: "example.com", port: 8080, scheme: "http" })).toBe("not-exported");
    // TLS into ns1's HTTP listener cannot work.
    expect(verdict(m, { namespace: "ns1", host: "example.com", port: 8080, scheme: "https" })).toBe(
      "port-not-registered",
    );
  });

  it("the mesh's defaultServiceExportTo applies to entries without exportTo, and may mix '.' with names", () => {
    const files = (list: string) =>
      docs(
        `apiVersion: v1
kind: ConfigMap
metadata: {name: istio, namespace: istio-system}
data:
  mesh: |
    defaultServiceExportTo: ${list}`,
        se("api", "egress", "hosts: [api.vendor.io]\nports: [{number: 443, name: https, protocol: HTTPS}]"),
        se(
          "open",
          "egress",
          "hosts: [open.vendor.io]\nports: [{number: 443, name: https, protocol: HTTPS}]\nexportTo: ['*']",
        ),
      );
    const dotOnly = modelFrom(files('["."]'));
    expect(verdict(dotOnly, { namespace: "shop", host: "api.vendor.io", port: 443, scheme: "https" })).toBe(
      "not-exported",
    );
    expect(verdict(dotOnly, { namespace: "egress", host: "api.vendor.io", port: 443, scheme: "https" })).toBe(
      "registered",
    );
    expect(verdict(dotOnly, { namespace: "shop", host: "open.vendor.io", port: 443, scheme: "https" })).toBe(
      "registered",
    );
    const mixed = modelFrom(files('[".", "shop"]'));
    expect(verdict(mixed, { namespace: "shop", host: "api.vendor.io", port: 443, scheme: "https" })).toBe("registered");
    expect(verdict(mixed, { namespace: "pay", host: "api.vendor.io", port: 443, scheme: "https" })).toBe(
      "not-exported",
    );
  });

  it("a mesh-wide caller sees only entries exported to every namespace", () => {
    expect(verdict(bookinfo, { meshWide: true, host: "external-reviews.org", port: 80 })).toBe("registered");
    expect(verdict(bookinfo, { meshWide: true, host: "abc.bookinfo.com", port: 443 })).toBe("not-exported");
  });
});

describe("ports and protocols", () => {
  const m = modelFrom(
    docs(
      se("httpbin", "default", "hosts: [httpbin.org]\nports: [{number: 80, name: http, protocol: HTTP}]"),
      se("plain-443", "default", "hosts: [legacy.example.com]\nports: [{number: 443, name: http, protocol: HTTP}]"),
      se(
        "db",
        "default",
        "hosts: [db.example.com]\nports: [{number: 5432, name: tcp, protocol: tcp}]\naddresses: [10.1.2.3]",
      ),
    ),
  );

  it("https to a host registered only on 80 is port-not-registered", () => {
    const r = reachability(m, { namespace: "default", host: "httpbin.org", port: 443, scheme: "https" });
    expect([r.verdict, r.mismatch]).toEqual(["port-not-registered", "port"]);
  });

  it("TLS to a port declared HTTP is a protocol mismatch", () => {
    const r = reachability(m, { namespace: "default", host: "legacy.example.com", port: 443, scheme: "https" });
    expect([r.verdict, r.mismatch]).toEqual(["port-not-registered", "protocol"]);
  });

  it("a lower-case tcp protocol is TCP, and a connection string fits it", () => {
    expect(verdict(m, { host: "db.example.com", port: 5432, scheme: "postgres" })).toBe("registered");
  });
});

describe("addresses", () => {
  // In the spirit of samples/external/github.yaml: a TCP entry whose addresses, not its host, match the destination.
  const m = modelFrom(
    docs(
      se(
        "github-ssh",
        "default",
        "hosts: [dummy.github.com]\nlocation: MESH_EXTERNAL\nports: [{number: 22, name: tcp, protocol: tcp}]\naddresses: [140.82.112.0/20, 192.30.252.0/22, '2606:50c0::/32']",
      ),
      se(
        "metadata",
        "default",
        "hosts: [metadata.internal]\nports: [{number: 80, name: http, protocol: HTTP}]\naddresses: [169.254.169.254]",
      ),
    ),
  );

  it.each([
    ["140.82.114.4", 22, "registered"],
    ["192.30.255.1", 22, "registered"],
    ["20.27.177.113", 22, "unregistered"],
    ["2606:50c0:8000::153", 22, "registered"],
    ["2606:50c1::1", 22, "unregistered"],
    ["169.254.169.254", 80, "registered"],
    ["140.82.114.4", 443, "port-not-registered"],
  ])("%s:%d is %s", (host, port, expected) => {
    expect(verdict(m, { host, port })).toBe(expected);
  });

  it("parses IPs and CIDRs strictly", () => {
    expect(parseIp("256.1.1.1")).toBeUndefined();
    expect(parseIp("1:2:3")).toBeUndefined();
    expect(parseIp("::1")?.v6).toBe(true);
    expect(addressCovers("10.0.0.0/8", parseIp("10.200.0.1")!)).toBe(true);
    expect(addressCovers("10.0.0.0/8", parseIp("11.0.0.1")!)).toBe(false);
    expect(addressCovers("10.0.0.1", parseIp("10.0.0.1")!)).toBe(true);
    expect(addressCovers("::/0", parseIp("10.0.0.1")!)).toBe(false);
  });
});

describe("Sidecar egress hosts", () => {
  const sidecar = (hosts: string, extra = "") => `apiVersion: networking.istio.io/v1
kind: Sidecar
metadata: {name: default, namespace: shop}
spec:
  egress:${extra}
  - hosts: ${hosts}`;
  const entry = se(
    "stripe",
    "istio-system",
    "hosts: [api.stripe.com]\nports: [{number: 443, name: https, protocol: HTTPS}]",
  );

  it("./* does not import an entry that lives in istio-system (failure mode 6)", () => {
    expect(
      verdict(modelFrom(docs(entry, sidecar('["./*"]'))), {
        namespace: "shop",
        host: "api.stripe.com",
        port: 443,
        scheme: "https",
      }),
    ).toBe("hidden-by-sidecar");
    expect(
      verdict(modelFrom(docs(entry, sidecar('["./*", "istio-system/*"]'))), {
        namespace: "shop",
        host: "api.stripe.com",
        port: 443,
        scheme: "https",
      }),
    ).toBe("registered");
    expect(
      verdict(modelFrom(docs(entry, sidecar('["*/api.stripe.com"]'))), {
        namespace: "shop",
        host: "api.stripe.com",
        port: 443,
        scheme: "https",
      }),
    ).toBe("registered");
  });

  it("an exclusion wins over an import", () => {
    const m = modelFrom(docs(entry, sidecar('["*/*", "~istio-system/api.stripe.com"]')));
    expect(verdict(m, { namespace: "shop", host: "api.stripe.com", port: 443, scheme: "https" })).toBe(
      "hidden-by-sidecar",
    );
  });

  it("a listener for a port claims it: the port-less listener no longer imports for that port", () => {
    const extra = `
  - port: {number: 443, protocol: TLS, name: tls}
    hosts: ["./*"]`;
    const m = modelFrom(docs(entry, sidecar('["*/*"]', extra)));
    expect(verdict(m, { namespace: "shop", host: "api.stripe.com", port: 443, scheme: "https" })).toBe(
      "hidden-by-sidecar",
    );
  });

  /** The root namespace's Sidecar, importing only each namespace's own entries. */
  const root = `apiVersion: networking.istio.io/v1
kind: Sidecar
metadata: {name: default, namespace: istio-system}
spec:
  egress:
  - hosts: ["./*"]`;
  const deploy = (name: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: shop}
spec:
  template:
    metadata: {labels: {app: ${name}}}
    spec: {containers: [{name: app, image: x}]}`;

  it("the root namespace's Sidecar applies to namespaces without one; the mesh-wide caller ignores Sidecars", () => {
    const m = modelFrom(docs(entry, root));
    expect(verdict(m, { namespace: "pay", host: "api.stripe.com", port: 443, scheme: "https" })).toBe(
      "hidden-by-sidecar",
    );
    expect(verdict(m, { meshWide: true, host: "api.stripe.com", port: 443, scheme: "https" })).toBe("registered");
  });

  it("a Sidecar with a workload selector applies only to the workloads it selects", () => {
    const selected = `apiVersion: networking.istio.io/v1
kind: Sidecar
metadata: {name: checkout, namespace: shop}
spec:
  workloadSelector: {labels: {app: checkout}}
  egress:
  - hosts: ["./*"]`;
    const m = modelFrom(docs(entry, selected, deploy("checkout"), deploy("cart")));
    expect(
      verdict(m, { namespace: "shop", workload: "checkout", host: "api.stripe.com", port: 443, scheme: "https" }),
    ).toBe("hidden-by-sidecar");
    expect(
      verdict(m, { namespace: "shop", workload: "cart", host: "api.stripe.com", port: 443, scheme: "https" }),
    ).toBe("registered");
  });

  it("a Sidecar written in one numbered part of a course hides nothing from another part's workloads", () => {
    const m = modelFrom({
      "ch5/entry.yaml": entry,
      "ch11/sidecar.yaml": root,
      "ch5/forum.yaml": deploy("forum"),
      "ch11/catalog.yaml": deploy("catalog"),
    });
    const q = { namespace: "shop", host: "api.stripe.com", port: 443, scheme: "https" };
    expect(verdict(m, { ...q, workload: "forum" })).toBe("registered");
    expect(verdict(m, { ...q, workload: "catalog" })).toBe("hidden-by-sidecar");
  });
});

describe("one service per host name (failure mode 7)", () => {
  const m = modelFrom(
    docs(
      se("google-80", "a", "hosts: [google.com]\nports: [{number: 80, name: http, protocol: HTTP}]\nexportTo: ['.']"),
      se("google-443", "b", "hosts: [google.com]\nports: [{number: 443, name: https, protocol: HTTPS}]"),
    ),
  );

  it("the proxy's own namespace wins and the other entry's ports are not merged", () => {
    const r = reachability(m, { namespace: "a", host: "google.com", port: 443, scheme: "https" });
    expect([r.verdict, r.mismatch]).toEqual(["port-not-registered", "shadowed"]);
    expect(verdict(m, { namespace: "c", host: "google.com", port: 443, scheme: "https" })).toBe("registered");
  });

  it("Kubernetes Service FQDNs are registered", () => {
    const k = modelFrom(`apiVersion: v1
kind: Service
metadata: {name: orders, namespace: shop}
spec:
  ports: [{name: http, port: 8080}]`);
    expect(verdict(k, { namespace: "pay", host: "orders.shop.svc.cluster.local", port: 8080, scheme: "http" })).toBe(
      "registered",
    );
  });
});

describe("what the client sees", () => {
  const m = modelFrom(
    docs(
      meshMode("REGISTRY_ONLY"),
      se("httpbin", "default", "hosts: [httpbin.org]\nports: [{number: 80, name: http, protocol: HTTP}]"),
      se("pg", "default", "hosts: [pg.vendor.io]\nresolution: DNS\nports: [{number: 5432, name: tcp, protocol: TCP}]"),
    ),
  );
  const sees = (q: Partial<ReachQuery> & { host: string; port: number }) =>
    reachability(m, { namespace: "default", scheme: "", ...q });

  it("plain HTTP on a port with an HTTP listener gets 502 from block_all", () => {
    expect(sees({ host: "example.org", port: 80, scheme: "http" }).clientSees).toBe("502");
  });

  it("TLS, or HTTP on a port without an HTTP listener, gets a reset", () => {
    expect(sees({ host: "example.org", port: 443, scheme: "https" }).clientSees).toBe("reset");
    expect(sees({ host: "example.org", port: 8080, scheme: "http" }).clientSees).toBe("reset");
  });

  it("an address-less TCP entry captures every connection on its port", () => {
    const r = sees({ host: "other-db.example.org", port: 5432, scheme: "postgres" });
    expect([r.verdict, r.clientSees, r.capturedBy?.name]).toEqual(["unregistered", "captured", "pg"]);
  });

  it("reports the effective mode", () => {
    expect(sees({ host: "example.org", port: 80 }).mode).toBe("REGISTRY_ONLY");
    expect(reachability(bookinfo, { namespace: "default", host: "x.org", port: 80 }).mode).toBe("ALLOW_ANY");
  });
});
