// URL and connection-string literals: schemes, default ports, userinfo, seed lists, IP literals, placeholders.
import { describe, expect, it } from "vitest";
import { DEFAULT_PORTS, scanSource } from "../../src/scan/index.js";
import { EGRESS_CLASSES } from "../../src/scan/types.js";

/** Scans `const u = "<literal>";` and returns [host, port, scheme, kind, column] rows of the egress it finds. */
function scanLiteral(literal: string): [string, number, string, string, number][] {
  return egress(literal).map((r) => [r.host, r.port, r.scheme, r.kind, r.column]);
}

function egress(literal: string) {
  return scanSource({ path: "src/app.ts", text: `const u = "${literal}";\n` }).filter((r) =>
    EGRESS_CLASSES.has(r.class),
  );
}

// The literal's first character is at column 12.
const COL = 12;

describe("URL literals", () => {
  it.each<[string, [string, number, string, string, number][]]>([
    ["https://api.stripe.com/v1/charges", [["api.stripe.com", 443, "https", "url", COL + 8]]],
    ["http://httpbin.org/get", [["httpbin.org", 80, "http", "url", COL + 7]]],
    ["https://api.github.com:8443/x", [["api.github.com", 8443, "https", "url", COL + 8]]],
    ["ws://stream.example.io/feed", [["stream.example.io", 80, "ws", "url", COL + 5]]],
    ["wss://stream.binance.com:9443/ws", [["stream.binance.com", 9443, "wss", "url", COL + 6]]],
    ["grpc://pubsub.googleapis.com", [["pubsub.googleapis.com", 80, "grpc", "url", COL + 7]]],
    ["grpcs://pubsub.googleapis.com", [["pubsub.googleapis.com", 443, "grpcs", "url", COL + 8]]],
    ["ftp://ftp.gnu.org/pub", [["ftp.gnu.org", 21, "ftp", "url", COL + 6]]],
    ["smtp://smtp.sendgrid.net:587", [["smtp.sendgrid.net", 587, "smtp", "url", COL + 7]]],
    ["HTTPS://API.Stripe.COM/v1", [["api.stripe.com", 443, "https", "url", COL + 8]]],
  ])("%s", (literal, expected) => {
    expect(scanLiteral(literal)).toEqual(expected);
  });
});

describe("connection strings", () => {
  it.each<[string, [string, number, string, string, number][]]>([
    ["postgres://app:s3cret@db.prod.acme.io:6543/orders", [["db.prod.acme.io", 6543, "postgres", "url", COL + 22]]],
    ["postgresql://db.prod.acme.io/orders", [["db.prod.acme.io", 5432, "postgresql", "url", COL + 13]]],
    ["mysql://root:p@ss@mysql.acme.io/app", [["mysql.acme.io", 3306, "mysql", "url", COL + 18]]],
    ["redis://cache.acme.io", [["cache.acme.io", 6379, "redis", "url", COL + 8]]],
    ["rediss://:token@cache.acme.io", [["cache.acme.io", 6379, "rediss", "url", COL + 16]]],
    ["amqp://guest:guest@mq.acme.io/vhost", [["mq.acme.io", 5672, "amqp", "url", COL + 19]]],
    ["amqps://mq.acme.io", [["mq.acme.io", 5671, "amqps", "url", COL + 8]]],
    ["nats://nats.acme.io", [["nats.acme.io", 4222, "nats", "url", COL + 7]]],
    ["kafka://broker.acme.io", [["broker.acme.io", 9092, "kafka", "url", COL + 8]]],
    ["sqlserver://sql.acme.io", [["sql.acme.io", 1433, "sqlserver", "url", COL + 12]]],
    ["jdbc:postgresql://db.x.com:5432/app", [["db.x.com", 5432, "jdbc:postgresql", "url", COL + 18]]],
    ["jdbc:mysql://mysql.x.com/app?useSSL=true", [["mysql.x.com", 3306, "jdbc:mysql", "url", COL + 13]]],
    ["jdbc:sqlserver://sql.x.com;databaseName=app", [["sql.x.com", 1433, "jdbc:sqlserver", "url", COL + 17]]],
    [
      "mongodb://u:p@rs0.acme.io,rs1.acme.io:27018,rs2.acme.io/db?replicaSet=rs",
      [
        ["rs0.acme.io", 27017, "mongodb", "url", COL + 14],
        ["rs1.acme.io", 27018, "mongodb", "url", COL + 26],
        ["rs2.acme.io", 27017, "mongodb", "url", COL + 44],
      ],
    ],
    [
      "mongodb+srv://cluster0.ab1cd.mongodb.net/app",
      [["cluster0.ab1cd.mongodb.net", 27017, "mongodb+srv", "url", COL + 14]],
    ],
    [
      "postgresql://h1.acme.io:5433,h2.acme.io/app",
      [
        ["h1.acme.io", 5433, "postgresql", "url", COL + 13],
        ["h2.acme.io", 5432, "postgresql", "url", COL + 29],
      ],
    ],
  ])("%s", (literal, expected) => {
    expect(scanLiteral(literal)).toEqual(expected);
  });

  it("documents a default port for every scheme it recognises", () => {
    expect(DEFAULT_PORTS).toMatchObject({
      http: 80,
      https: 443,
      grpc: 80,
      grpcs: 443,
      postgres: 5432,
      mysql: 3306,
      mongodb: 27017,
      redis: 6379,
      rediss: 6379,
      amqp: 5672,
      amqps: 5671,
    });
  });
});

describe("IP literals", () => {
  it.each<[string, [string, number, string, string, number][]]>([
    ["http://169.254.169.254/latest/meta-data", [["169.254.169.254", 80, "http", "ip", COL + 7]]],
    ["http://52.10.12.7:8080/", [["52.10.12.7", 8080, "http", "ip", COL + 7]]],
    ["http://[fd00:ec2::254]/latest", [["fd00:ec2::254", 80, "http", "ip", COL + 7]]],
    ["https://[2606:4700::6810:84E5]:8443/", [["2606:4700::6810:84e5", 8443, "https", "ip", COL + 8]]],
  ])("%s", (literal, expected) => {
    expect(scanLiteral(literal)).toEqual(expected);
  });
});

describe("what is not an external host", () => {
  it.each([
    ["loopback name", "http://localhost:8080/health"],
    ["loopback IPv4", "http://127.0.0.1:9000"],
    ["loopback IPv6", "http://[::1]:9000"],
    ["unspecified address", "http://0.0.0.0:80"],
    ["RFC 2606 name", "https://example.com/x"],
    ["RFC 2606 subdomain", "https://api.example.org/x"],
    ["RFC 6761 .test", "https://svc.test/x"],
    ["RFC 6761 .invalid", "https://svc.invalid/x"],
    ["single label", "http://httpbin:8000/get"],
    ["cluster-local FQDN", "http://kiali.istio-system.svc.cluster.local:20001"],
    ["service.namespace short form", "http://reviews.bookinfo:9080/"],
    ["mDNS .local", "http://printer.local/"],
    ["template literal placeholder host", "https://${HOST}/x"],
    ["Helm placeholder", "https://{{ .Values.host }}/x"],
    ["printf placeholder", "https://%s/api"],
    ["partial placeholder", "https://api.${DOMAIN}/x"],
    ["empty host", "https:///path"],
    ["unknown scheme", "git+https://github.com/acme/repo.git"],
    ["scheme-like word", "xhttps://api.stripe.com"],
    ["file URL", "file:///etc/hosts"],
    ["invalid host", "https://under_score.acme.io/"],
    ["XML namespace in markup", 'xmlns=\\"http://www.w3.org/2000/svg\\"'],
  ])("%s", (_name, literal) => {
    expect(scanLiteral(literal)).toEqual([]);
  });

  it.each([
    ["http://127.0.0.1:9000", "loopback"],
    ["https://api.example.org/x", "special-use"],
    ["https://svc.test/x", "special-use"],
    ["http://app.127.0.0.1.nip.io/", "loopback"],
    ["http://app-10-1-2-3.sslip.io/", "private-address"],
    ["http://host.docker.internal:8080", "local-development"],
    ["https://host.minikube.internal/", "local-development"],
    ["https://my.app.localhost/", "loopback"],
    ["https://your-rds-instance.xxxxx.us-east-1.rds.amazonaws.com", "placeholder"],
    ["https://hooks.slack.com.your-workspace-here.io/", "placeholder"],
    ["http://239.255.42.99:5000/", "multicast"],
  ])("keeps %s as a special-use reference (%s) that never counts", (literal, kind) => {
    const refs = scanSource({ path: "src/app.ts", text: `const u = "${literal}";\n` });
    expect(refs.map((r) => r.class)).toEqual(["special-use"]);
    expect(refs[0]!.reason.startsWith(`${kind}:`)).toBe(true);
  });

  it("keeps the host but not the port when only the port is templated", () => {
    expect(scanLiteral("https://api.acme.io:${PORT}/x")).toEqual([["api.acme.io", 0, "https", "url", COL + 8]]);
  });

  it("strips a trailing dot and says it was there", () => {
    const [ref] = scanSource({ path: "a.ts", text: 'fetch("https://api.stripe.com./v1")' });
    expect(ref).toMatchObject({ host: "api.stripe.com", port: 443, trailingDot: true });
  });

  it("finds every URL in one literal, each at its own column", () => {
    expect(scanLiteral("https://a.acme.io/x https://b.acme.io/y")).toEqual([
      ["a.acme.io", 443, "https", "url", COL + 8],
      ["b.acme.io", 443, "https", "url", COL + 28],
    ]);
  });
});
