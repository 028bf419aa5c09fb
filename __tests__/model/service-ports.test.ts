import { describe, expect, it } from "vitest";
import { kubePortProtocol, listenerClass, parseProtocol } from "../../src/model/protocol.js";
import { modelOf } from "../helpers/model.js";

describe("Kubernetes Service port protocol (Istio's ConvertProtocol)", () => {
  it.each([
    [{ name: "http", number: 8000 }, "HTTP"],
    [{ name: "http-web", number: 8000 }, "HTTP"],
    [{ name: "HTTP2-api", number: 8000 }, "HTTP2"],
    [{ name: "grpc", number: 15010 }, "GRPC"],
    [{ name: "grpc-web", number: 8080 }, "GRPC-Web"],
    [{ name: "grpc-web-ui", number: 8080 }, "GRPC-Web"],
    [{ name: "https-webhook", number: 443 }, "HTTPS"],
    [{ name: "tls", number: 8443 }, "TLS"],
    [{ name: "tcp-db", number: 5432 }, "TCP"],
    [{ name: "mongo", number: 27018 }, "Mongo"],
    [{ name: "redis", number: 6379 }, "Redis"],
    [{ name: "mysql", number: 3307 }, "MySQL"],
    [{ name: "udp-x", number: 9999 }, "UDP"],
    [{ name: "http_proxy", number: 3128 }, "HTTP_PROXY"],
    [{ name: "httpbin", number: 8000 }, "Unsupported"],
    [{ name: "metrics", number: 9153 }, "Unsupported"],
    [{ name: "status-port", number: 15021 }, "Unsupported"],
    [{ name: "", number: 9000 }, "Unsupported"],
    [{ number: 9000 }, "Unsupported"],
    [{ name: "dns", number: 53, protocol: "UDP" }, "UDP"],
    [{ name: "dns-tcp", number: 53, protocol: "TCP" }, "TCP"],
    [{ name: "metrics", number: 53 }, "TCP"],
    [{ name: "web", number: 25 }, "TCP"],
    [{ name: "web", number: 3306 }, "TCP"],
    [{ name: "web", number: 27017 }, "TCP"],
    [{ name: "http", number: 8080, appProtocol: "kubernetes.io/h2c" }, "HTTP2"],
    [{ name: "tcp", number: 8080, appProtocol: "http" }, "HTTP"],
    [{ name: "http", number: 8080, appProtocol: "kubernetes.io/ws" }, "HTTP"],
    [{ name: "http", number: 8080, appProtocol: "kubernetes.io/wss" }, "HTTPS"],
    [{ name: "http", number: 8080, appProtocol: "h2c" }, "Unsupported"],
    [{ name: "http", number: 8080, appProtocol: "grpc" }, "GRPC"],
  ])("%o -> %s", (port, expected) => {
    expect(kubePortProtocol(port)).toBe(expected);
  });

  it("parses ServiceEntry protocols case-insensitively and sniffs the rest", () => {
    expect(parseProtocol("tcp")).toBe("TCP");
    expect(parseProtocol("HTTPS")).toBe("HTTPS");
    expect(parseProtocol(undefined)).toBe("Unsupported");
    expect(parseProtocol("web")).toBe("Unsupported");
  });

  it("classifies listeners the way pilot does", () => {
    expect(["HTTP", "HTTP2", "GRPC", "GRPC-Web", "HTTP_PROXY"].map((p) => listenerClass(p as never))).toEqual([
      "http",
      "http",
      "http",
      "http",
      "http",
    ]);
    expect(["TCP", "HTTPS", "TLS", "Mongo", "Redis", "MySQL"].map((p) => listenerClass(p as never))).toEqual([
      "tcp",
      "tcp",
      "tcp",
      "tcp",
      "tcp",
      "tcp",
    ]);
    expect(listenerClass("Unsupported")).toBe("auto");
    expect(listenerClass("UDP")).toBe("none");
  });

  it("builds Services with ports, cluster IPs, headless and ExternalName types, and the exportTo annotation", () => {
    const m = modelOf({
      "svc.yaml": `apiVersion: v1
kind: Service
metadata:
  name: db
  annotations: {networking.istio.io/exportTo: ".,billing"}
spec:
  clusterIP: None
  ports:
    - {name: tcp, port: 5432}
---
apiVersion: v1
kind: Service
metadata: {name: ext, namespace: shop}
spec: {type: ExternalName, externalName: api.example.org}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  clusterIPs: [10.0.0.1, "fd00::1"]
  ports:
    - {name: http, port: 80, targetPort: 8080}
`,
    });
    const [db, ext, web] = m.services;
    expect(db).toMatchObject({ namespace: "default", headless: true, clusterIPs: [], exportTo: [".", "billing"] });
    expect(db!.ports[0]).toMatchObject({ number: 5432, protocol: "TCP", loc: { file: "svc.yaml", line: 9 } });
    expect(ext).toMatchObject({ type: "ExternalName", externalName: "api.example.org", ports: [] });
    expect(web).toMatchObject({
      clusterIPs: ["10.0.0.1", "fd00::1"],
      ports: [{ number: 80, protocol: "HTTP", targetPort: 8080 }],
    });
  });
});
