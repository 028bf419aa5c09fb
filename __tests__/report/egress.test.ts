import { describe, expect, it } from "vitest";
import type { Allowlist } from "../../src/allowlist/types.js";
import { summarizeEgress } from "../../src/report/egress.js";
import type { HostReference } from "../../src/scan/types.js";
import { modelOf, yamlDocs } from "../helpers/model.js";

const model = modelOf({
  "mesh.yaml": yamlDocs(`
apiVersion: v1
kind: ConfigMap
metadata: {name: istio, namespace: istio-system}
data:
  mesh: "outboundTrafficPolicy:\\n  mode: REGISTRY_ONLY"`),
  "apps.yaml": yamlDocs(
    `
apiVersion: v1
kind: Namespace
metadata: {name: default, labels: {istio-injection: enabled}}`,
    `
apiVersion: v1
kind: Namespace
metadata: {name: legacy, labels: {istio-injection: disabled}}`,
    `
apiVersion: apps/v1
kind: Deployment
metadata: {name: curl, namespace: default}
spec: {selector: {matchLabels: {app: curl}}, template: {metadata: {labels: {app: curl}}, spec: {containers: [{name: c, image: curl}]}}}`,
    `
apiVersion: apps/v1
kind: Deployment
metadata: {name: batch, namespace: legacy}
spec: {selector: {matchLabels: {app: batch}}, template: {metadata: {labels: {app: batch}}, spec: {containers: [{name: c, image: batch}]}}}`,
    `
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: httpbin-org, namespace: default}
spec: {hosts: [httpbin.org], location: MESH_EXTERNAL, resolution: DNS, ports: [{number: 80, name: http, protocol: HTTP}]}`,
  ),
});

const ref = (host: string, port: number, file: string, line = 1): HostReference => ({
  host,
  port,
  scheme: port === 443 ? "https" : "http",
  kind: "url",
  file,
  line,
  column: 1,
  ignoredRules: [],
  class: "call",
  reason: "a string in code",
});

const allowlist: Allowlist = {
  file: "egress-allowlist.yaml",
  version: 1,
  hosts: [],
  ignore: { hosts: ["*.internal-mirror.io"], paths: [], rules: [] },
  workloads: [
    {
      paths: ["services/curl/**"],
      namespace: "default",
      workload: "curl",
      loc: { file: "egress-allowlist.yaml", line: 1 },
    },
    {
      paths: ["jobs/batch/**"],
      namespace: "legacy",
      workload: "batch",
      loc: { file: "egress-allowlist.yaml", line: 2 },
    },
  ],
};

describe("summarizeEgress", () => {
  it("gives one edge per caller and host:port, refused where the host is not registered for the caller", () => {
    const edges = summarizeEgress(
      model,
      [
        ref("httpbin.org", 80, "services/curl/a.py"),
        ref("httpbin.org", 80, "services/curl/b.py"),
        ref("api.github.com", 443, "services/curl/a.py", 2),
      ],
      allowlist,
    );
    expect(edges).toEqual([
      { from: "default/curl", host: "api.github.com", port: 443, status: "blocked" },
      { from: "default/curl", host: "httpbin.org", port: 80, status: "allowed" },
    ]);
  });

  it("leaves out callers without a sidecar and hosts the allowlist ignores", () => {
    const edges = summarizeEgress(
      model,
      [ref("api.github.com", 443, "jobs/batch/run.py"), ref("pkg.internal-mirror.io", 443, "services/curl/a.py")],
      allowlist,
    );
    expect(edges).toEqual([]);
  });

  it("marks code no workload is mapped to as unmapped", () => {
    expect(summarizeEgress(model, [ref("api.github.com", 443, "tools/check.py")], allowlist)).toEqual([
      { from: "", host: "api.github.com", port: 443, status: "blocked" },
    ]);
  });
});
