// allowlist-unregistered, unapproved-egress and stale-allowlist-entry, located in the allowlist or at the SE host.
import { describe, expect, it } from "vitest";
import { docs, findingsOf, lineWith, meshMode, ref, rowsOf, serviceEntry } from "./helpers.js";

const ALLOWLIST = `version: 1
hosts:
  - host: api.stripe.com
    ports: [443]
    reason: payments
    owner: shop-team
  - host: "*.googleapis.com"
  - host: httpbin.org
    namespaces: [default]
  - host: old.vendor.io
`;
const https = (name: string, ns: string, host: string, extra = "") =>
  serviceEntry(name, ns, `hosts: [${host}]\nports: [{number: 443, name: https, protocol: HTTPS}]${extra}`);

describe("allowlist-unregistered", () => {
  it("reports an approved host the code calls that no ServiceEntry registers once, at the call, saying it is approved", () => {
    const c = {
      manifests: meshMode("REGISTRY_ONLY"),
      allowlist: ALLOWLIST,
      references: [ref("https://api.stripe.com")],
    };
    expect(rowsOf("allowlist-unregistered", c)).toEqual([]);
    const calls = findingsOf("unregistered-host", c);
    expect(calls.map((f) => [f.host, f.severity])).toEqual([["api.stripe.com", "error"]]);
    expect(calls[0]!.message).toContain(
      `The allowlist approves this host (egress-allowlist.yaml:${lineWith(ALLOWLIST, "api.stripe.com")}).`,
    );
  });

  it("reports it at the entry's line when the call's own finding is switched off, as a warning under ALLOW_ANY", () => {
    const silenced = ref("https://api.stripe.com", { ignoredRules: ["unregistered-host"] });
    const blocked = rowsOf("allowlist-unregistered", {
      manifests: meshMode("REGISTRY_ONLY"),
      allowlist: ALLOWLIST,
      references: [silenced],
    });
    expect(blocked).toEqual([
      {
        rule: "allowlist-unregistered",
        file: "egress-allowlist.yaml",
        line: lineWith(ALLOWLIST, "api.stripe.com"),
        severity: "error",
        host: "api.stripe.com",
      },
    ]);
    const rows = rowsOf("allowlist-unregistered", { manifests: "", allowlist: ALLOWLIST, references: [silenced] });
    expect(rows.map((r) => r.severity)).toEqual(["warning"]);
  });

  it("reports an approved port the registering entries lack", () => {
    const manifests = serviceEntry(
      "stripe",
      "shop",
      "hosts: [api.stripe.com]\nports: [{number: 80, name: http, protocol: HTTP}]",
    );
    expect(rowsOf("allowlist-unregistered", { manifests, allowlist: ALLOWLIST }).map((r) => [r.host, r.port])).toEqual([
      ["api.stripe.com", 443],
    ]);
  });

  it("is silent when a ServiceEntry registers the host, including through a wildcard", () => {
    const manifests = docs(https("stripe", "shop", "api.stripe.com"), https("google", "shop", "'*.googleapis.com'"));
    const refs = [ref("https://api.stripe.com"), ref("https://storage.googleapis.com")];
    expect(rowsOf("allowlist-unregistered", { manifests, allowlist: ALLOWLIST, references: refs })).toEqual([]);
  });
});

describe("stale-allowlist-entry", () => {
  it("reports entries nothing registers and nothing calls", () => {
    const manifests = docs(https("stripe", "shop", "api.stripe.com"));
    const rows = rowsOf("stale-allowlist-entry", {
      manifests,
      allowlist: ALLOWLIST,
      references: [ref("https://oauth2.googleapis.com")],
    });
    expect(rows.map((r) => [r.host, r.line, r.severity])).toEqual([
      ["httpbin.org", lineWith(ALLOWLIST, "httpbin.org"), "info"],
      ["old.vendor.io", lineWith(ALLOWLIST, "old.vendor.io"), "info"],
    ]);
  });

  it("says nothing when only the changed files were scanned: unscanned code may be the caller", () => {
    const manifests = docs(https("stripe", "shop", "api.stripe.com"));
    expect(
      rowsOf("stale-allowlist-entry", { manifests, allowlist: ALLOWLIST, references: [], partialScan: true }),
    ).toEqual([]);
  });
});

describe("unapproved-egress", () => {
  it("reports MESH_EXTERNAL hosts the allowlist does not approve, for the host, the port or the namespaces", () => {
    const text = docs(
      https("ok", "shop", "api.stripe.com"),
      serviceEntry("port", "shop", "hosts: [api.stripe.com]\nports: [{number: 80, name: http, protocol: HTTP}]"),
      https("wild", "shop", "'*.googleapis.com'"),
      https("sub", "shop", "storage.googleapis.com"),
      https("unknown", "shop", "api.unknown.io"),
      serviceEntry(
        "bin-everywhere",
        "tools",
        "hosts: [httpbin.org]\nports: [{number: 80, name: http, protocol: HTTP}]",
      ),
      serviceEntry(
        "bin-default",
        "default",
        "hosts: [httpbin.org]\nports: [{number: 80, name: http, protocol: HTTP}]\nexportTo: ['.']",
      ),
      serviceEntry(
        "bin-listed",
        "tools",
        "hosts: [httpbin.org]\nports: [{number: 80, name: http, protocol: HTTP}]\nexportTo: [default, tools]",
      ),
      serviceEntry(
        "internal",
        "shop",
        "hosts: [orders.internal]\nlocation: MESH_INTERNAL\nports: [{number: 80, name: http, protocol: HTTP}]",
      ),
    );
    const rows = rowsOf("unapproved-egress", { manifests: text, allowlist: ALLOWLIST });
    expect(rows.map((r) => [r.host, r.port, r.namespace, r.line])).toEqual([
      ["api.stripe.com", 80, "shop", lineWith(text, "hosts: [api.stripe.com]", lineWith(text, "name: port"))],
      ["api.unknown.io", 443, "shop", lineWith(text, "api.unknown.io")],
      ["httpbin.org", 80, "tools", lineWith(text, "hosts: [httpbin.org]")],
      ["httpbin.org", 80, "tools", lineWith(text, "hosts: [httpbin.org]", lineWith(text, "name: bin-listed"))],
    ]);
  });

  it("needs an allowlist", () => {
    expect(rowsOf("unapproved-egress", { manifests: https("unknown", "shop", "api.unknown.io") })).toEqual([]);
  });
});
