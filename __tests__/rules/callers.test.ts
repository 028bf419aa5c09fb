import { describe, expect, it } from "vitest";
import { callersOf } from "../../src/rules/callers.js";
import { allowlistFrom, deployment, docs, modelFrom, ref } from "./helpers.js";

const model = modelFrom(
  docs(
    deployment("checkout", "shop"),
    deployment("checkout", "shop-canary"),
    deployment("payments", "pay"),
    `apiVersion: v1
kind: Namespace
metadata: {name: legacy, labels: {istio-injection: disabled}}`,
    deployment("batch", "legacy"),
  ),
);
const names = (file: string, extra: Parameters<typeof ref>[1] = {}, allowlist?: string) =>
  callersOf(
    ref("https://api.stripe.com", { file, ...extra }),
    model,
    allowlist ? allowlistFrom(allowlist) : undefined,
  ).map((c) => `${c.how}:${c.namespace}/${c.workload ?? ""}:${c.injected}`);

describe("callersOf", () => {
  it("takes namespace and workload from a manifest value", () => {
    expect(names("k8s/pay.yaml", { namespace: "pay", workload: "payments" })).toEqual(["manifest:pay/payments:true"]);
    expect(names("k8s/cm.yaml", { namespace: "pay" })).toEqual(["manifest:pay/:true"]);
  });

  it("judges a namespace-level caller's sidecar as it judges a workload's in that namespace", () => {
    const declared = `apiVersion: v1
kind: Namespace
metadata: {name: plain}`;
    const memberRoll =
      "apiVersion: maistra.io/v1\nkind: ServiceMeshMemberRoll\nmetadata: {name: default, namespace: istio-system}";
    const placedIn = (files: string, namespace: string) =>
      callersOf(ref("https://api.stripe.com", { file: "k8s/cm.yaml", namespace }), modelFrom(files), undefined).map(
        (c) => c.injected,
      );
    // Declared without the label: no sidecar, for its workloads and for a value of the namespace alike.
    expect(placedIn(docs(declared, deployment("api", "plain")), "plain")).toEqual([false]);
    expect(modelFrom(docs(declared, deployment("api", "plain"))).workloads[0]!.injected).toBe(false);
    expect(placedIn(docs(deployment("api", "pay")), "pay")).toEqual([true]);
    expect(placedIn(docs(memberRoll, deployment("api", "pay")), "pay")).toEqual([false]);
  });

  it("uses the allowlist's workloads globs first, and every mapping that matches", () => {
    const allowlist = `version: 1
workloads:
  - paths: ["services/payments/**"]
    namespace: pay
    workload: payments
  - paths: ["libs/shared/**"]
    namespace: pay
    workload: payments
  - paths: ["libs/**"]
    namespace: shop
    workload: checkout
`;
    expect(names("services/payments/src/stripe.ts", {}, allowlist)).toEqual(["allowlist:pay/payments:true"]);
    expect(names("libs/shared/http.ts", {}, allowlist)).toEqual([
      "allowlist:pay/payments:true",
      "allowlist:shop/checkout:true",
    ]);
  });

  it("falls back to the nearest folder named after a workload, in every namespace that has one", () => {
    expect(names("apps/payments/checkout/client.go")).toEqual([
      "folder:shop/checkout:true",
      "folder:shop-canary/checkout:true",
    ]);
    expect(names("apps/checkout/payments/client.go")).toEqual(["folder:pay/payments:true"]);
  });

  it("takes a workload object with no container as none: a patch's fragment runs nothing, and gets no code", () => {
    const fragment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: gateway, namespace: prod}
spec:
  template:
    spec:
      affinity: {nodeAffinity: {}}`;
    const placedIn = (files: string) =>
      callersOf(ref("https://api.stripe.com", { file: "gateway/src/Client.java" }), modelFrom(files), undefined).map(
        (c) => `${c.how}:${c.namespace}/${c.workload ?? ""}`,
      );
    expect(modelFrom(docs(fragment)).workloads).toEqual([]);
    expect(placedIn(docs(fragment))).toEqual(["mesh-wide:/"]);
    expect(placedIn(docs(fragment, deployment("gateway", "stage")))).toEqual(["folder:stage/gateway"]);
  });

  it("ignores the file name itself and marks pods without a sidecar", () => {
    expect(names("scripts/checkout.py")).toEqual(["mesh-wide:/:true"]);
    expect(names("jobs/batch/run.sh")).toEqual(["folder:legacy/batch:false"]);
  });

  it("treats code nobody can place as mesh-wide", () => {
    const c = callersOf(ref("https://api.stripe.com", { file: "tools/x.ts" }), model);
    expect(c).toEqual([{ namespace: "", meshWide: true, injected: true, how: "mesh-wide" }]);
  });
});
