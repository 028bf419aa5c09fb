// Kustomize patches read as written, where their tree does not render: partial objects the API server would refuse
// as a whole, which run nothing and have no sidecar. They are not workloads.
import { describe, expect, it } from "vitest";
import { modelOf } from "../helpers/model.js";

const ns = "apiVersion: v1\nkind: Namespace\nmetadata: {name: system, labels: {istio-injection: enabled}}";
const patch = (spec: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: controller-manager, namespace: system}\nspec:\n  template:\n    spec:\n${spec}`;

describe("patch fragments", () => {
  it("models no workload from a patch with no container, or with containers that name no image", () => {
    const m = modelOf({
      "config/ns.yaml": ns,
      "config/default/affinity_patch.yaml": patch("      tolerations: [{key: a, operator: Exists}]"),
      "config/default/manager_config_patch.yaml": patch(
        "      containers:\n      - name: manager\n        args: [--config=controller_manager_config.yaml]",
      ),
      "config/default/manager_auth_proxy_patch.yaml": patch(
        "      containers:\n      - name: kube-rbac-proxy\n        image: gcr.io/kubebuilder/kube-rbac-proxy:v0.13.0\n      - name: manager\n        args: [--health-probe-bind-address=:8081]",
      ),
    });
    expect(m.workloads).toEqual([]);
  });

  it("still models a whole Deployment beside them", () => {
    const whole = patch("      containers:\n      - name: manager\n        image: example/manager:1");
    const m = modelOf({ "config/ns.yaml": ns, "config/manager/manager.yaml": whole });
    expect(m.workloads.map((w) => `${w.namespace}/${w.name} ${w.injected}`)).toEqual([
      "system/controller-manager true",
    ]);
  });
});
