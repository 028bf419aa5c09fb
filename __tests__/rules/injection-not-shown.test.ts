// A repository that enables sidecar injection nowhere: its workloads in namespaces it does not declare are taken as
// running without a sidecar, their calls are not judged, and one info finding per namespace says so.
import { describe, expect, it } from "vitest";
import { loadManifests } from "../../src/manifests/load.js";
import { buildModel } from "../../src/model/build.js";
import { runRules } from "../../src/rules/registry.js";
import { docs, meshMode, ref, row } from "./helpers.js";

const deployment = (name: string, namespace: string, podLabels = `app: ${name}`) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: ${namespace}}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {${podLabels}}}
    spec:
      containers: [{name: app, image: example/${name}:1}]`;

const ENTRY = `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: other, namespace: shop}
spec:
  hosts: [api.other.example.com]
  ports: [{number: 443, name: tls, protocol: TLS}]
  resolution: DNS`;

/** Only the repository's own files: no Namespace labelled for injection unless the case writes one. */
function rulesOn(text: string) {
  const model = buildModel(loadManifests([{ path: "k8s/app.yaml", text }], { defaultNamespace: "default" }));
  const references = [ref("https://api.payments.example.com/v1", { namespace: "shop", workload: "checkout" })];
  return runRules({ model, references }).map(row);
}

describe("injection-not-shown", () => {
  it("takes undeclared namespaces as without sidecars when nothing enables injection, and says so per namespace", () => {
    const rows = rulesOn(
      docs(
        meshMode("REGISTRY_ONLY"),
        ENTRY,
        deployment("checkout", "shop"),
        deployment("web", "shop"),
        deployment("batch", "jobs"),
      ),
    );
    expect(rows.filter((r) => r.rule === "unregistered-host")).toEqual([]);
    expect(rows.filter((r) => r.rule === "injection-not-shown")).toEqual([
      { rule: "injection-not-shown", file: "k8s/app.yaml", line: 20, severity: "info", namespace: "shop" },
      { rule: "injection-not-shown", file: "k8s/app.yaml", line: 40, severity: "info", namespace: "jobs" },
    ]);
  });

  it("judges the calls, and says nothing, once the repository enables injection anywhere", () => {
    for (const shown of [
      docs(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: tools\n  labels: {istio-injection: enabled}`),
      deployment("probe", "tools", 'app: probe, sidecar.istio.io/inject: "true"'),
      deployment("probe", "tools", 'app: probe, sidecar.istio.io/rewriteAppHTTPProbers: "true"'),
    ]) {
      const rows = rulesOn(docs(meshMode("REGISTRY_ONLY"), ENTRY, deployment("checkout", "shop"), shown));
      expect(rows.filter((r) => r.rule === "injection-not-shown")).toEqual([]);
      expect(rows.filter((r) => r.rule === "unregistered-host").map((r) => r.host)).toEqual([
        "api.payments.example.com",
      ]);
    }
  });

  it("says nothing for a namespace the repository declares, or a pod that says for itself", () => {
    const rows = rulesOn(
      docs(
        ENTRY,
        `apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}`,
        deployment("checkout", "shop"),
        deployment("cron", "jobs", 'app: cron, sidecar.istio.io/inject: "false"'),
      ),
    );
    expect(rows.filter((r) => r.rule === "injection-not-shown")).toEqual([]);
  });

  it("says nothing in a repository that configures no Istio at all", () => {
    expect(rulesOn(docs(deployment("checkout", "shop"))).filter((r) => r.rule === "injection-not-shown")).toEqual([]);
  });
});
