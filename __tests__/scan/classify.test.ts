// Which hosts are egress at all.
import { describe, expect, it } from "vitest";
import { classifyHost, inClusterNames, NO_IN_CLUSTER_NAMES } from "../../src/scan/index.js";
import { modelOf, yamlDocs } from "../helpers/model.js";

describe("classifyHost", () => {
  it.each([
    ["api.stripe.com", "external"],
    ["API.Stripe.COM.", "external"],
    ["metadata.google.internal", "external"],
    ["169.254.169.254", "external"],
    ["10.1.2.3", "external"],
    ["fd00:ec2::254", "external"],
    ["[fd00:ec2::254]", "external"],
    ["db.corp.acme", "external"],
    ["localhost", "reserved"],
    ["app.localhost", "reserved"],
    ["example.com", "reserved"],
    ["api.example.net", "reserved"],
    ["www.example.org", "reserved"],
    ["svc.test", "reserved"],
    ["foo.example", "reserved"],
    ["x.invalid", "reserved"],
    ["127.0.0.1", "reserved"],
    ["0.0.0.0", "reserved"],
    ["::1", "reserved"],
    ["::", "reserved"],
    ["192.0.2.10", "reserved"],
    ["2001:db8::1", "reserved"],
    ["httpbin", "in-cluster"],
    ["printer.local", "in-cluster"],
    ["reviews.bookinfo.svc", "in-cluster"],
    ["kiali.istio-system.svc.cluster.local", "in-cluster"],
    ["reviews.bookinfo", "in-cluster"],
    ["under_score.acme.io", "invalid"],
    ["-bad.acme.io", "invalid"],
    ["a..b", "invalid"],
    ["1.2.3", "invalid"],
    ["", "invalid"],
  ])("%s is %s", (host, expected) => {
    expect(classifyHost(host, NO_IN_CLUSTER_NAMES)).toBe(expected);
  });
});

describe("inClusterNames", () => {
  const model = modelOf({
    "apps.yaml": yamlDocs(
      "apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}",
      "apiVersion: v1\nkind: Service\nmetadata: {name: httpbin, namespace: foo}\nspec:\n  ports: [{port: 8000}]",
      "apiVersion: v1\nkind: Service\nmetadata: {name: api, namespace: shop}\nspec:\n  ports: [{port: 80}]",
    ),
  });
  const names = inClusterNames(model);

  it("knows every written form of the model's Services", () => {
    for (const form of ["httpbin", "httpbin.foo", "httpbin.foo.svc", "httpbin.foo.svc.cluster.local"])
      expect(names.names.has(form)).toBe(true);
  });

  it("makes `service.namespace` in-cluster even when the namespace is a real top-level domain", () => {
    // `.foo` and `.shop` are public suffixes, so without the model these look external.
    expect(classifyHost("httpbin.foo", NO_IN_CLUSTER_NAMES)).toBe("external");
    expect(classifyHost("httpbin.foo", names)).toBe("in-cluster");
    expect(classifyHost("orders.shop", NO_IN_CLUSTER_NAMES)).toBe("external");
    expect(classifyHost("orders.shop", names)).toBe("in-cluster");
    expect(classifyHost("orders.shop.svc", names)).toBe("in-cluster");
  });

  it("leaves other names external", () => {
    expect(classifyHost("httpbin.org", names)).toBe("external");
  });
});
