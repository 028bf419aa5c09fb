// A container that runs as UID 1337, the sidecar's own user, is left alone by Istio's traffic redirection: an init
// container that downloads as that user (a common way to get out before the sidecar starts) never meets the
// outbound policy. Its neighbours still do.
import { describe, expect, it } from "vitest";
import { scanManifestValues } from "../../src/scan/index.js";
import { docs, modelFrom, rowsOf } from "./helpers.js";

const deployment = (podUser: string, initUser: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: mock, namespace: shop, labels: {app: mock}}
spec:
  selector: {matchLabels: {app: mock}}
  template:
    metadata: {labels: {app: mock}, annotations: {sidecar.istio.io/inject: "true"}}
    spec:
      ${podUser}
      initContainers:
        - name: fetch
          image: busybox
          ${initUser}
          command: ["sh", "-c", "wget -O /data/a.json https://raw.githubusercontent.com/acme/mocks/main/a.json"]
      containers:
        - name: app
          image: wiremock/wiremock
          env: [{name: UPSTREAM_URL, value: "https://api.vendor-upstream.io/v1"}]`;

function hosts(manifest: string): string[] {
  const model = modelFrom(docs(manifest));
  return rowsOf("unregistered-host", { manifests: docs(manifest), references: scanManifestValues(model) })
    .map((r) => r.host!)
    .sort();
}

describe("a container running as the sidecar's own user", () => {
  it("is no caller through the sidecar: its download is not judged, its neighbour's call is", () => {
    expect(hosts(deployment("", "securityContext: {runAsUser: 1337}"))).toEqual(["api.vendor-upstream.io"]);
  });

  it("takes the pod's user where it sets none of its own, and is judged as any other under another user", () => {
    expect(hosts(deployment("securityContext: {runAsUser: 1337}", ""))).toEqual([]);
    expect(hosts(deployment("", "securityContext: {runAsUser: 1000}"))).toEqual([
      "api.vendor-upstream.io",
      "raw.githubusercontent.com",
    ]);
  });

  it("says why in the reference's reason", () => {
    const model = modelFrom(docs(deployment("", "securityContext: {runAsUser: 1337}")));
    const fetch = scanManifestValues(model).find((r) => r.host === "raw.githubusercontent.com");
    expect(fetch?.bypassesSidecar).toBe(true);
    expect(fetch?.reason).toContain("container fetch runs as UID 1337, the sidecar's own user");
  });
});
