// EGR048: the report says when the route table of a host rests on which VirtualService istiod would find older.
import { describe, expect, it } from "vitest";
import { runRules } from "../../src/rules/registry.js";
import { modelOf } from "../helpers/model.js";
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

  it("says a VirtualService written in two files is one object, whose routes are the last applied's", () => {
    const v1 = vs("app-ui");
    const v2 = vs("app-ui").replace("api.example.org}}", "api.example.org, subset: v2}}");
    const found = runRules({ model: modelOf({ "steps/1-default.yaml": v1, "steps/2-v2.yaml": v2 }), references: [] })
      .filter((f) => f.rule === "config-order-assumed")
      .map((f) => `${f.file}:${f.line} ${f.message}`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^steps\/2-v2\.yaml:\d+ VirtualService default\/app-ui is written twice/);
    expect(found[0]).toContain("steps/1-default.yaml:");
    expect(found[0]).not.toContain("both route");
    // The same object written twice alike says nothing a reader must choose between.
    expect(
      runRules({ model: modelOf({ "a.yaml": v1, "b.yaml": v1 }), references: [] }).filter(
        (f) => f.rule === "config-order-assumed",
      ),
    ).toEqual([]);
  });

  it("says nothing when creation times decide, or when the two are seen by different namespaces", () => {
    expect(messages(created(vs("a"), "2025-01-01T00:00:00Z"), created(vs("b"), "2025-01-02T00:00:00Z"))).toEqual([]);
    expect(messages(vs("a", '\nexportTo: ["."]'), vs("b"))).toEqual([]);
    expect(messages(vs("a", "\ngateways: [ingress]"), vs("b"))).toEqual([]);
  });
});
