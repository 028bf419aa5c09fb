// Hosts written into manifests: container env, args and commands, ConfigMap data.
import { describe, expect, it } from "vitest";
import { guessConfigLanguage, scanManifestValues } from "../../src/scan/index.js";
import { deploymentMounting, modelOf } from "../helpers/model.js";

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  namespace: shop
spec:
  selector: {matchLabels: {app: checkout}}
  template:
    metadata: {labels: {app: checkout}}
    spec:
      containers:
        - name: app
          image: acme/checkout:1.0
          env:
            - name: DB_HOST
              value: db.manifest-env.io
            - name: PAYMENTS_URL
              value: https://api.stripe.com/v1
            - name: ECHO_URL
              value: http://httpbin.foo:8000/get
            - name: JAVA_OPTS
              value: -Xmx512m -Dhttp.proxyHost=proxy.manifest-env.io
            - name: MODE
              value: production
          command: ["sh", "-c"]
          args:
            - |
              # warm the cache from https://comment.manifest.io
              curl -s https://warmup.manifest-args.io/x && exec app
            - --endpoint
            - api.flag-manifest.io
            - --db-host=db.flag-manifest.io
---
apiVersion: v1
kind: Service
metadata: {name: httpbin, namespace: foo}
spec:
  ports: [{port: 8000}]
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: checkout-config
  namespace: shop
data:
  REDIS_HOST: redis.cm.io
  application.yaml: |
    spring:
      datasource:
        url: jdbc:postgresql://pg.cm.io:5432/shop
    # https://comment.cm.io
  settings: |
    smtp.host=smtp.cm.io
    smtp.port=587
  LOG_LEVEL: debug
`;

describe("scanManifestValues", () => {
  const model = modelOf({ "apps/checkout.yaml": deployment });
  const refs = scanManifestValues(model);

  it("reports env values, args (split as shell words, with flags naming the next element) and ConfigMap data", () => {
    expect(refs.map((r) => [r.host, r.port, r.scheme, r.kind, r.line, r.namespace, r.workload ?? null])).toEqual([
      ["db.manifest-env.io", 0, "", "host", 16, "shop", "checkout"],
      ["api.stripe.com", 443, "https", "url", 18, "shop", "checkout"],
      ["proxy.manifest-env.io", 0, "", "host", 22, "shop", "checkout"],
      ["warmup.manifest-args.io", 443, "https", "url", 29, "shop", "checkout"],
      ["api.flag-manifest.io", 0, "", "host", 31, "shop", "checkout"],
      ["db.flag-manifest.io", 0, "", "host", 32, "shop", "checkout"],
      ["redis.cm.io", 0, "", "host", 46, "shop", null],
      ["pg.cm.io", 5432, "jdbc:postgresql", "url", 50, "shop", null],
      ["smtp.cm.io", 0, "", "host", 53, "shop", null],
    ]);
  });

  it("places every reference in the manifest file with an unknown column", () => {
    expect(new Set(refs.map((r) => `${r.file}:${r.column}`))).toEqual(new Set(["apps/checkout.yaml:0"]));
  });

  it("drops the model's own Services (httpbin.foo) by default", () => {
    expect(refs.map((r) => r.host)).not.toContain("httpbin.foo");
  });
});

describe("guessConfigLanguage", () => {
  it.each([
    ["#!/bin/sh\ncurl https://x", "shell"],
    ['{"a": 1}', "json"],
    ["a.b=1\nc=2\n", "properties"],
    ["a:\n  b: 1\n", "yaml"],
  ])("%j is %s", (text, language) => {
    expect(guessConfigLanguage(text)).toBe(language);
  });
});

describe("a ConfigMap served to browsers", () => {
  const served = (mountPath: string, extra?: string) => `apiVersion: v1
kind: ConfigMap
metadata: {name: constants, namespace: web}
data:
  host.js: |
    export const HOST = "https://api.webroot-js.io";
---
${deploymentMounting({
  namespace: "web",
  name: "site",
  container: "nginx",
  image: "nginx:1.27",
  configMap: "constants",
  mount: `mountPath: ${mountPath}, subPath: host.js`,
  ...(extra ? { lines: [extra] } : {}),
})}`;
  const classes = (text: string) =>
    scanManifestValues(modelOf({ "web/site.yaml": text })).map((r) => [r.host, r.class, r.workload ?? null]);

  it("is what the browser calls, when every container mounts it only in a web server's document root", () => {
    expect(classes(served("/usr/share/nginx/html/constants/host.js"))).toEqual([
      ["api.webroot-js.io", "browser", "site"],
    ]);
  });

  it("is the workload's configuration when it is mounted anywhere else, or also read as variables", () => {
    expect(classes(served("/etc/site/host.js"))).toEqual([["api.webroot-js.io", "config", "site"]]);
    expect(classes(served("/usr/share/nginx/html/host.js", "envFrom: [{configMapRef: {name: constants}}]"))).toEqual([
      ["api.webroot-js.io", "config", "site"],
    ]);
  });
});

describe("a Grafana dashboard held in a ConfigMap", () => {
  it("is links for people, as the same dashboard in a file is, while a JSON key beside it is configuration", () => {
    const text = `apiVersion: v1
kind: ConfigMap
metadata: {name: dashboards, namespace: monitoring}
data:
  mesh-dashboard.json: |
    {"panels": [{"type": "text", "content": "<a href=\\"https://docs.dashboard-link.io\\">docs</a>"}],
     "schemaVersion": 18}
  settings.json: |
    {"upstream": "https://api.settings-json.io"}
---
${deploymentMounting({
  namespace: "monitoring",
  name: "grafana",
  container: "grafana",
  image: "grafana/grafana:6.1.6",
  configMap: "dashboards",
  mount: "mountPath: /var/lib/grafana/dashboards",
})}`;
    const refs = scanManifestValues(modelOf({ "monitoring/grafana.yaml": text }));
    expect(refs.map((r) => [r.host, r.class])).toEqual([
      ["docs.dashboard-link.io", "mention"],
      ["api.settings-json.io", "config"],
    ]);
  });
});

describe("a program held in a ConfigMap", () => {
  it("marks what its request calls are given as requested, as in a source file", () => {
    const text = `apiVersion: v1
kind: ConfigMap
metadata: {name: app, namespace: checks}
data:
  app.py: |
    import requests
    PUBLIC = "https://checks.public-name.io"
    resp = requests.get("http://checks.public-name.io/check-funds")
---
${deploymentMounting({
  namespace: "checks",
  name: "checks",
  container: "app",
  image: "python:3.12",
  configMap: "app",
  mount: "mountPath: /app",
  lines: ['command: ["python", "/app/app.py"]'],
})}`;
    const refs = scanManifestValues(modelOf({ "checks/app.yaml": text }));
    expect(refs.map((r) => [r.line, r.requested ?? false])).toEqual([
      [7, false],
      [8, true],
    ]);
  });
});
