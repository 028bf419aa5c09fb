// A host in one variable and its port in another: the finding names the port the code will use.
import { describe, expect, it } from "vitest";
import { scanManifestValues } from "../../src/scan/index.js";
import { siblingPort } from "../../src/scan/sibling-port.js";
import { modelOf } from "../helpers/model.js";

describe("the port beside a host", () => {
  it.each([
    ["DB_HOST", { DB_PORT: "5432" }, 5432],
    ["redis.host", { "redis.port": "6379" }, 6379],
    ["mailServer", { mailPort: "587" }, 587],
    ["KAFKA_ADDR", { KAFKA_PORT: " 9092 " }, 9092],
    ["DB_HOST", { DB_PORT: "${PORT}" }, undefined],
    ["DB_HOST", { DB_PORT: "99999" }, undefined],
    ["DB_URL", { DB_PORT: "5432" }, undefined],
  ])("%s with %j gives %s", (name, values, port) => {
    expect(siblingPort(name, new Map(Object.entries(values)))).toBe(port);
  });

  it("puts the sibling's port on a host from container env and from ConfigMap data the workload reads", () => {
    const model = modelOf({
      "deploy.yaml": `apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop}
spec:
  template:
    spec:
      containers:
        - name: app
          image: acme/api:1
          envFrom: [{configMapRef: {name: cache}}]
          env:
            - {name: DB_HOST, value: db.sibling-vendor.io}
            - {name: DB_PORT, value: "5432"}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: cache, namespace: shop}
data:
  REDIS_HOST: cache.sibling-vendor.io
  REDIS_PORT: "6380"
`,
    });
    const refs = scanManifestValues(model).map((r) => [r.host, r.port, r.workload]);
    expect(refs).toEqual([
      ["db.sibling-vendor.io", 5432, "api"],
      ["cache.sibling-vendor.io", 6380, "api"],
    ]);
  });
});
