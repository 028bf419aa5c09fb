// The README's first command: `egress-lint check examples`. The report must match the JSON contract and show the
// example's story: the mesh policy with its source, the workloads, the registered hosts and the blocked call.
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import { runCheck, type CheckResult } from "../../src/engine.js";
import { renderJson } from "../../src/report/json.js";
import { renderText } from "../../src/report/text.js";
import { parseSettings } from "../../src/settings.js";

let result: CheckResult;

beforeAll(async () => {
  result = await runCheck(parseSettings({ root: "examples" }));
});

describe("egress-lint check examples", () => {
  it("produces a JSON report that matches the contract's schema", () => {
    const schema = JSON.parse(readFileSync("src/report/report.schema.json", "utf8"));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const report = JSON.parse(renderJson(result.report));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(JSON.stringify(report)).not.toContain(process.cwd());
  });

  it("shows the mesh policy with the file and line that set it", () => {
    expect(result.report.meshPolicy).toEqual({
      mode: "REGISTRY_ONLY",
      sourceKind: "ConfigMap",
      source: { file: "cluster/mesh-config.yaml", line: 11 },
      why: "the only source that sets outboundTrafficPolicy.mode (the istio ConfigMap is what istiod reads)",
      otherSources: [],
      rootNamespace: "istio-system",
    });
  });

  it("lists the workloads with their effective policy", () => {
    expect(result.report.workloads.map((w) => [`${w.namespace}/${w.name}`, w.injected, w.mode, w.modeSource])).toEqual([
      ["default/curl", true, "REGISTRY_ONLY", "mesh"],
      ["default/httpbin", true, "REGISTRY_ONLY", "mesh"],
      ["foo/curl", true, "REGISTRY_ONLY", "mesh"],
      ["foo/httpbin", true, "REGISTRY_ONLY", "mesh"],
    ]);
  });

  it("lists the registered external hosts", () => {
    expect(result.report.serviceEntries.map((se) => [se.name, se.hosts, se.ports, se.file, se.line])).toEqual([
      ["httpbin-org", ["httpbin.org"], [{ number: 80, protocol: "HTTP", name: "http" }], "egress/httpbin-org.yaml", 3],
      [
        "reports-api",
        ["2oujlno5e4.execute-api.us-east-1.amazonaws.com"],
        [{ number: 80, protocol: "HTTP", name: "http" }],
        "egress/reports-api.yaml",
        3,
      ],
    ]);
  });

  it("shows the blocked call's sidecar route table, as istioctl prints it, not only its row count", () => {
    const text = renderText(result.report);
    expect(text).toContain(
      "Route table of default/curl, which calls api.github.com:443 (services/curl/client.py:7), as `istioctl proxy-config route` prints it:",
    );
    const table = text.slice(text.indexOf("Route table of default/curl"));
    expect(table).toMatch(/^ {2}NAME +VHOST NAME +DOMAINS +MATCH +VIRTUAL SERVICE$/m);
    expect(table).toMatch(/^ {2}80 +httpbin\.org:80 +httpbin\.org, httpbin\.org\. +\/\*$/m);
    expect(table).toMatch(/^ {2}80 +block_all +\* +\/\*$/m);
  });

  it("reports the unregistered call the sidecar would block, and nothing for the registered one", () => {
    const blocking = result.report.findings.filter((f) => f.severity === "error");
    expect(blocking.map((f) => [f.rule, f.file, f.line, f.host, f.port, f.namespace, f.workload])).toEqual([
      ["unregistered-host", "services/curl/client.py", 7, "api.github.com", 443, "default", "curl"],
    ]);
    // Approved in the allowlist, yet no ServiceEntry registers it: one cause, one finding, which says so.
    expect(blocking[0]?.message).toContain("The allowlist approves this host (egress-allowlist.yaml:12).");
    // The ServiceEntry to add, for the call the finding is about.
    const toAdd = (result.report.suggestions ?? []).filter((x) => x.kind === "ServiceEntry");
    expect(
      toAdd.map((x) => [x.targets, x.kind === "ServiceEntry" ? x.spec.ports.map((p) => [p.number, p.protocol]) : []]),
    ).toEqual([[["api.github.com:443"], [[443, "HTTPS"]]]]);
    expect(result.report.hosts.map((h) => [h.host, h.port, h.registered])).toEqual([
      ["api.github.com", 443, false],
      ["httpbin.org", 80, true],
    ]);
    expect(result.exitCode).toBe(1);
  });

  it("prints a readable report with the policy, workloads, hosts and findings", () => {
    const text = renderText(result.report);
    expect(text).toContain("Mesh outbound policy: REGISTRY_ONLY (ConfigMap at cluster/mesh-config.yaml:11)");
    expect(text).toMatch(/default\/curl\s+Deployment\s+REGISTRY_ONLY/);
    expect(text).toMatch(/httpbin\.org\s+80\/HTTP\s+default\/httpbin-org/);
    expect(text).toMatch(/error\s+EGR020\s+unregistered-host\s+services\/curl\/client\.py:7/);
  });
});
