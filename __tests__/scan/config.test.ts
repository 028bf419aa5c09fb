// Application config files: values under host-named keys, URLs anywhere, comments and identifier keys never.
import { describe, expect, it } from "vitest";
import { scanSource } from "../../src/scan/index.js";
import { rowAt, scanRows } from "./helpers.js";

describe("YAML", () => {
  const text = [
    "# Service config; schema at https://schemas.acme.io/config.json",
    "$schema: http://json-schema.org/draft-07/schema#",
    "db:",
    "  host: db.yaml-config.io # primary, see https://wiki.acme.io",
    '  url: "postgres://pg.yaml-config.io/orders"',
    "  port: 5432",
    "  version: 1.2.3.4",
    "kafka:",
    '  brokers: [k1.confluent.cloud:9092, "k2.confluent.cloud:9092"]',
    "payments:",
    "  endpoints:",
    "    - api.adyen.com",
    "    - https://pal-live.adyen.com/pal",
    "  - not-a-list-item",
    "script: |",
    "  # comment-looking content is data inside a block scalar",
    "  curl https://block.yaml-config.io/hook",
    "ingress:",
    "  hosts:",
    "    - host: shop.acme-public.com",
    "cors:",
    "  allowedOrigins: [https://shop.acme-public.com]",
    "upstream: 'https://single-quoted.yaml-config.io'",
    "metadata_server: 169.254.169.254",
    "localhost_check: http://localhost:8080",
  ].join("\n");

  it("reports values by key path, sequence items and block scalars; skips comments and inbound names", () => {
    expect(scanRows("config/app.yaml", text)).toEqual([
      rowAt(text, "db.yaml-config.io", 0, ""),
      rowAt(text, "pg.yaml-config.io", 5432, "postgres"),
      rowAt(text, "k1.confluent.cloud", 9092, ""),
      rowAt(text, "k2.confluent.cloud", 9092, ""),
      rowAt(text, "api.adyen.com", 0, ""),
      rowAt(text, "pal-live.adyen.com", 443, "https"),
      rowAt(text, "block.yaml-config.io", 443, "https"),
      rowAt(text, "single-quoted.yaml-config.io", 443, "https"),
      rowAt(text, "169.254.169.254", 0, ""),
    ]);
  });

  it("gives an IP in a host-named key the kind ip", () => {
    const ref = scanSource({ path: "a.yml", text }).find((r) => r.host === "169.254.169.254");
    expect(ref).toMatchObject({ kind: "ip", port: 0 });
  });
});

describe("JSON", () => {
  const text = [
    "{",
    '  "$schema": "http://json-schema.org/draft-07/schema#",',
    '  "$id": "https://schemas.acme.io/app.json",',
    '  "api": { "host": "api.json-config.io", "baseUrl": "https://gw.json-config.io:8443/v1" },',
    '  "servers": ["s1.json-config.io:7000", "s2.json-config.io:7000"],',
    '  "version": "1.2.3.4",',
    '  "description": "plain words",',
    '  "xmlns": "http://www.w3.org/1999/xhtml"',
    "}",
  ].join("\n");

  it("reports values by key and list items under a host key; skips $schema, $id and xmlns", () => {
    expect(scanRows("config/app.json", text)).toEqual([
      rowAt(text, "api.json-config.io", 0, ""),
      rowAt(text, "gw.json-config.io", 8443, "https"),
      rowAt(text, "s1.json-config.io", 7000, ""),
      rowAt(text, "s2.json-config.io", 7000, ""),
    ]);
  });
});

describe(".env", () => {
  const text = [
    "# Local overrides: https://wiki.acme.io/env",
    "DB_HOST=db.env-config.io",
    'export API_URL="https://api.env-config.io:8443"',
    "SENTRY_DSN=https://key@o123.ingest.sentry.io/42 # error tracking",
    "KAFKA_BROKERS=b1.env-config.io:9092,b2.env-config.io:9093",
    "ALLOWED_HOSTS=app.acme-public.com",
    "LOG_LEVEL=debug",
  ].join("\n");

  it("reports host-named values and URLs; a trailing comment is not a value", () => {
    const expected = [
      rowAt(text, "db.env-config.io", 0, ""),
      rowAt(text, "api.env-config.io", 8443, "https"),
      rowAt(text, "o123.ingest.sentry.io", 443, "https"),
      rowAt(text, "b1.env-config.io", 9092, ""),
      rowAt(text, "b2.env-config.io", 9093, ""),
    ];
    for (const path of [".env", "deploy/.env.production", "config/app.env"])
      expect(scanRows(path, text)).toEqual(expected);
  });
});

describe(".properties", () => {
  const text = [
    "# Spring config https://docs.spring.io",
    "! old-style comment https://old.acme.io",
    "spring.datasource.url=jdbc:mysql://mysql.props.io:3307/app",
    "spring.redis.host: redis.props.io",
    "mail.smtp.host smtp.props.io",
    "service.endpoints=https://a.props.io,\\",
    "    https://b.props.io",
    "greeting=hello # not a comment in properties https://literal.props.io",
  ].join("\n");

  it("reports values under =, : and blank separators, with continuation lines", () => {
    expect(scanRows("src/main/resources/application.properties", text)).toEqual([
      rowAt(text, "mysql.props.io", 3307, "jdbc:mysql"),
      rowAt(text, "redis.props.io", 0, ""),
      rowAt(text, "smtp.props.io", 0, ""),
      rowAt(text, "a.props.io", 443, "https"),
      rowAt(text, "b.props.io", 443, "https"),
      rowAt(text, "literal.props.io", 443, "https"),
    ]);
  });
});

describe("TOML and INI", () => {
  const toml = [
    "# https://toml.io",
    "[database]",
    'host = "db.toml-config.io" # primary',
    'url = "postgresql://pg.toml-config.io/app"',
    'hosts = ["r1.toml-config.io", "r2.toml-config.io"]',
    'notes = """',
    "see https://multi.toml-config.io",
    '"""',
  ].join("\n");

  it("TOML: strings, arrays and multi-line strings", () => {
    expect(scanRows("config.toml", toml)).toEqual([
      rowAt(toml, "db.toml-config.io", 0, ""),
      rowAt(toml, "pg.toml-config.io", 5432, "postgresql"),
      rowAt(toml, "r1.toml-config.io", 0, ""),
      rowAt(toml, "r2.toml-config.io", 0, ""),
      rowAt(toml, "multi.toml-config.io", 443, "https"),
    ]);
  });

  const ini = [
    "; https://comment.ini.io",
    "[smtp]",
    "server = smtp.ini-config.io ; relay",
    "url: https://api.ini-config.io",
  ].join("\n");

  it("INI: values under = and :, comments with ; and #", () => {
    expect(scanRows("settings.ini", ini)).toEqual([
      rowAt(ini, "smtp.ini-config.io", 0, ""),
      rowAt(ini, "api.ini-config.io", 443, "https"),
    ]);
  });
});
