// The five reachability rules, asserted as (rule, file, line, host, port, namespace, workload, severity) rows.
import { describe, expect, it } from "vitest";
import { suggestedPort } from "../../src/rules/service-entry-suggestion.js";
import { deployment, docs, findingsOf, meshMode, ref, rowsOf, serviceEntry } from "./helpers.js";

const checkout = ref("https://api.stripe.com/v1/charges", { file: "services/checkout/pay.ts", line: 12, column: 7 });

describe("unregistered-host", () => {
  const registryOnly = docs(meshMode("REGISTRY_ONLY"), deployment("checkout", "shop"));

  it("reports a call no ServiceEntry registers, at the reference, per calling workload", () => {
    expect(rowsOf("unregistered-host", { manifests: registryOnly, references: [checkout] })).toEqual([
      {
        rule: "unregistered-host",
        file: "services/checkout/pay.ts",
        line: 12,
        severity: "error",
        host: "api.stripe.com",
        port: 443,
        namespace: "shop",
        workload: "checkout",
      },
    ]);
    expect(findingsOf("unregistered-host", { manifests: registryOnly, references: [checkout] })[0]!.column).toBe(7);
  });

  it("is a warning where the caller runs ALLOW_ANY, and an error where a Sidecar switches it to REGISTRY_ONLY", () => {
    const sidecar = `apiVersion: networking.istio.io/v1
kind: Sidecar
metadata: {name: default, namespace: shop}
spec:
  outboundTrafficPolicy: {mode: REGISTRY_ONLY}`;
    const allowAny = docs(deployment("checkout", "shop"), deployment("checkout", "lab"));
    const refAt = ref("https://api.stripe.com", { file: "checkout/a.ts" });
    expect(
      rowsOf("unregistered-host", { manifests: allowAny, references: [refAt] }).map((r) => [r.namespace, r.severity]),
    ).toEqual([
      ["lab", "warning"],
      ["shop", "warning"],
    ]);
    expect(
      rowsOf("unregistered-host", { manifests: docs(allowAny, sidecar), references: [refAt] }).map((r) => [
        r.namespace,
        r.severity,
      ]),
    ).toEqual([
      ["shop", "error"],
      ["lab", "warning"],
    ]);
    const message = findingsOf("unregistered-host", { manifests: allowAny, references: [refAt] })[0]!.message;
    expect(message).toContain("would be blocked under REGISTRY_ONLY");
  });

  it("says what the client sees and which ServiceEntry to add", () => {
    const withHttp = docs(
      registryOnly,
      serviceEntry("httpbin", "default", "hosts: [httpbin.org]\nports: [{number: 80, name: http, protocol: HTTP}]"),
    );
    const [http] = findingsOf("unregistered-host", {
      manifests: withHttp,
      references: [ref("http://example.org/get", { namespace: "shop" })],
    });
    expect(http!.message).toMatch(/502/);
    expect(http!.message).toContain(
      "hosts: [example.org], ports: [{number: 80, name: http, protocol: HTTP}], resolution: DNS, location: MESH_EXTERNAL",
    );
    const [tls] = findingsOf("unregistered-host", {
      manifests: withHttp,
      references: [ref("https://example.org", { namespace: "shop" })],
    });
    expect(tls!.message).toMatch(/resets the connection/);
    expect(tls!.message).toContain("protocol: HTTPS");
    const [pg] = findingsOf("unregistered-host", {
      manifests: withHttp,
      references: [ref("postgres://db.example.org:6432/app", { namespace: "shop" })],
    });
    expect(pg!.message).toContain("ports: [{number: 6432, name: tcp-6432, protocol: TCP}]");
    const [ip] = findingsOf("unregistered-host", {
      manifests: withHttp,
      references: [ref("http://169.254.169.254/latest", { namespace: "shop" })],
    });
    expect(ip!.message).toContain("addresses: [169.254.169.254]");
  });

  it("is silent for registered hosts, Kubernetes Service names and pods without a sidecar", () => {
    const manifests = docs(
      registryOnly,
      serviceEntry("stripe", "shop", "hosts: [api.stripe.com]\nports: [{number: 443, name: https, protocol: HTTPS}]"),
      `apiVersion: v1
kind: Service
metadata: {name: orders, namespace: shop}
spec:
  ports: [{name: http, port: 80}]`,
      deployment("legacy", "shop", {}, { app: "legacy", "sidecar.istio.io/inject": "false" }),
    );
    const refs = [
      checkout,
      ref("http://orders.shop.svc.cluster.local/x", { namespace: "shop" }),
      ref("https://api.other.io", { namespace: "shop", workload: "legacy" }),
    ];
    expect(rowsOf("unregistered-host", { manifests, references: refs })).toEqual([]);
  });

  it("judges code nobody can place by the mesh policy and the entries every namespace sees", () => {
    const manifests = docs(
      meshMode("REGISTRY_ONLY"),
      serviceEntry(
        "stripe",
        "shop",
        "hosts: [api.stripe.com]\nports: [{number: 443, name: https, protocol: HTTPS}]\nexportTo: ['.']",
      ),
    );
    expect(
      rowsOf("unregistered-host", { manifests, references: [ref("https://api.stripe.com", { file: "tools/x.ts" })] }),
    ).toEqual([]);
    expect(
      rowsOf("not-exported", { manifests, references: [ref("https://api.stripe.com", { file: "tools/x.ts" })] }),
    ).toEqual([
      { rule: "not-exported", file: "tools/x.ts", line: 1, severity: "error", host: "api.stripe.com", port: 443 },
    ]);
  });
});

describe("port-not-registered", () => {
  const manifests = docs(
    meshMode("REGISTRY_ONLY"),
    serviceEntry("httpbin", "default", "hosts: [httpbin.org]\nports: [{number: 80, name: http, protocol: HTTP}]"),
  );

  it("reports https:// to a host registered only on 80", () => {
    expect(
      rowsOf("port-not-registered", {
        manifests,
        references: [ref("https://httpbin.org/get", { namespace: "default", line: 3 })],
      }),
    ).toEqual([
      {
        rule: "port-not-registered",
        file: "src/app.ts",
        line: 3,
        severity: "error",
        host: "httpbin.org",
        port: 443,
        namespace: "default",
      },
    ]);
  });

  it("accepts the registered port and a reference without a port", () => {
    const refs = [
      ref("http://httpbin.org/get", { namespace: "default" }),
      ref("httpbin.org", { namespace: "default" }),
    ];
    expect(rowsOf("port-not-registered", { manifests, references: refs })).toEqual([]);
    expect(rowsOf("unregistered-host", { manifests, references: refs })).toEqual([]);
  });
});

describe("not-exported", () => {
  // exportTo '.', a list, '*', '~' and the mesh default, from two calling namespaces.
  const entries = docs(
    meshMode("REGISTRY_ONLY"),
    serviceEntry(
      "dot",
      "egress",
      "hosts: [dot.io]\nports: [{number: 443, name: https, protocol: HTTPS}]\nexportTo: ['.']",
    ),
    serviceEntry(
      "list",
      "egress",
      "hosts: [list.io]\nports: [{number: 443, name: https, protocol: HTTPS}]\nexportTo: [shop, egress]",
    ),
    serviceEntry(
      "star",
      "egress",
      "hosts: [star.io]\nports: [{number: 443, name: https, protocol: HTTPS}]\nexportTo: ['*']",
    ),
    serviceEntry(
      "none",
      "egress",
      "hosts: [none.io]\nports: [{number: 443, name: https, protocol: HTTPS}]\nexportTo: ['~']",
    ),
    serviceEntry("unset", "egress", "hosts: [unset.io]\nports: [{number: 443, name: https, protocol: HTTPS}]"),
  );
  const calls = ["dot.io", "list.io", "star.io", "none.io", "unset.io"].flatMap((h) => [
    ref(`https://${h}`, { namespace: "shop", line: 1 }),
    ref(`https://${h}`, { namespace: "pay", line: 2 }),
  ]);

  it("reports the namespaces an entry is not exported to", () => {
    const rows = rowsOf("not-exported", { manifests: entries, references: calls });
    expect(rows.map((r) => `${r.host} ${r.namespace}`).sort()).toEqual([
      "dot.io pay",
      "dot.io shop",
      "list.io pay",
      "none.io pay",
      "none.io shop",
    ]);
  });

  it("follows the mesh's defaultServiceExportTo for entries without exportTo", () => {
    const mesh = `apiVersion: v1
kind: ConfigMap
metadata: {name: istio, namespace: istio-system}
data:
  mesh: |
    outboundTrafficPolicy: {mode: REGISTRY_ONLY}
    defaultServiceExportTo: [".", "shop"]`;
    const manifests = docs(
      mesh,
      serviceEntry("unset", "egress", "hosts: [unset.io]\nports: [{number: 443, name: https, protocol: HTTPS}]"),
    );
    const rows = rowsOf("not-exported", { manifests, references: calls.filter((c) => c.host === "unset.io") });
    expect(rows.map((r) => r.namespace)).toEqual(["pay"]);
  });
});

describe("hidden-by-sidecar", () => {
  const manifests = docs(
    meshMode("REGISTRY_ONLY"),
    serviceEntry(
      "stripe",
      "istio-system",
      "hosts: [api.stripe.com]\nports: [{number: 443, name: https, protocol: HTTPS}]",
    ),
    `apiVersion: networking.istio.io/v1
kind: Sidecar
metadata: {name: default, namespace: shop}
spec:
  egress:
  - hosts: ["./*"]`,
  );

  it("reports a host the namespace's Sidecar does not import", () => {
    const refs = [
      ref("https://api.stripe.com", { namespace: "shop", line: 4 }),
      ref("https://api.stripe.com", { namespace: "pay", line: 5 }),
    ];
    expect(rowsOf("hidden-by-sidecar", { manifests, references: refs })).toEqual([
      {
        rule: "hidden-by-sidecar",
        file: "src/app.ts",
        line: 4,
        severity: "error",
        host: "api.stripe.com",
        port: 443,
        namespace: "shop",
      },
    ]);
    expect(findingsOf("hidden-by-sidecar", { manifests, references: refs })[0]!.message).toContain(
      '"istio-system/api.stripe.com"',
    );
  });
});

describe("wildcard-apex", () => {
  const manifests = docs(
    meshMode("REGISTRY_ONLY"),
    serviceEntry("wiki", "default", "hosts: ['*.wikipedia.org']\nports: [{number: 443, name: https, protocol: HTTPS}]"),
  );

  it("reports the apex of a wildcard-only registration, and accepts subdomains", () => {
    const refs = [
      ref("https://wikipedia.org", { namespace: "default", line: 8 }),
      ref("https://en.wikipedia.org", { namespace: "default", line: 9 }),
    ];
    expect(rowsOf("wildcard-apex", { manifests, references: refs })).toEqual([
      {
        rule: "wildcard-apex",
        file: "src/app.ts",
        line: 8,
        severity: "error",
        host: "wikipedia.org",
        port: 443,
        namespace: "default",
      },
    ]);
    expect(rowsOf("unregistered-host", { manifests, references: refs })).toEqual([]);
  });
});

describe("callers and output order", () => {
  const manifests = docs(
    meshMode("REGISTRY_ONLY"),
    deployment("checkout", "shop"),
    deployment("checkout", "shop-canary"),
    deployment("search", "web"),
  );
  const refs = [
    ref("https://api.stripe.com", { file: "services/checkout/pay.ts", line: 3 }),
    ref("https://api.algolia.net", { file: "services/search/index.ts", line: 9 }),
    ref("https://api.stripe.com", { file: "services/checkout/pay.ts", line: 3 }),
  ];

  it("reports one finding per reference and calling workload", () => {
    expect(
      rowsOf("unregistered-host", { manifests, references: refs }).map(
        (r) => `${r.file}:${r.line} ${r.namespace}/${r.workload}`,
      ),
    ).toEqual([
      "services/checkout/pay.ts:3 shop/checkout",
      "services/checkout/pay.ts:3 shop-canary/checkout",
      "services/search/index.ts:9 web/search",
    ]);
  });

  it("maps files to workloads through the allowlist's workloads globs", () => {
    const allowlist =
      "version: 1\nworkloads:\n  - paths: ['services/checkout/**']\n    namespace: shop\n    workload: checkout\n";
    expect(
      rowsOf("unregistered-host", { manifests, references: refs.slice(0, 1), allowlist }).map(
        (r) => `${r.namespace}/${r.workload}`,
      ),
    ).toEqual(["shop/checkout"]);
  });

  it("does not depend on the order references arrive in", () => {
    const a = JSON.stringify(findingsOf("unregistered-host", { manifests, references: refs }));
    const b = JSON.stringify(findingsOf("unregistered-host", { manifests, references: [...refs].reverse() }));
    expect(b).toBe(a);
  });
});

describe("the suggested ServiceEntry", () => {
  it("follows the scheme, and never suggests raw TCP on a TLS port", () => {
    expect(suggestedPort("https", 443)).toEqual({ number: 443, name: "https", protocol: "HTTPS" });
    expect(suggestedPort("http", 8080)).toEqual({ number: 8080, name: "http", protocol: "HTTP" });
    expect(suggestedPort("postgres", 5432)).toEqual({ number: 5432, name: "tcp-5432", protocol: "TCP" });
    expect(suggestedPort("rediss", 6380)).toEqual({ number: 6380, name: "tls-6380", protocol: "TLS" });
    expect(suggestedPort("grpc", 443).protocol).toBe("HTTPS");
    expect(suggestedPort("", 0)).toEqual({ number: 443, name: "https", protocol: "HTTPS" });
    expect(suggestedPort("", 80).protocol).toBe("HTTP");
  });
});
