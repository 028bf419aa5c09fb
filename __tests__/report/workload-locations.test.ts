// A repository that holds several setups may define one workload name in more than one file: the report keeps each
// definition apart, at its own file and line, so that the list does not read as a workload counted twice.
import { describe, expect, it } from "vitest";
import { runCheck } from "../../src/engine.js";
import { renderText } from "../../src/report/text.js";
import { parseSettings } from "../../src/settings.js";
import { scratchRepo } from "../helpers/scratch-repo.js";

const deployment = (image: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: ${image}
`;

describe("workloads in the report", () => {
  it("says where each definition of a workload is, sorted by file", async () => {
    const repo = scratchRepo("egress-lint-workload-loc-");
    repo.write(
      "namespace.yaml",
      "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    istio-injection: enabled\n",
    );
    repo.write("setup-b/web.yaml", deployment("web:2"));
    repo.write("setup-a/web.yaml", `# the first setup\n${deployment("web:1")}`);
    const { report } = await runCheck(parseSettings({ root: repo.root, render: "none", failOn: "never" }));
    expect(report.workloads.map((w) => [w.namespace, w.name, w.file, w.line])).toEqual([
      ["shop", "web", "setup-a/web.yaml", 3],
      ["shop", "web", "setup-b/web.yaml", 2],
    ]);
    const text = renderText(report);
    expect(text).toMatch(/shop\/web +Deployment .+ setup-a\/web\.yaml:3\n/);
    expect(text).toMatch(/shop\/web +Deployment .+ setup-b\/web\.yaml:2\n/);
  });
});
