// Rules about ServiceEntries themselves, asserted at the line of the host or port they blame.
import { describe, expect, it } from "vitest";
import { destinationRule, docs, lineWith, ref, rowsOf, serviceEntry } from "./helpers.js";

const FILE = "k8s/manifests.yaml";
const lines = (rows: { line: number }[]) => rows.map((r) => r.line);

describe("http-on-tls-port", () => {
  const text = docs(
    serviceEntry("bad", "default", "hosts: [api.bad.io]\nports:\n- {number: 443, name: http-443, protocol: HTTP}"),
    serviceEntry("named", "default", "hosts: [named.io]\nports:\n- {number: 8000, name: https-alt, protocol: HTTP2}"),
    serviceEntry(
      "originated",
      "default",
      "hosts: [api.ok.io]\nports:\n- {number: 443, name: http-orig, protocol: HTTP}",
    ),
    destinationRule(
      "ok",
      "default",
      `host: api.ok.io
trafficPolicy:
  portLevelSettings:
  - port: {number: 443}
    tls: {mode: SIMPLE}`,
    ),
    serviceEntry("tls", "default", "hosts: [api.tls.io]\nports:\n- {number: 443, name: https, protocol: HTTPS}"),
    serviceEntry("plain", "default", "hosts: [plain.io]\nports:\n- {number: 80, name: http, protocol: HTTP}"),
  );

  it("reports HTTP on 443 and on https-named ports, unless a DestinationRule originates TLS", () => {
    expect(rowsOf("http-on-tls-port", { manifests: text })).toEqual([
      {
        rule: "http-on-tls-port",
        file: FILE,
        line: lineWith(text, "http-443"),
        severity: "error",
        host: "api.bad.io",
        port: 443,
        namespace: "default",
      },
      {
        rule: "http-on-tls-port",
        file: FILE,
        line: lineWith(text, "https-alt"),
        severity: "error",
        host: "named.io",
        port: 8000,
        namespace: "default",
      },
    ]);
  });

  it("a DestinationRule for another port does not count", () => {
    const other = docs(
      serviceEntry("x", "default", "hosts: [x.io]\nports:\n- {number: 443, name: http, protocol: HTTP}"),
      destinationRule(
        "x",
        "default",
        `host: x.io
trafficPolicy:
  tls: {mode: DISABLE}
  portLevelSettings:
  - port: {number: 8443}
    tls: {mode: SIMPLE}`,
      ),
    );
    expect(lines(rowsOf("http-on-tls-port", { manifests: other }))).toEqual([lineWith(other, "name: http")]);
  });
});

describe("double-tls", () => {
  it("reports a TLS port whose host also gets TLS origination, and not an HTTP port that does", () => {
    const text = docs(
      serviceEntry(
        "api",
        "default",
        "hosts: [api.vendor.io]\nports:\n- {number: 443, name: https, protocol: HTTPS}\n- {number: 80, name: http, protocol: HTTP}",
      ),
      destinationRule(
        "api",
        "default",
        `host: api.vendor.io
trafficPolicy: {tls: {mode: SIMPLE}}`,
      ),
    );
    expect(rowsOf("double-tls", { manifests: text })).toEqual([
      {
        rule: "double-tls",
        file: FILE,
        line: lineWith(text, "name: https"),
        severity: "error",
        host: "api.vendor.io",
        port: 443,
        namespace: "default",
      },
    ]);
  });
});

describe("double-tls where an HTTP route is the client", () => {
  // An ingress gateway routes plain HTTP to the external host's 443; the DestinationRule's TLS is the only TLS.
  const text = docs(
    serviceEntry("cdn", "default", "hosts: [files.cdn-like.io]\nports:\n- {number: 443, name: https, protocol: HTTPS}"),
    `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: edge, namespace: default}
spec:
  hosts: ["*"]
  gateways: [edge-gateway]
  http:
  - match: [{uri: {prefix: /files}}]
    rewrite: {authority: files.cdn-like.io}
    route:
    - destination: {host: files.cdn-like.io, port: {number: 443}}`,
    destinationRule(
      "cdn",
      "default",
      `host: files.cdn-like.io
trafficPolicy: {tls: {mode: SIMPLE, sni: files.cdn-like.io}}`,
    ),
  );

  it("reports nothing while no code calls the host with TLS of its own", () => {
    expect(rowsOf("double-tls", { manifests: text, references: [ref("http://files.cdn-like.io:443/x")] })).toEqual([]);
  });

  it("takes a match that names no gateways for one on the VirtualService's gateways", () => {
    const unnamed = text.replace("match: [{uri: {prefix: /files}}]", "match: [{uri: {prefix: /files}, gateways: []}]");
    expect(unnamed).not.toBe(text);
    expect(rowsOf("double-tls", { manifests: unnamed })).toEqual([]);
  });

  it("reports the port once code also calls https:// on it", () => {
    expect(
      rowsOf("double-tls", { manifests: text, references: [ref("https://files.cdn-like.io/images")] }).map(
        (r) => r.line,
      ),
    ).toEqual([lineWith(text, "name: https")]);
  });

  it("reports nothing for sidecars' route from the host's HTTP port to its TLS port (the origination sample)", () => {
    const sample = docs(
      serviceEntry(
        "google",
        "default",
        "hosts: [books.vendor-like.io]\nports:\n- {number: 80, name: http, protocol: HTTP}\n- {number: 443, name: https, protocol: HTTPS}",
      ),
      `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: rewrite-port, namespace: default}
spec:
  hosts: [books.vendor-like.io]
  http:
  - match: [{port: 80}]
    route:
    - destination: {host: books.vendor-like.io, port: {number: 443}}`,
      destinationRule(
        "originate",
        "default",
        `host: books.vendor-like.io
trafficPolicy:
  portLevelSettings:
  - port: {number: 443}
    tls: {mode: SIMPLE}`,
      ),
    );
    expect(rowsOf("double-tls", { manifests: sample })).toEqual([]);
  });

  it("reports sidecars' HTTP route to a host whose only port is TLS: no sidecar applies it", () => {
    const meshOnly = docs(
      serviceEntry("pay", "default", "hosts: [api.pay-like.io]\nports:\n- {number: 443, name: https, protocol: HTTPS}"),
      `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: retries, namespace: default}
spec:
  hosts: [api.pay-like.io]
  http:
  - retries: {attempts: 3}
    route:
    - destination: {host: api.pay-like.io}`,
      destinationRule(
        "pay",
        "default",
        `host: api.pay-like.io
trafficPolicy: {tls: {mode: SIMPLE}}`,
      ),
    );
    expect(rowsOf("double-tls", { manifests: meshOnly }).map((r) => r.line)).toEqual([
      lineWith(meshOnly, "name: https"),
    ]);
  });

  it("reports a route to another port of the host as before", () => {
    const other = text.replace("port: {number: 443}", "port: {number: 8443}");
    expect(rowsOf("double-tls", { manifests: other }).map((r) => r.line)).toEqual([lineWith(other, "name: https")]);
  });
});

describe("tcp-on-443", () => {
  it("reports TCP or unset protocol on a TLS port without addresses", () => {
    const text = docs(
      serviceEntry("tcp", "default", "hosts: [google.com]\nports:\n- {number: 443, name: tcp, protocol: TCP}"),
      serviceEntry("unset", "default", "hosts: [bing.com]\nports:\n- {number: 8443, name: alt}"),
      serviceEntry(
        "addressed",
        "default",
        "hosts: [db.io]\naddresses: [10.0.0.9]\nports:\n- {number: 443, name: tcp, protocol: TCP}",
      ),
      serviceEntry("tls", "default", "hosts: [ok.io]\nports:\n- {number: 443, name: tls, protocol: TLS}"),
      serviceEntry("pg", "default", "hosts: [pg.io]\nports:\n- {number: 5432, name: tcp, protocol: TCP}"),
    );
    expect(rowsOf("tcp-on-443", { manifests: text })).toEqual([
      {
        rule: "tcp-on-443",
        file: FILE,
        line: lineWith(text, "name: tcp, protocol: TCP"),
        severity: "warning",
        host: "google.com",
        port: 443,
        namespace: "default",
      },
      {
        rule: "tcp-on-443",
        file: FILE,
        line: lineWith(text, "name: alt"),
        severity: "warning",
        host: "bing.com",
        port: 8443,
        namespace: "default",
      },
    ]);
  });
});

describe("wildcard-needs-resolution-none", () => {
  it("reports wildcard hosts with DNS resolution and no endpoints", () => {
    const text = docs(
      serviceEntry(
        "dns",
        "default",
        "hosts: [exact.io, '*.wild.io']\nresolution: DNS\nports: [{number: 443, name: https, protocol: HTTPS}]",
      ),
      serviceEntry(
        "rr",
        "default",
        "hosts: ['*.rr.io']\nresolution: DNS_ROUND_ROBIN\nports: [{number: 443, name: https, protocol: HTTPS}]",
      ),
      serviceEntry(
        "none",
        "default",
        "hosts: ['*.none.io']\nresolution: NONE\nports: [{number: 443, name: https, protocol: HTTPS}]",
      ),
      serviceEntry(
        "gw",
        "default",
        "hosts: ['*.gw.io']\nresolution: DNS\nendpoints: [{address: egress.example.com}]\nports: [{number: 443, name: https, protocol: HTTPS}]",
      ),
    );
    expect(rowsOf("wildcard-needs-resolution-none", { manifests: text }).map((r) => [r.host, r.line])).toEqual([
      ["*.wild.io", lineWith(text, "*.wild.io")],
      ["*.rr.io", lineWith(text, "*.rr.io")],
    ]);
  });
});

describe("ip-in-hosts and full-wildcard-host", () => {
  const text = docs(
    serviceEntry(
      "ips",
      "default",
      "hosts:\n- 10.0.0.1\n- 2001:db8::1\n- 10.0.0.0/8\n- ten.example.com\nports: [{number: 80, name: http, protocol: HTTP}]",
    ),
    serviceEntry("star", "default", "hosts: ['*']\nports: [{number: 80, name: http, protocol: HTTP}]"),
  );

  it("reports each IP or CIDR host at its line", () => {
    expect(rowsOf("ip-in-hosts", { manifests: text }).map((r) => [r.host, r.line])).toEqual([
      ["10.0.0.1", lineWith(text, "- 10.0.0.1")],
      ["2001:db8::1", lineWith(text, "2001:db8::1")],
      ["10.0.0.0/8", lineWith(text, "10.0.0.0/8")],
    ]);
  });

  it("reports a bare * host", () => {
    expect(rowsOf("full-wildcard-host", { manifests: text }).map((r) => r.line)).toEqual([
      lineWith(text, "hosts: ['*']"),
    ]);
  });
});

describe("tcp-port-shared-without-addresses", () => {
  const mysql = (name: string, ns: string, host: string, extra = "") =>
    serviceEntry(name, ns, `hosts: [${host}]\nports:\n- {number: 3306, name: mysql-${name}, protocol: MYSQL}${extra}`);

  it("reports both entries when two destinations share a TCP port without addresses", () => {
    const text = docs(mysql("a", "default", "a.db.io"), mysql("b", "default", "b.db.io"));
    expect(
      rowsOf("tcp-port-shared-without-addresses", { manifests: text }).map((r) => [r.host, r.port, r.line]),
    ).toEqual([
      ["a.db.io", 3306, lineWith(text, "mysql-a")],
      ["b.db.io", 3306, lineWith(text, "mysql-b")],
    ]);
  });

  it("is silent with addresses, for TLS ports, for the same hosts, and when no namespace sees both", () => {
    const withAddress = docs(
      mysql("a", "default", "a.db.io"),
      mysql("b", "default", "b.db.io", "\naddresses: [10.0.0.2]"),
    );
    const tls = docs(
      serviceEntry("a", "default", "hosts: [a.io]\nports: [{number: 9000, name: tls, protocol: TLS}]"),
      serviceEntry("b", "default", "hosts: [b.io]\nports: [{number: 9000, name: tls, protocol: TLS}]"),
    );
    const same = docs(mysql("a", "default", "a.db.io"), mysql("b", "default", "a.db.io"));
    const apart = docs(
      mysql("a", "ns1", "a.db.io", "\nexportTo: ['.']"),
      mysql("b", "ns2", "b.db.io", "\nexportTo: ['.']"),
    );
    for (const manifests of [withAddress, tls, same, apart])
      expect(rowsOf("tcp-port-shared-without-addresses", { manifests })).toEqual([]);
  });

  it("counts a namespace named in one entry's exportTo that sees the other by default", () => {
    const text = docs(
      mysql("a", "ns1", "a.db.io", "\nexportTo: [ns2]"),
      mysql("b", "ns2", "b.db.io", "\nexportTo: ['.']"),
    );
    expect(rowsOf("tcp-port-shared-without-addresses", { manifests: text }).map((r) => r.namespace)).toEqual([
      "ns1",
      "ns2",
    ]);
  });
});

describe("conflicting-service-entries", () => {
  it("reports the same host and port with different protocols in one namespace (serviceentry-conflicting-protocol)", () => {
    const text = docs(
      serviceEntry(
        "se-https",
        "default",
        "hosts: [example.com]\nports: [{number: 13835, name: https-13835, protocol: HTTPS}]\nresolution: DNS",
      ),
      serviceEntry(
        "se-http",
        "default",
        "hosts: [example.com]\nports: [{number: 13835, name: http-13835, protocol: HTTP}]\nresolution: DNS",
      ),
      serviceEntry(
        "se-no-conflict",
        "default",
        "hosts: [other.com]\nports: [{number: 443, name: https-443, protocol: HTTPS}]\nresolution: DNS",
      ),
    );
    expect(rowsOf("conflicting-service-entries", { manifests: text }).map((r) => [r.host, r.port, r.line])).toEqual([
      ["example.com", 13835, lineWith(text, "hosts: [example.com]")],
      ["example.com", 13835, lineWith(text, "hosts: [example.com]", lineWith(text, "https-13835"))],
    ]);
  });

  it("reports a resolution conflict, and not HTTPS vs TLS or entries no namespace sees together (serviceentry-conflicting-exportto)", () => {
    const resolution = docs(
      serviceEntry(
        "dns",
        "default",
        "hosts: [api.io]\nports: [{number: 443, name: https, protocol: HTTPS}]\nresolution: DNS",
      ),
      serviceEntry(
        "none",
        "other",
        "hosts: [api.io]\nports: [{number: 443, name: tls, protocol: TLS}]\nresolution: NONE",
      ),
    );
    expect(rowsOf("conflicting-service-entries", { manifests: resolution }).map((r) => r.namespace)).toEqual([
      "default",
      "other",
    ]);
    const sameBehaviour = docs(
      serviceEntry("a", "default", "hosts: [api.io]\nports: [{number: 443, name: https, protocol: HTTPS}]"),
      serviceEntry("b", "default", "hosts: [api.io]\nports: [{number: 443, name: tls, protocol: TLS}]"),
    );
    const apart = docs(
      serviceEntry(
        "se-ns1",
        "ns1",
        "hosts: [example.com]\nports: [{number: 8080, name: http-8080, protocol: HTTP}]\nresolution: DNS\nexportTo: ['.']",
      ),
      serviceEntry(
        "se-ns2",
        "ns2",
        "hosts: [example.com]\nports: [{number: 8080, name: https-8080, protocol: HTTPS}]\nresolution: DNS\nexportTo: ['.']",
      ),
    );
    expect(rowsOf("conflicting-service-entries", { manifests: sameBehaviour })).toEqual([]);
    expect(rowsOf("conflicting-service-entries", { manifests: apart })).toEqual([]);
  });
});
