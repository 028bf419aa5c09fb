// The objects a policy test suite feeds its engine are never applied to a cluster: a workload there has no sidecar
// and no egress, and a Namespace or ServiceEntry there changes nothing in the mesh.
import { describe, expect, it } from "vitest";
import { modelFrom } from "../rules/helpers.js";

const DEPLOYMENT = (name: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: shop}
spec:
  template:
    spec:
      containers: [{name: app, image: acme/${name}:1}]
`;
const NAMESPACE = "apiVersion: v1\nkind: Namespace\nmetadata: {name: shop, labels: {istio-injection: disabled}}\n";
const SERVICE_ENTRY =
  "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: stripe, namespace: shop}\nspec:\n  hosts: [api.stripe.com]\n  ports: [{number: 443, name: tls, protocol: TLS}]\n";

describe("objects a policy test suite feeds its engine", () => {
  it("are left out where a Kyverno CLI Test names them as its resources", () => {
    const model = modelFrom({
      "deploy/checkout.yaml": DEPLOYMENT("checkout"),
      "policy/tests/fail/kyverno-test.yaml":
        "apiVersion: cli.kyverno.io/v1alpha1\nkind: Test\nmetadata: {name: fail}\npolicies: [../../require-labels.yaml]\nresources: [workloads.yaml, namespaces.yaml]\n",
      "policy/tests/fail/workloads.yaml": DEPLOYMENT("unlabelled"),
      "policy/tests/fail/namespaces.yaml": NAMESPACE,
      // Beside the test, and not named by it: applied like any other manifest.
      "policy/tests/fail/entry.yaml": SERVICE_ENTRY,
    });
    expect(model.workloads.map((w) => w.name)).toEqual(["checkout"]);
    expect(model.namespaces.map((n) => n.name)).not.toContain("shop");
    expect(model.serviceEntries.map((s) => s.name)).toEqual(["stripe"]);
  });

  it("are left out of a Chainsaw test's folder, which it applies to a throwaway namespace", () => {
    const model = modelFrom({
      "deploy/checkout.yaml": DEPLOYMENT("checkout"),
      "tests/e2e/egress/chainsaw-test.yaml":
        "apiVersion: chainsaw.kyverno.io/v1alpha1\nkind: Test\nmetadata: {name: egress}\nspec:\n  steps:\n  - try:\n    - apply: {file: resources.yaml}\n",
      "tests/e2e/egress/resources.yaml": `${DEPLOYMENT("probe")}---\n${SERVICE_ENTRY}`,
    });
    expect(model.workloads.map((w) => w.name)).toEqual(["checkout"]);
    expect(model.serviceEntries).toEqual([]);
  });
});
