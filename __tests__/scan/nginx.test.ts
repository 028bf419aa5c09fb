// nginx as a reverse proxy in a pod: it calls what `proxy_pass` and the other `*_pass` directives and `upstream`
// blocks name. Redirects, its own names and comments are for requests coming in, and are not reported.
import { describe, expect, it } from "vitest";
import { guessConfigLanguage, scanManifestValues, scanSource } from "../../src/scan/index.js";
import { languageOfText } from "../../src/scan/language.js";
import { deploymentMounting, modelOf } from "../helpers/model.js";
import { rowAt, scanRows } from "./helpers.js";

const conf = [
  "# upstreams: see https://nginx.org/en/docs/http/ngx_http_upstream_module.html",
  "upstream payments {",
  "    server pay.nginx-upstream.io:8443 max_fails=3;",
  "    server 10.0.0.7:8443 backup;",
  "}",
  "server {",
  "    listen 8080;",
  "    server_name shop.nginx-own.io;",
  "    location /api/ {",
  "        proxy_pass https://api.nginx-proxy.io/v1/;",
  "        proxy_set_header Host api.nginx-header.io;",
  "    }",
  "    location /grpc { grpc_pass grpcs://grpc.nginx-proxy.io:443; }",
  '    location /quoted { proxy_pass "http://quoted.nginx-proxy.io"; }',
  "    location /tpl { proxy_pass http://${BACKEND_HOST}; }",
  "    location /var { proxy_pass https://var.nginx-proxy.io$request_uri; }",
  "    location /pay { proxy_pass https://payments; }",
  "    location /docs { return 301 https://docs.nginx-redirect.io/start; }",
  "    # proxy_pass https://commented.nginx-proxy.io;",
  "}",
].join("\n");

describe("nginx configuration", () => {
  it("reports the addresses nginx proxies to, and nothing it only names", () => {
    expect(scanRows("gateway/nginx/default.conf", conf)).toEqual([
      rowAt(conf, "pay.nginx-upstream.io", 8443, ""),
      rowAt(conf, "10.0.0.7", 8443, ""),
      rowAt(conf, "api.nginx-proxy.io", 443, "https"),
      rowAt(conf, "grpc.nginx-proxy.io", 443, "grpcs"),
      rowAt(conf, "quoted.nginx-proxy.io", 80, "http"),
      rowAt(conf, "var.nginx-proxy.io", 443, "https"),
    ]);
  });

  it("says the directive decided, and counts the address as configuration", () => {
    const [ref] = scanSource({
      path: "nginx.conf",
      text: "server { location / { proxy_pass https://x.nginx-proxy.io; } }",
    });
    expect(ref).toMatchObject({ host: "x.nginx-proxy.io", class: "config" });
    expect(ref?.reason).toContain("proxy_pass");
  });

  it("reads a .conf as nginx only when it reads as nginx (HOCON, supervisord and Apache files are not)", () => {
    expect(languageOfText("app/nginx.conf", conf)).toBe("nginx");
    expect(languageOfText("templates/default.conf.template", conf)).toBe("nginx");
    expect(languageOfText("src/main/resources/application.conf", 'api { url = "https://api.hocon.io" }\n')).toBe(
      undefined,
    );
    expect(languageOfText("supervisord.conf", "[program:app]\ncommand=/app/run\n")).toBe(undefined);
    expect(scanRows("src/main/resources/application.conf", 'api { url = "https://api.hocon.io" }\n')).toEqual([]);
  });

  it("guesses nginx for a ConfigMap value that reads as it", () => {
    expect(guessConfigLanguage(conf)).toBe("nginx");
    expect(guessConfigLanguage("location / {\n  proxy_pass http://a;\n}\n")).toBe("nginx");
  });

  it("reads a mounted ConfigMap's nginx.conf as the workload's calls, and its HOCON application.conf as before", () => {
    const manifest = `apiVersion: v1
kind: ConfigMap
metadata: {name: proxy, namespace: web}
data:
  nginx.conf: |
    events {}
    http { server { location / { proxy_pass https://api.cm-nginx.io/; return 302 https://docs.cm-nginx.io; } } }
  application.conf: |
    api.url = "https://api.cm-hocon.io"
---
${deploymentMounting({
  namespace: "web",
  name: "gateway",
  container: "nginx",
  image: "nginx:1.27",
  configMap: "proxy",
  mount: "mountPath: /etc/nginx/nginx.conf, subPath: nginx.conf",
})}`;
    const refs = scanManifestValues(modelOf({ "web/proxy.yaml": manifest }));
    expect(refs.map((r) => [r.host, r.port, r.line, r.class])).toEqual([
      ["api.cm-nginx.io", 443, 7, "config"],
      ["api.cm-hocon.io", 443, 9, "config"],
    ]);
  });
});
