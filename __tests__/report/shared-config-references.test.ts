// A ConfigMap value two workloads take is one line of YAML but two references, one per workload: the report's hosts
// keep both, each with its own reason and callers, so that `explain` names the workload a finding names.
import { describe, expect, it } from "vitest";
import { runCheck } from "../../src/engine.js";
import { renderExplain } from "../../src/report/explain.js";
import { parseSettings } from "../../src/settings.js";
import { scratchRepo } from "../helpers/scratch-repo.js";
import { ns } from "../routes/inline.js";

const deployment = (name: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: shop
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
        - name: ${name}
          image: acme/${name}:1
          envFrom: [{configMapRef: {name: shared}}]
`;

describe("references shared by workloads", () => {
  it("lists a ConfigMap value once per workload that takes it, each with its callers", async () => {
    const repo = scratchRepo("egress-lint-shared-config-");
    repo.write("k8s/namespace.yaml", ns("shop"));
    repo.write(
      "k8s/config.yaml",
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n  namespace: shop\ndata:\n  PAYMENTS_URL: https://api.payments-acme.io/v1\n",
    );
    repo.write("k8s/orders.yaml", deployment("orders"));
    repo.write("k8s/billing.yaml", deployment("billing"));
    const { report } = await runCheck(parseSettings({ root: repo.root, render: "none", failOn: "never" }));
    const refs = report.hosts.find((h) => h.host === "api.payments-acme.io")!.references;
    expect(refs.map((r) => [`${r.file}:${r.line}`, r.callers])).toEqual([
      ["k8s/config.yaml:7", ["shop/billing (manifest)"]],
      ["k8s/config.yaml:7", ["shop/orders (manifest)"]],
    ]);
    const explained = renderExplain(report, "api.payments-acme.io");
    expect(explained).toContain("placed in: shop/billing (manifest)");
    expect(explained).toContain("placed in: shop/orders (manifest)");
  });
});
