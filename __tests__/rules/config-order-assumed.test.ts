// EGR048: the report says when the route table of a host rests on which VirtualService istiod would find older.
import { describe, expect, it } from "vitest";
import { runRules } from "../../src/rules/registry.js";
import { created, istio, model } from "../routes/inline.js";

const vs = (name: string, extra = "", namespace = "default") =>
  istio(
    "VirtualService",
    namespace,
    name,
    `hosts: [api.example.org]${extra}\nhttp: [{route: [{destination: {host: api.example.org}}]}]`,
  );
const messages = (...docs: string[]) =>
  runRules({ model: model(...docs), references: [] })
    .filter((f) => f.rule === "config-order-assumed")
    .map((f) => `${f.resource ?? ""}${f.namespace}: ${f.message}`);

describe("config-order-assumed", () => {
  it("names the VirtualService taken as older, and why, at the other one", () => {
    const found = messages(vs("b"), vs("a"));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("default/a and default/b both route api.example.org");
    expect(found[0]).toContain("Neither manifest gives a creationTimestamp");
    const dated = messages(vs("a"), created(vs("b"), "2025-01-01T00:00:00Z"));
    expect(dated[0]).toContain("default/b gives its creationTimestamp and default/a none");
  });

  it("says nothing when creation times decide, or when the two are seen by different namespaces", () => {
    expect(messages(created(vs("a"), "2025-01-01T00:00:00Z"), created(vs("b"), "2025-01-02T00:00:00Z"))).toEqual([]);
    expect(messages(vs("a", '\nexportTo: ["."]'), vs("b"))).toEqual([]);
    expect(messages(vs("a", "\ngateways: [ingress]"), vs("b"))).toEqual([]);
  });
});
