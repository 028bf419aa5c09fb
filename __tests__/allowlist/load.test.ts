import { describe, expect, it } from "vitest";
import { loadAllowlist } from "../../src/allowlist/load.js";

const load = (text: string) => loadAllowlist({ path: "config/egress-allowlist.yaml", text });

function errorOf(text: string) {
  const r = load(text);
  if (!("error" in r)) throw new Error("expected an error");
  return r.error;
}

describe("loadAllowlist", () => {
  it("reads the documented example with the line of every entry", () => {
    const r = load(`version: 1
hosts:
  - host: httpbin.org
    ports: [80]
    namespaces: [default]
    reason: smoke tests call the public echo API
    owner: platform-team
  - host: "*.stripe.com"
ignore:
  hosts: ["*.Example.com"]
  paths: ["**/testdata/**"]
  rules: [stale-allowlist-entry]
workloads:
  - paths: ["services/checkout/**"]
    namespace: shop
    workload: checkout
`);
    if (!("allowlist" in r)) throw new Error(JSON.stringify(r.error));
    const a = r.allowlist;
    expect(a.file).toBe("config/egress-allowlist.yaml");
    expect(a.hosts.map((h) => [h.host, h.ports, h.namespaces, h.loc.line])).toEqual([
      ["httpbin.org", [80], ["default"], 3],
      ["*.stripe.com", undefined, undefined, 8],
    ]);
    expect(a.hosts[0]!.owner).toBe("platform-team");
    expect(a.ignore).toEqual({ hosts: ["*.example.com"], paths: ["**/testdata/**"], rules: ["stale-allowlist-entry"] });
    expect(a.workloads).toEqual([
      {
        paths: ["services/checkout/**"],
        namespace: "shop",
        workload: "checkout",
        loc: { file: "config/egress-allowlist.yaml", line: 14 },
      },
    ]);
  });

  it("defaults every optional block to empty", () => {
    const r = load("version: 1\n");
    expect("allowlist" in r && r.allowlist).toMatchObject({
      hosts: [],
      ignore: { hosts: [], paths: [], rules: [] },
      workloads: [],
    });
  });

  it.each([
    ["an unknown field, at its line", "version: 1\nhosts:\n  - host: httpbin.org\n    port: 80\n", 4, "hosts[0].port"],
    ["an unknown top-level field", "version: 1\nallow: []\n", 2, "allow"],
    ["a wrong version", "version: 2\n", 1, "version"],
    ["a missing version", "hosts: []\n", 1, "version"],
    ["a missing host", "version: 1\nhosts:\n  - ports: [443]\n", 3, "hosts[0].host"],
    ["a URL instead of a host", "version: 1\nhosts:\n  - host: https://api.stripe.com\n", 3, "hosts[0].host"],
    ["a wildcard in the middle", "version: 1\nhosts:\n  - host: api.*.com\n", 3, "hosts[0].host"],
    ["a bare *", "version: 1\nignore:\n  hosts: ['*']\n", 3, "ignore.hosts[0]"],
    ["a port out of range", "version: 1\nhosts:\n  - host: a.io\n    ports: [443, 70000]\n", 4, "hosts[0].ports[1]"],
    ["a port given as a string", "version: 1\nhosts:\n  - host: a.io\n    ports: ['443']\n", 4, "hosts[0].ports[0]"],
    [
      "an invalid namespace name",
      "version: 1\nhosts:\n  - host: a.io\n    namespaces: [Shop]\n",
      4,
      "hosts[0].namespaces[0]",
    ],
    [
      "a workload mapping without a namespace",
      "version: 1\nworkloads:\n  - paths: [a/**]\n    workload: w\n",
      3,
      "workloads[0].namespace",
    ],
    [
      "an unknown rule name",
      "version: 1\nignore:\n  rules:\n    - tcp-on-443\n    - unregistered-hosts\n",
      5,
      "ignore.rules[1]",
    ],
  ])("rejects %s", (_what, text, line, field) => {
    const e = errorOf(text);
    expect({ file: e.file, line: e.line, field: e.field }).toEqual({
      file: "config/egress-allowlist.yaml",
      line,
      field,
    });
    expect(e.message).not.toBe("");
  });

  it("suggests the nearest rule name for a typo", () => {
    expect(errorOf("version: 1\nignore:\n  rules: [unregistered-hots]\n").message).toContain('"unregistered-host"');
  });

  it("reports YAML syntax errors with their line", () => {
    const e = errorOf("version: 1\nhosts:\n  - host: [a.io\n");
    expect(e.field).toBe("");
    expect(e.line).toBeGreaterThanOrEqual(3);
  });

  it("rejects a repeated key instead of keeping the last one", () => {
    const e = errorOf("version: 1\nhosts:\n  - host: a.io\nhosts:\n  - host: b.io\n");
    expect(e.line).toBe(4);
  });

  it("rejects an empty file and several documents", () => {
    expect(errorOf("").field).toBe("version");
    expect(errorOf("version: 1\n---\nversion: 1\n").line).toBe(3);
  });

  it("rejects a list where a mapping belongs", () => {
    expect(errorOf("- host: a.io\n")).toMatchObject({ line: 1, field: "" });
  });
});
