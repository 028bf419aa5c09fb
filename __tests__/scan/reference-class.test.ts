// What a reference is, judged from where it was written: a call or a config value counts; a message, a docstring,
// a link, a browser directive, a build step or an example file does not, and each says why.
import { expectUnique, expectValidTable } from "../helpers/knowledge.js";
import { describe, expect, it } from "vitest";
import registries from "../../src/knowledge/image-registries.json" with { type: "json" };
import registrySchema from "../../src/knowledge/image-registries.schema.json" with { type: "json" };
import { scanSource } from "../../src/scan/index.js";

function classes(path: string, text: string): [string, string][] {
  return scanSource({ path, text }).map((r) => [r.host, r.class]);
}

describe("calls and config values count", () => {
  it.each([
    ["src/app.py", 'requests.get("https://api.stripe.com/v1/charges")\n', "call"],
    ["src/app.py", 'BASE = f"https://api.vendor.io/{version}/items"\n', "call"],
    ["src/app.go", 'url := fmt.Sprintf("https://api.vendor.io/v1/%s", id)\n', "call"],
    ["src/app.ts", "const ws = new WebSocket(`wss://stream.vendor.io/${room}`);\n", "call"],
    ["config/app.yaml", "search:\n  endpoint: https://search.vendor.io\n", "config"],
    ["config/.env", "SENTRY_DSN=https://key@o1.ingest.sentry.io/1\n", "config"],
    ["src/Rates.java", '@RegisterRestClient(baseUri = "https://api.vendor.io")\n', "call"],
    ["src/Rates.java", '@FeignClient(name = "rates", url = "https://api.vendor.io")\n', "call"],
    ["src/Rates.java", 'client.addEndpoint("https://api.vendor.io");\n', "call"],
    ["src/rates.py", 'urls.add("https://api.vendor.io")\n', "call"],
    [
      "src/sso.go",
      'func tokenURL() string {\n\treturn "https://login.vendor.io/" + h.tenantID + "/oauth2/v2.0/token"\n}\n',
      "call",
    ],
    ["src/pay.ts", "await post('https://payments.vendor.io/v1/cards/authorize', body);\n", "call"],
    // What a function returns is what its name says: an API's base is where the caller connects.
    ["src/base.ts", "function apiBase(): string {\n  return 'https://api.vendor.io';\n}\n", "call"],
    ["src/cache.ts", "const pool = new Memcached();\npool.addServer('https://cache.vendor.io');\n", "call"],
    // A client's `url(…)` outside an OpenAPI document's models is where it connects.
    [
      "src/main/java/acme/Client.java",
      'import io.swagger.v3.oas.models.OpenAPI;\nWebClient client = WebClient.builder().url("https://api.vendor.io").build();\n',
      "call",
    ],
    [
      "src/refresh_token.py",
      'TOKEN_URI = "https://oauth2.vendor.io/token"\nif __name__ == "__main__":\n    main()\n',
      "call",
    ],
    [
      "src/bot.py",
      'creds = Credentials.from_authorized_user_info({"token_uri": "https://oauth2.vendor.io/token"})\n',
      "call",
    ],
    // A token request carries the client secret and the code: the server makes it.
    ["src/token.ts", "fetch('https://auth.vendor.io/token?redirect_uri=x&code=c&client_secret=s');\n", "call"],
    // A registry's API, with a scheme, is a call; only a scheme-less image name is the runtime's to pull.
    ["src/tags.go", 'u := "https://ghcr.io/v2/acme/api/tags/list"\n', "call"],
    ["src/proxy.go", 'proxyHost := "ghcr.io.vendor.io/api"\n', "call"],
  ])("%s: %s is a %s", (path, text, cls) => {
    expect(classes(path, text).map((r) => r[1])).toEqual([cls]);
  });

  it("takes a list of URLs as URLs, not as prose", () => {
    expect(classes("src/app.ts", 'const urls = "https://a.vendor.io, https://b.vendor.io";\n')).toEqual([
      ["a.vendor.io", "call"],
      ["b.vendor.io", "call"],
    ]);
  });

  it("never reads a Python docstring", () => {
    expect(
      classes("src/app.py", 'def f():\n    """Fetches rates.\n\n    See https://docs.vendor.io/rates.\n    """\n'),
    ).toEqual([]);
  });

  it("reads a script held in a config value line by line: a directive with arguments is not prose", () => {
    const text = "nginx.conf: |\n  location / {\n    proxy_pass https://upstream.vendor.io;\n  }\n";
    expect(classes("config/proxy.yaml", text)).toEqual([["upstream.vendor.io", "config"]]);
  });
});

describe("mentions do not count", () => {
  it("takes a file named as made-up data as a mention, whatever it holds", () => {
    const text = '{"issuer": "https://sso.vendor.io/realms/uds", "jwks_uri": "https://sso.vendor.io/certs"}\n';
    expect(new Set(classes("src/operator/authservice/mock-authservice-config.json", text).map((r) => r[1]))).toEqual(
      new Set(["mention"]),
    );
    expect(classes("src/operator/authservice/authservice-config.json", text).map((r) => r[1])).toContain("config");
  });

  it.each([
    ["a log message", "src/app.py", 'log.warning("See https://github.com/acme/app/issues/12 for details")\n'],
    ["a message passed alone", "src/app.go", 'log.Printf("https://status.vendor.io")\n'],
    ["an error", "src/app.ts", 'throw new Error("quota exceeded, visit https://console.vendor.io/billing");\n'],
    ["an HTTP error body", "src/app.go", 'http.Error(w, "https://docs.vendor.io/errors/42", 400)\n'],
    ["a usage text", "src/main.go", "const usage = `Usage: rates [flags]\n\nDocs: https://docs.vendor.io/rates`\n"],
    [
      "a CSP directive",
      "src/app.ts",
      "res.set('Content-Security-Policy', \"default-src 'self' https://cdn.vendor.io\");\n",
    ],
    ["OpenAPI metadata in code", "src/app.py", 'app = FastAPI(terms_of_service="https://vendor.io/terms")\n'],
    [
      "a migration guide link",
      "src/versioning.ts",
      "deprecate({ migrationGuide: 'https://docs.vendor.io/v1-to-v2' });\n",
    ],
    [
      "an OpenAPI servers entry built in code",
      "src/docs.ts",
      "const spec = {\n  openapi: '3.0.0',\n  info: { title: 'API' },\n  servers: [\n    { url: 'https://api.vendor.io', description: 'Production' },\n  ],\n};\n",
    ],
    [
      "an OpenAPI server given to NestJS's DocumentBuilder",
      "src/swagger.ts",
      "import { DocumentBuilder } from '@nestjs/swagger';\nconst config = new DocumentBuilder()\n  .setTitle('API')\n  .addServer('https://api.vendor.io', 'Production server')\n  .build();\n",
    ],
    [
      "an OpenAPI servers list in a file that builds the document with a library",
      "src/swagger.ts",
      "import { DocumentBuilder } from '@nestjs/swagger';\nexport const swaggerConfig = {\n  servers: [\n    { url: 'https://api.vendor.io', description: 'Production' },\n  ],\n};\n",
    ],
    [
      "a licence link in Springfox API metadata",
      "src/main/java/acme/Swagger.java",
      'return new ApiInfoBuilder()\n    .license("Apache 2.0")\n    .licenseUrl("http://www.apache.org/licenses/LICENSE-2.0.html")\n    .build();\n',
    ],
    [
      "a contact in springdoc's OpenAPI model",
      "src/main/java/acme/OpenApiConfig.java",
      'import io.swagger.v3.oas.models.info.Contact;\nreturn new OpenAPI()\n    .info(new Info().title("API")\n        .contact(new Contact().name("Team").url("https://team.vendor.io")));\n',
    ],
    [
      "a licence in springdoc's OpenAPI model",
      "src/main/java/acme/OpenApiConfig.java",
      'import io.swagger.v3.oas.models.info.License;\nreturn new OpenAPI()\n    .info(new Info().license(new License().name("MIT").url("https://licenses.vendor.io/MIT")));\n',
    ],
    [
      "a server in springdoc's OpenAPI model",
      "src/main/java/acme/OpenApiConfig.java",
      'import io.swagger.v3.oas.models.servers.Server;\nreturn new OpenAPI()\n    .servers(List.of(new Server().url("https://api.vendor.io").description("Production")));\n',
    ],
    ["a runbook link", "alerts/rules.yaml", "annotations:\n  runbook_url: https://runbooks.vendor.io/HighLatency\n"],
    ["an LLM prompt", "src/agent.py", 'PROMPT = "You can look things up on https://en.wikipedia.org when asked."\n'],
    ["an HTML link", "src/page.ts", 'const footer = `<a href="https://status.vendor.io">Status</a>`;\n'],
    ["an echo in a script", "scripts/setup.sh", 'echo "Install it from: https://get.vendor.io"\n'],
    ["sample data", "load/locustfile.py", 'fake_urls = ["https://shop.vendor.io/cart"]\n'],
    [
      "OpenAPI contact metadata in an annotation",
      "src/ArticlesResource.java",
      '@OpenAPIDefinition(info = @Info(title = "Articles", contact = @Contact(url = "https://github.com/acme/app", name = "Team")))\n',
    ],
    [
      "a URL handed to a method that keeps it",
      "src/ArticlesService.java",
      'this.addArticle("Blue Cloud", "https://blog.vendor.io/2019/02/17/post/", "Harald");\n',
    ],
    ["a profile link", "src/GetAuthor.java", 'author.twitter = "https://twitter.com/acme";\n'],
    [
      "a CSP source list written as keys",
      "lib/security/headers.ts",
      "const csp = {\n  scriptSrc: [\"'self'\", 'https://www.googletagmanager.com'],\n};\n",
    ],
    [
      "a script run by hand, whose name cannot be imported",
      "packages/drive/issue-refresh-token.py",
      'TOKEN_URI = "https://oauth2.vendor.io/token"\n\nif __name__ == "__main__":\n    main()\n',
    ],
    ["an address in a log call's keyword argument", "src/app.py", 'log.info("calling", url="https://api.vendor.io")\n'],
  ])("%s", (_name, path, text) => {
    const refs = scanSource({ path, text });
    expect(refs.map((r) => r.class)).toEqual(["mention"]);
    expect(refs[0]!.reason).not.toBe("");
  });

  it.each([
    ["an OpenAPI document", "api/openapi.yaml", "openapi: 3.0.0\nservers:\n  - url: https://api.vendor.io\n"],
    [
      "a Swagger document whose keys are sorted, so that its version comes last",
      "configs/vendor-api.json",
      `{\n  "basePath": "/api",\n  "definitions": {"pad": "${"x".repeat(5000)}"},\n  "host": "https://api.vendor.io",\n  "swagger": "2.0"\n}\n`,
    ],
    [
      "an AsyncAPI document",
      "configs/events.json",
      '{\n  "asyncapi": "1.0.0",\n  "topics": {"push": {"example": {"url": "https://api.vendor.io/repos/x"}}}\n}\n',
    ],
    [
      "a Grafana dashboard",
      "dash/app.json",
      '{"schemaVersion": 36, "panels": [], "links": [{"url": "https://wiki.vendor.io"}]}\n',
    ],
    ["an example env file", "config/.env.example", "API_URL=https://api.vendor.io\n"],
    ["a sample config", "config/app.sample.yaml", "endpoint: https://api.vendor.io\n"],
    [
      "example code in a source tree",
      "packages/shared/src/cache/examples/usage.ts",
      'get("https://api.vendor.io/x");\n',
    ],
    [
      "an examples package below a JVM package named after the reserved domain",
      "src/main/java/com/example/shop/examples/Usage.java",
      'rest.getForEntity("https://api.vendor.io/x", String.class);\n',
    ],
    [
      "a picture in a record the handler returns",
      "src/items.go",
      'c.JSON(200, []Item{{ID: 12, Name: "Phone", Image: "https://photos.vendor.io/300/300"}})\n',
    ],
    [
      "what a function named for a QR code returns",
      "src/fiscal.ts",
      "export function generateFiscalQrUrl(code: string): string {\n  return `https://check.tax-vendor.io/check?id=${code}`;\n}\n",
    ],
    [
      "what a Go function named for help returns",
      "src/help.go",
      'func helpURL(topic string) string {\n\treturn "https://docs.vendor.io/" + topic\n}\n',
    ],
  ])("every reference in %s is a mention", (_name, path, text) => {
    expect(classes(path, text).map((r) => r[1])).toEqual(["mention"]);
  });

  it("takes a name the code only resolves as no connection, and one it requests as a call", () => {
    const go = (line: string) => `package main\n\nfunc onGCP() bool {\n\t${line}\n\treturn err == nil\n}\n`;
    expect(classes("frontend/handlers.go", go('_, err := net.LookupHost("metadata.google.internal.")'))).toEqual([
      ["metadata.google.internal", "mention"],
    ]);
    expect(classes("frontend/handlers.go", go('_, err := http.Get("https://db.vendor.io/health")'))).toEqual([
      ["db.vendor.io", "call"],
    ]);
  });

  it("reads a JVM package named after the reserved domain (com.example, Spring Initializr's default) as the service", () => {
    const text = 'rest.getForEntity("https://api.vendor.io/x", String.class);\n';
    for (const path of [
      "apps/ServiceC/src/main/java/com/example/springboot/adapters/HttpAdapterImpl.java",
      "src/main/kotlin/org/example/App.kt",
    ])
      expect(classes(path, text).map((r) => r[1])).toEqual(["call"]);
  });
});

describe("what the workload hands on rather than calls", () => {
  it("knows registries from a reviewed table that validates against its schema", () => {
    expectValidTable(registrySchema, registries);
    expectUnique(registries.registries.map((r) => r.name));
  });

  it.each([
    [
      "internal/provider/google.go",
      'return fmt.Sprintf("https://accounts.vendor.io/o/oauth2/auth?client_id=%s&response_type=code&scope=%s", id, s)\n',
      "browser",
    ],
    [
      "internal/provider/chat.go",
      'return fmt.Sprintf("https://chat.vendor.io/oauth/authorize?client_id=%s&state=%s&redirect_uri=%s", id, st, r)\n',
      "browser",
    ],
    [
      "internal/api/sso.go",
      'func authorizeURL() string {\n\treturn "https://login.vendor.io/" + h.tenantID + "/oauth2/v2.0/authorize"\n}\n',
      "browser",
    ],
    // Query parameters alone tell it, where the path names no authorization endpoint.
    [
      "shared/oauth.js",
      "const next = await start();\nconst url = `https://accounts.vendor.io/v2/begin?response_type=code&client_id=${id}`;\n",
      "browser",
    ],
    ["app/auth.py", 'AUTHORIZE = f"https://login.vendor.io/{tenant}/oauth2/v2.0/authorize"\n', "browser"],
    ["app/github.ts", "const url = 'https://idp.vendor.io/login/oauth/authorize';\n", "browser"],
    [
      "main.go",
      'flag.StringVar(&u, "push-registry", envOr("PUSH_REGISTRY_URL", "ghcr.io/acme/builds/runner"), "where to push")\n',
      "mention",
    ],
    ["deploy.py", 'artifact_url = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.2"\n', "mention"],
    ["lib/feed.ts", "xml += '  <url>https://shop.vendor.io</url>\\n';\n", "mention"],
    ["lib/mail.ts", 'const body = `<a href="https://app.vendor.io/reset?t=${t}">Reset</a>`;\n', "mention"],
    ["lib/seo.ts", "const org = { sameAs: ['https://social.vendor.io/acme'] };\n", "mention"],
    ["app/api/stats/route.ts", "const referrers = ['https://search.vendor.io', ''];\n", "mention"],
    ["app/dto/answer.py", 'FALLBACK = "https://cdn.vendor.io/static/failed.png"\n', "browser"],
    ["app/theme.ts", "const font = 'https://fonts.vendor.io/css/inter.woff2#v3';\n", "browser"],
    ["app/assets/data/prices.yaml", "survey:\n  url: https://data.vendor.io/file/3076421.do\n", "mention"],
    ["app/webhooks.py", 'claims = {"sub": s, "http://openbanking.vendor.io/rid": rid}\n', "mention"],
    ["app/set.ts", "const set = {\n  'https://schemas.vendor.io/claims/role': role,\n};\n", "mention"],
    [
      "lib/ai/repricing.ts",
      "async function prices() {\n  // For now, return mock data\n  return [\n    {\n      url: 'https://rival.vendor.io/p',\n    },\n  ];\n}\n",
      "mention",
    ],
    ["app/prices.py", 'def prices():\n    # Mock data\n    return {"url": "https://rival.vendor.io/p"}\n', "mention"],
  ])("%s: %s is a %s", (path, text, cls) => {
    expect(classes(path, text).map((r) => r[1])).toEqual([cls]);
  });

  it("still counts a ternary's branch and a statement after a comment about replacing mock data", () => {
    expect(
      classes("app/env.ts", 'const base = prod ? "https://api.vendor.io" : "https://sandbox.vendor.io";\n'),
    ).toEqual([
      ["api.vendor.io", "call"],
      ["sandbox.vendor.io", "call"],
    ]);
    const replaced = [
      "async function prices() {",
      "  // TODO: replace the mock data with this call",
      "  const res = await fetch('https://rival.vendor.io/p');",
      "  // Returns mock data",
      "  return res;",
      "}",
      "const live = await fetch('https://live.vendor.io/p'); // fetch, no mock data here",
    ].join("\n");
    expect(classes("lib/prices.ts", replaced)).toEqual([
      ["rival.vendor.io", "call"],
      ["live.vendor.io", "call"],
    ]);
  });

  it("still counts an image API, an asset outside an assets folder, and a host allowed by a pattern is no call", () => {
    expect(classes("app/gen.py", 'URL = "https://images.vendor.io/v1/generate?format=png"\n')).toEqual([
      ["images.vendor.io", "call"],
    ]);
    expect(classes("app/config/prices.yaml", "survey:\n  url: https://data.vendor.io/api/prices\n")).toEqual([
      ["data.vendor.io", "config"],
    ]);
    const next = 'const config = { images: { remotePatterns: [{ protocol: "https", hostname: "img.vendor.io" }] } };\n';
    expect(classes("next.config.ts", next)).toEqual([]);
  });
});

describe("vocabularies and browser modules", () => {
  it("takes schema.org URLs for the vocabulary they name", () => {
    const jsonLd = 'const ld = { offers: { availability: "https://schema.org/InStock" } };\n';
    expect(classes("src/seo.ts", jsonLd)).toEqual([["schema.org", "special-use"]]);
  });

  it("takes Protocol Buffers type URLs for the message types they name", () => {
    const envoy = "typed_config:\n  type_url: type.googleapis.com/envoy.extensions.filters.http.wasm.v3.Wasm\n";
    expect(classes("envoy/config.yaml", envoy)).toEqual([["type.googleapis.com", "special-use"]]);
    const go = 'any := &anypb.Any{TypeUrl: "type.googleapis.com/acme.v1.Order"}\n';
    expect(classes("pkg/order.go", go)).toEqual([["type.googleapis.com", "special-use"]]);
  });

  it('takes a module that starts with the "use client" directive for browser code', () => {
    const client = '// a comment first\n"use client";\n\nexport const load = () => fetch("https://api.vendor.io/x");\n';
    expect(classes("app/components/Load.tsx", client)).toEqual([["api.vendor.io", "browser"]]);
    expect(classes("app/components/Load.tsx", `/** @license MIT */\n'use client'\n${client.split("\n")[3]}\n`)).toEqual(
      [["api.vendor.io", "browser"]],
    );
    expect(classes("app/api/load.ts", 'export const load = () => fetch("https://api.vendor.io/x");\n')).toEqual([
      ["api.vendor.io", "call"],
    ]);
  });
});

describe("maps and lists", () => {
  it("never take a string for the name of the next one, as a call's arguments do", () => {
    const labels = 'labels = {\n    "component": "server",\n    "sidecar.istio.io/inject": "true",\n}\n';
    expect(classes("src/spawner.py", labels)).toEqual([]);
    expect(classes("src/app.py", 'host = os.getenv("SEARCH_HOST", "search.vendor.io")\n')).toEqual([
      ["search.vendor.io", "call"],
    ]);
  });
});

describe("identifiers", () => {
  it("reports nothing for a schema named by its URL", () => {
    const text = 'tracer = trace.get_tracer(__name__, schema_url="https://telemetry.vendor.io/schemas/1.11.0")\n';
    expect(classes("setup/tracing.py", text)).toEqual([]);
  });

  it("reports nothing for CORS origins in a list chosen by a condition, which the assignment names", () => {
    const text = [
      "cors_origins = (",
      '    settings.cors_origins.split(",")',
      "    if settings.cors_origins",
      '    else ["https://app.vendor.io", "https://vendor.io"]',
      ")",
    ].join("\n");
    expect(classes("auth/main.py", text)).toEqual([]);
  });

  it("reports nothing for OAuth scopes, which name permissions", () => {
    expect(
      classes("src/drive.py", 'GOOGLE_OAUTH_SCOPES = [\n    "https://www.googleapis.com/auth/drive.readonly",\n]\n'),
    ).toEqual([]);
  });

  it("reports nothing for a license link in an OpenAPI annotation, whatever key holds it", () => {
    expect(
      classes("src/Api.java", '@License(name = "Apache 2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")\n'),
    ).toEqual([]);
  });
});

describe("addresses", () => {
  it("takes a private address written in code as sample data, and one in a config value as config", () => {
    expect(classes("src/devices.ts", 'const cam = { ip: "http://192.168.1.100:8080" };\n')).toEqual([
      ["192.168.1.100", "special-use"],
    ]);
    expect(classes("config/.env", "HTTP_PROXY=http://10.158.100.6:8080\n")).toEqual([["10.158.100.6", "config"]]);
  });

  it("takes a private address a server setting gives with its port as a call", () => {
    const flag = 'flag.StringVar(&server, "server", "172.29.13.181:50051", "the server to dial")\n';
    expect(classes("cmd/client.go", flag)).toEqual([["172.29.13.181", "call"]]);
    // Without the port, or under a name that is no address setting, it is still sample data.
    expect(classes("cmd/client.go", 'flag.StringVar(&server, "server", "172.29.13.181", "")\n')).toEqual([
      ["172.29.13.181", "special-use"],
    ]);
  });
});

describe("config that names an API generator", () => {
  it("is config, not an OpenAPI document, when its openapi key holds settings rather than a version", () => {
    expect(classes("config/app.yaml", "openapi:\n  enabled: true\nupstream: https://api.vendor.io\n")).toEqual([
      ["api.vendor.io", "config"],
    ]);
  });
});

describe("build steps do not count", () => {
  it.each([
    [".mvn/wrapper/maven-wrapper.properties", "distributionUrl=https://repo.maven.apache.org/maven2/x.zip\n"],
    ["deploy/helmfile.yaml", "repositories:\n  - name: bitnami\n    url: https://charts.bitnami.com/bitnami\n"],
    [
      "gradle.properties",
      "systemProp.http.proxyHost=proxy.corp-mirror.io\nrepoUrl=https://repo.corp-mirror.io/maven\n",
    ],
    ["src/auth/zarf.yaml", "kind: ZarfPackageConfig\nmetadata:\n  name: auth\n  url: https://github.com/vendor/auth\n"],
    [
      "src/auth/tasks.yaml",
      "tasks:\n  - name: validate\n    actions:\n      - wait:\n          network:\n            address: sso.vendor.io\n      - cmd: curl https://api.vendor.io/health\n",
    ],
  ])("takes a build tool's settings (%s) as build steps", (path, text) => {
    const found = classes(path, text).map((r) => r[1]);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found)).toEqual(new Set(["build"]));
  });

  it("takes what a Dockerfile's RUN fetches as a build step, and its ENV as the config the image runs with", () => {
    const text = [
      "FROM python:3.12",
      "RUN curl -sSL https://install.vendor.io/get.sh \\",
      "    | sh -s -- --mirror https://mirror.vendor.io",
      "ENV API_URL=https://api.vendor.io",
      "",
    ].join("\n");
    expect(classes("Dockerfile", text)).toEqual([
      ["install.vendor.io", "build"],
      ["mirror.vendor.io", "build"],
      ["api.vendor.io", "config"],
    ]);
  });

  it("takes ENV in a stage the final image is not built on as a build setting", () => {
    const text = [
      "FROM golang:1.22 AS builder",
      "ENV GOPROXY=https://proxy.vendor.io,direct",
      "RUN go build -o /app .",
      "FROM alpine:3.20 AS base",
      "ENV REGION_URL=https://region.vendor.io",
      "FROM base",
      "COPY --from=builder /app /app",
      "ENV API_URL=https://api.vendor.io",
      'CMD ["/app"]',
      "",
    ].join("\n");
    expect(classes("Dockerfile", text)).toEqual([
      ["proxy.vendor.io", "build"],
      // The final stage is built on `base`: what it sets, the image runs with.
      ["region.vendor.io", "config"],
      ["api.vendor.io", "config"],
    ]);
  });
});

describe("contact details", () => {
  it.each([
    [
      "a table of offices keyed by district",
      "src/offices.py",
      'OFFICES = {\n    "north": {\n        "application_url": "https://north.vendor.io/apply",\n        "application_phone": "02-3423-5959",\n    },\n}\n',
    ],
    [
      "a list of records",
      "src/offices.ts",
      'const offices = [{ name: "HQ", url: "https://hq.vendor.io", phone: "+1 (555) 010-0100" }];\n',
    ],
    [
      "a Go struct literal",
      "src/offices.go",
      'var hq = Office{\n\tURL:   "https://hq.vendor.io",\n\tTel:   "+44 20 7946 0000",\n}\n',
    ],
    [
      "a record whose phone keys hold longer words",
      "src/offices.py",
      'HQ = {"URL": "https://hq.vendor.io", "TELEPHONE": "+44 20 7946 0000", "Cellphone": "+44 77 0090 0000"}\n',
    ],
  ])("take a URL in %s beside a phone number as a page for people", (_name, path, text) => {
    expect(classes(path, text).map((r) => r[1])).toEqual(["mention"]);
  });

  it.each([
    [
      "a request's payload",
      'await client.send({ endpoint: "https://sms.vendor.io/send", to: "+1 555 010 0100", phone: "+1 555 010 0100" });\n',
    ],
    [
      "a number in a nested record",
      'const cfg = { url: "https://sms.vendor.io/send", retry: { phone: "+1 555 010 0100" } };\n',
    ],
    ["an identifier of digits", 'const cfg = { url: "https://sms.vendor.io/send", phoneId: "1234567" };\n'],
    [
      "a number under a key that names no phone",
      'const cfg = { url: "https://sms.vendor.io/send", account: "+1 555 010 0100" };\n',
    ],
  ])("still count a URL beside %s", (_name, text) => {
    expect(classes("src/sms.ts", text)).toEqual([["sms.vendor.io", "call"]]);
  });
});

describe("a Go package variable init() replaces", () => {
  const go = (init: string, declaration = 'var host = "smtp.vendor.io"') =>
    `package mail\n\n${declaration}\n\nfunc init() {\n${init}\n}\n\nfunc send() { smtp.Dial(host) }\n`;
  const unread = (text: string) => scanSource({ path: "svc/mail.go", text }).map((r) => [r.line, r.unread === true]);

  it("holds a literal that is never used, and it is unread; the fallback init() writes is read", () => {
    const text = go('\thost = os.Getenv("HOST")\n\tif host == "" {\n\t\thost = "smtp.vendor.io"\n\t}');
    expect(unread(text)).toEqual([
      [3, true],
      [8, false],
    ]);
    expect(scanSource({ path: "svc/mail.go", text })[0]?.reason).toContain("init() assigns host at line 6");
    expect(unread(go('\thost = os.Getenv("HOST")', 'var (\n\thost string = "https://smtp.vendor.io"\n)'))).toEqual([
      [4, true],
    ]);
  });

  it.each([
    ["assigns it only in a branch", '\tif os.Getenv("X") != "" {\n\t\thost = os.Getenv("HOST")\n\t}'],
    ["reads it first", '\tlog.Print(host)\n\thost = os.Getenv("HOST")'],
    ["reads it in the assignment", '\thost = host + ":465"'],
    ["declares a variable of its own", '\thost := os.Getenv("HOST")\n\t_ = host'],
    ["only compares it", '\tif host == "" {\n\t\tpanic("no host")\n\t}'],
  ])("keeps the literal when init() %s", (_name, init) => {
    expect(unread(go(init))).toEqual([[3, false]]);
  });
});
