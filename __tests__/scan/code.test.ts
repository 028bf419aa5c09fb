// Host references in program text, per language: string literals count, comments and docstrings do not.
import { describe, expect, it } from "vitest";
import { scanSource } from "../../src/scan/index.js";
import { rowAt, scanRows } from "./helpers.js";

describe("JavaScript / TypeScript", () => {
  const text = [
    "/*",
    " * Licensed under the Apache License, Version 2.0; see http://www.apache.org/licenses/LICENSE-2.0",
    " */",
    "// Docs: https://docs.stripe.com/api",
    'import Stripe from "stripe";',
    'const STRIPE_API = "https://api.stripe.com/v1";',
    "const client = new Client({ hostname: 'search.algolia.net', port: 443 });",
    "const ws = new WebSocket(`wss://stream.pusher.com/app/${key}`);",
    "const local = `http://${host}:8080/`;",
    'const re = /https:\\/\\/evil\\.io\\/"/; const ratio = a / b;',
    'const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");',
    'const nested = `${base ?? "https://fallback.acme.io"}/v1`;',
    'const echo = "http://httpbin.foo:8000/get";',
    'const apiHost: string = "typed.acme.io";',
  ].join("\n");

  it("reports string and template literals at the host's line and column", () => {
    expect(scanRows("web/src/api.ts", text)).toEqual([
      rowAt(text, "api.stripe.com", 443, "https"),
      rowAt(text, "search.algolia.net", 0, ""),
      rowAt(text, "stream.pusher.com", 443, "wss"),
      rowAt(text, "fallback.acme.io", 443, "https"),
      rowAt(text, "httpbin.foo", 8000, "http"),
      rowAt(text, "typed.acme.io", 0, ""),
    ]);
  });

  it("gives a bare host in a host-named key the kind host and an unknown port", () => {
    const refs = scanSource({ path: "a.ts", text });
    expect(refs.find((r) => r.host === "search.algolia.net")).toMatchObject({ kind: "host", port: 0, scheme: "" });
    expect(refs.find((r) => r.host === "api.stripe.com")).toMatchObject({ kind: "url" });
  });

  it("drops names of the cluster's own Services", () => {
    const inCluster = { names: new Set(["httpbin.foo"]), namespaces: new Set(["foo"]), clusterDomain: "cluster.local" };
    expect(scanRows("a.ts", text, inCluster).map((r) => r[0])).not.toContain("httpbin.foo");
  });

  it("reads .js, .mjs, .cjs, .jsx and .tsx the same way", () => {
    const src = 'export const u = "https://api.acme.io"; // https://comment.acme.io\n';
    for (const ext of ["js", "mjs", "cjs", "jsx", "tsx"])
      expect(scanRows(`a.${ext}`, src)).toEqual([["api.acme.io", 443, "https", 1, 27]]);
  });
});

describe("Python", () => {
  const text = [
    '"""Client for the payments API.',
    "",
    "See https://docs.payments.io/reference for details.",
    '"""',
    "import os",
    "# Endpoint docs: https://developer.paypal.com/docs",
    'API_BASE = "https://api-m.paypal.com/v2"',
    'DB = psycopg.connect(host="db.prod.acme.io", port=5432)',
    'REDIS_URL = os.environ.get("REDIS_URL", "rediss://cache.acme.io:6380/0")',
    "",
    "",
    "class Client:",
    '    """Talks to https://docstring.acme.io (a docstring: never called)."""',
    "",
    "    def url(self, path):",
    '        return f"https://{self.host}/{path}"',
    "",
    "    def token(self):",
    "        return requests.post('https://oauth2.googleapis.com/token', data=r'''raw https://raw.acme.io''')",
    "",
    "    def reach(self):",
    '        socket.create_connection(("smtp.postmarkapp.com", 587))',
    "        return os.getenv('SEARCH_HOST', 'search.acme.io')",
    "",
    'PROXY_HOST: str = "proxy.acme.io"',
  ].join("\n");

  it("reports literals and skips comments, docstrings and f-string placeholders", () => {
    expect(scanRows("app/client.py", text)).toEqual([
      rowAt(text, "api-m.paypal.com", 443, "https"),
      rowAt(text, "db.prod.acme.io", 0, ""),
      rowAt(text, "cache.acme.io", 6380, "rediss"),
      rowAt(text, "oauth2.googleapis.com", 443, "https"),
      rowAt(text, "raw.acme.io", 443, "https"),
      rowAt(text, "smtp.postmarkapp.com", 0, ""),
      rowAt(text, "search.acme.io", 0, ""),
      rowAt(text, "proxy.acme.io", 0, ""),
    ]);
  });

  it("treats a string on a continued line as a value, not a docstring", () => {
    const src = 'URL = \\\n    "https://continued.acme.io"\n';
    expect(scanRows("a.py", src)).toEqual([["continued.acme.io", 443, "https", 2, 14]]);
  });
});

describe("Go", () => {
  const text = [
    "// Package billing calls https://api.billing.io (comment).",
    "package billing",
    "",
    'import "net/http"',
    "",
    'const endpoint = "https://api.billing.io/v1"',
    "",
    "var raw = `GET https://raw.billing.io/x",
    "  https://second.billing.io`",
    "",
    "func dial() {",
    '\tconn, _ := grpc.Dial("payments.googleapis.com:443")',
    '\tc, _ := net.Dial("tcp", "smtp.mailgun.org:587")',
    '\tsrv := &http.Server{Addr: ":8080"}',
    '\tcfg := Config{Host: "ldap.jumpcloud.com", Port: 636}',
    "\t/* https://block.comment.io */",
    '\t_ = "localhost:6379"',
    "\tr := 'x'",
    "}",
  ].join("\n");

  it("reports interpreted and raw strings and host-valued arguments", () => {
    expect(scanRows("cmd/billing/main.go", text)).toEqual([
      rowAt(text, "api.billing.io", 443, "https", "api.billing.io", 1),
      rowAt(text, "raw.billing.io", 443, "https"),
      rowAt(text, "second.billing.io", 443, "https"),
      rowAt(text, "payments.googleapis.com", 443, ""),
      rowAt(text, "smtp.mailgun.org", 587, ""),
      rowAt(text, "ldap.jumpcloud.com", 0, ""),
    ]);
  });
});

describe("Go typed declarations", () => {
  // Go writes the name before the type: the literal belongs to `apiHost`, not to `string`.
  const text = [
    "package billing",
    "",
    'var apiHost string = "api.payments-like.io"',
    "var (",
    '\tsmtpHost string = "smtp.mailer-like.io"',
    "\tretries  int    = 3",
    ")",
    'const statusURL string = "https://status.payments-like.io/api"',
    'var greeting string = "hello.world-like.io"',
  ].join("\n");

  it("binds the literal to the declared name", () => {
    const refs = scanSource({ path: "billing/config.go", text });
    expect(refs.map((r) => `${r.host} ${r.line} ${r.reason}`)).toEqual([
      "api.payments-like.io 3 a string in code (apiHost)",
      "smtp.mailer-like.io 5 a string in code (smtpHost)",
      "status.payments-like.io 8 a string in code (statusURL)",
    ]);
  });

  it("still binds a Java declaration to the name after the type", () => {
    const java = 'class C { String apiHost = "api.payments-like.io"; }';
    expect(scanSource({ path: "C.java", text: java }).map((r) => r.reason)).toEqual(["a string in code (apiHost)"]);
  });
});

describe("Java and Kotlin", () => {
  const java = [
    "/*",
    " * Copyright 2024 Acme. Licensed under https://www.apache.org/licenses/LICENSE-2.0",
    " */",
    "package com.acme;",
    "",
    "public class Payments {",
    "    // https://comment.acme.io",
    '    private static final String BASE = "https://checkout-test.adyen.com/v71";',
    '    private static final String DB = "jdbc:postgresql://pg.acme.io:5433/payments";',
    '    private final String query = """',
    "        SELECT * FROM t WHERE url = 'https://textblock.acme.io'",
    '        """;',
    '    HttpHost proxy = new HttpHost("proxy.acme.io", 3128);',
    '    char quote = \'"\'; String after = "https://after-char.acme.io";',
    "}",
  ].join("\n");

  it("Java: literals, text blocks, builder arguments; not the license header", () => {
    expect(scanRows("src/main/java/com/acme/Payments.java", java)).toEqual([
      rowAt(java, "checkout-test.adyen.com", 443, "https"),
      rowAt(java, "pg.acme.io", 5433, "jdbc:postgresql"),
      rowAt(java, "textblock.acme.io", 443, "https"),
      rowAt(java, "proxy.acme.io", 0, ""),
      rowAt(java, "after-char.acme.io", 443, "https"),
    ]);
  });

  const kotlin = [
    "// Kotlin: https://kotlinlang.org",
    'val client = HttpClient { defaultRequest { url("https://api.openai.com/v1/") } }',
    'val raw = """',
    "    https://raw.kotlin.io/x",
    '"""',
    'val tmpl = "https://${host}/x"',
  ].join("\n");

  it("Kotlin: strings and raw strings; templates are placeholders", () => {
    for (const path of ["src/main/kotlin/App.kt", "scripts/deploy.main.kts"]) {
      expect(scanRows(path, kotlin)).toEqual([
        rowAt(kotlin, "api.openai.com", 443, "https"),
        rowAt(kotlin, "raw.kotlin.io", 443, "https"),
      ]);
    }
  });
});

describe("Ruby", () => {
  const text = [
    'HOST = "api.rubygems-mirror.io" # https://comment.acme.io',
    "body = <<~EOS",
    "  POST https://heredoc.acme.io/hook",
    "EOS",
    'interp = "https://#{region}.acme.io/x"',
    'opts = { host: "h.acme.io", :endpoint => "e.acme.io" }',
    "=begin",
    "https://block-comment.acme.io",
    "=end",
    "words = %w[https://percent.acme.io]",
    "cmd = `curl -s https://backtick.acme.io`",
    "rx = /https:\\/\\/regex.acme.io/",
  ].join("\n");

  it("reports strings, heredoc bodies, %-literals and backticks; skips comments and =begin blocks", () => {
    expect(scanRows("app/models/hook.rb", text)).toEqual([
      rowAt(text, "api.rubygems-mirror.io", 0, ""),
      rowAt(text, "heredoc.acme.io", 443, "https"),
      rowAt(text, "h.acme.io", 0, ""),
      rowAt(text, "e.acme.io", 0, ""),
      rowAt(text, "percent.acme.io", 443, "https"),
      rowAt(text, "backtick.acme.io", 443, "https"),
    ]);
  });
});

describe("C#", () => {
  const text = [
    "// https://comment.cs.io",
    'var client = new HttpClient { BaseAddress = new Uri("https://api.sendgrid.com/") };',
    'var path = @"C:\\temp\\https://verbatim.acme.io";',
    'var s = $"https://{host}/x";',
    'var raw = """',
    "  https://raw.acme.io",
    '  """;',
  ].join("\n");

  it("reports regular, verbatim and raw strings", () => {
    expect(scanRows("src/Api/Client.cs", text)).toEqual([
      rowAt(text, "api.sendgrid.com", 443, "https"),
      rowAt(text, "verbatim.acme.io", 443, "https"),
      rowAt(text, "raw.acme.io", 443, "https"),
    ]);
  });
});

describe("shell and Dockerfile", () => {
  const script = [
    "#!/usr/bin/env bash",
    "# Installs from https://get.helm.sh (comment)",
    "set -euo pipefail",
    "API_HOST=api.shell-tools.io",
    'curl -fsSL "https://objects.githubusercontent.com/x" -o /tmp/x',
    "psql \"postgres://ci@db.acme.io/app\" -c 'select 1'",
    "cat <<EOF > /etc/app.conf",
    "upstream https://heredoc.acme.io",
    "EOF",
    "echo done # https://trailing-comment.acme.io",
    "x=a#b https://hash.acme.io",
    "mytool --endpoint api.flag.io --db-host=db.flag.io",
    "curl http://$HOST/x https://localhost:8443",
  ].join("\n");

  it("reports unquoted and quoted words, assignments, flags and heredoc bodies", () => {
    expect(scanRows("scripts/install.sh", script)).toEqual([
      rowAt(script, "api.shell-tools.io", 0, ""),
      rowAt(script, "objects.githubusercontent.com", 443, "https"),
      rowAt(script, "db.acme.io", 5432, "postgres"),
      rowAt(script, "heredoc.acme.io", 443, "https"),
      rowAt(script, "hash.acme.io", 443, "https"),
      rowAt(script, "api.flag.io", 0, ""),
      rowAt(script, "db.flag.io", 0, ""),
    ]);
  });

  const dockerfile = [
    "# syntax=docker/dockerfile:1 https://docs.docker.com",
    "FROM python:3.12-slim",
    "ENV API_HOST api.docker-env.io",
    "ENV API_URL=https://api.docker-url.io/v2",
    "RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -",
    'CMD ["python", "-m", "app", "--upstream", "https://exec-form.acme.io"]',
  ].join("\n");

  it("reads Dockerfiles (any Dockerfile.* name) as shell", () => {
    const expected = [
      rowAt(dockerfile, "api.docker-env.io", 0, ""),
      rowAt(dockerfile, "api.docker-url.io", 443, "https"),
      rowAt(dockerfile, "deb.nodesource.com", 443, "https"),
      rowAt(dockerfile, "exec-form.acme.io", 443, "https"),
    ];
    for (const path of ["Dockerfile", "build/Dockerfile.prod", "api.dockerfile", "Containerfile"])
      expect(scanRows(path, dockerfile)).toEqual(expected);
  });
});

describe("files of no known language", () => {
  it("returns nothing for Markdown, XML or binary-ish names", () => {
    for (const path of ["README.md", "pom.xml", "logo.svg", "Makefile"])
      expect(scanRows(path, 'url = "https://api.acme.io"')).toEqual([]);
  });
});

describe("host settings whose value is the only hint", () => {
  // Neither holds "://": the lexer must still work out that they are bound to a host setting.
  for (const [path, line] of [
    ["svc/db.ts", 'const dbHost = "[2606:4700::1111]:5432"; const replicaHost = "replica.acme.io";'],
    ["svc/db.py", 'DB_HOST = "[2606:4700::1111]:5432"; REPLICA_HOST = "replica.acme.io"'],
    ["svc/db.go", 'var dbHost = "[2606:4700::1111]:5432"; var replicaHost = "replica.acme.io"'],
  ] as const) {
    it(`reads a bracketed IPv6 address and a dotted name in ${path}`, () => {
      const refs = scanSource({ path, text: line });
      expect(refs.map((r) => [r.host, r.port, r.kind])).toEqual([
        ["2606:4700::1111", 5432, "ip"],
        ["replica.acme.io", 0, "host"],
      ]);
    });
  }
});
