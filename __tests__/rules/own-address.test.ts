// A server names itself (`--base-url=https://shop.example-own.io`, an OAuth issuer's public URL): the host a
// gateway-bound VirtualService routes to the workload's own Service is the address others use to reach it, not
// egress. Another workload calling that host still calls out.
import { describe, expect, it } from "vitest";
import { judgedReferences } from "../../src/rules/judged-references.js";
import { scanSource } from "../../src/scan/index.js";
import type { HostReference } from "../../src/scan/types.js";
import { docs, modelFrom, ref } from "./helpers.js";

const deployment = (name: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: shop}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers: [{name: main, image: acme/${name}}]`;

const service = `apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80}]`;

const virtualService = (gateways: string) => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: web-public, namespace: shop}
spec:
  hosts: [shop.example-own.io]
  gateways: [${gateways}]
  http:
    - route: [{destination: {host: web}}]`;

const fromManifest = (workload: string) =>
  ref("https://shop.example-own.io/callback", {
    file: "k8s/web.yaml",
    class: "config",
    namespace: "shop",
    workload,
  });

describe("a workload's own public address", () => {
  it("is not judged where a gateway-bound VirtualService routes the host to the workload itself", () => {
    const model = modelFrom(docs(deployment("web"), deployment("worker"), service, virtualService("shop/public")));
    const { judged, notEgress } = judgedReferences([fromManifest("web"), fromManifest("worker")], model, undefined);
    expect(judged.map((r) => r.workload)).toEqual(["worker"]);
    expect(notEgress).toHaveLength(1);
    expect(notEgress[0]).toMatchObject({ workload: "web", class: "mention" });
    expect(notEgress[0]!.reason).toContain("VirtualService shop/web-public routes it to shop/web");
  });

  it("is judged where the workload's code requests it: a call out to the gateway, like any other", () => {
    const model = modelFrom(docs(deployment("web"), service, virtualService("shop/public")));
    const [called] = scanSource({
      path: "web/app.py",
      text: 'requests.get("https://shop.example-own.io/check-funds")\n',
    });
    const [named] = scanSource({ path: "web/config.py", text: 'BASE_URL = "https://shop.example-own.io"\n' });
    expect(called!.requested).toBe(true);
    expect(named!.requested).toBeUndefined();
    const inWeb = (r: HostReference) => ({ ...r, namespace: "shop", workload: "web" });
    const { judged, notEgress } = judgedReferences([inWeb(called!), inWeb(named!)], model, undefined);
    expect(judged.map((r) => r.file)).toEqual(["web/app.py"]);
    expect(notEgress.map((r) => [r.file, r.class])).toEqual([["web/config.py", "mention"]]);
  });

  it("is not judged where an Ingress or an HTTPRoute leads the host to the workload's Service", () => {
    const ingress = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: web, namespace: shop}
spec:
  rules:
    - host: shop.example-own.io
      http:
        paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]`;
    const httpRoute = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web, namespace: shop}
spec:
  hostnames: [shop.example-own.io]
  rules: [{backendRefs: [{name: web, port: 80}]}]`;
    for (const [what, route] of [
      ["Ingress shop/web", ingress],
      ["HTTPRoute shop/web", httpRoute],
    ] as const) {
      const model = modelFrom(docs(deployment("web"), service, route));
      const { judged, notEgress } = judgedReferences([fromManifest("web")], model, undefined);
      expect(judged, what).toEqual([]);
      expect(notEgress[0]!.reason).toContain(`${what} routes it to shop/web`);
    }
  });

  it("is judged as any host when the VirtualService serves the mesh only", () => {
    const model = modelFrom(docs(deployment("web"), service, virtualService("mesh")));
    expect(judgedReferences([fromManifest("web")], model, undefined).judged).toHaveLength(1);
  });
});
