// The URL schemes that mean "this program opens a connection", with the port a client uses when none is written.

export interface SchemeInfo {
  defaultPort: number;
  /** Connection strings that accept a comma-separated seed list (`mongodb://a:1,b:2/db`, libpq multi-host). */
  hostList: boolean;
}

/**
 * Default ports. Where no registry or client convention settles it, the choice is:
 * - `grpc` 80 / `grpcs` 443: gRPC has no default port; the trailing "s" means TLS, as with http/https.
 * - `rediss` 6379: TLS Redis usually keeps the plain port (ElastiCache, Memorystore); 6380 must be written.
 * - `mongodb+srv` 27017: the SRV record names the members; drivers fall back to 27017.
 * - `smtp` 25 (RFC 5321); submission (587) is always written out in practice.
 * - `tcp` 0: no default at all; 0 means "unknown port" to the rules.
 */
export const DEFAULT_PORTS: Readonly<Record<string, number>> = {
  http: 80,
  https: 443,
  ws: 80,
  wss: 443,
  grpc: 80,
  grpcs: 443,
  postgres: 5432,
  postgresql: 5432,
  mysql: 3306,
  mariadb: 3306,
  mongodb: 27017,
  "mongodb+srv": 27017,
  redis: 6379,
  rediss: 6379,
  amqp: 5672,
  amqps: 5671,
  nats: 4222,
  kafka: 9092,
  sqlserver: 1433,
  mssql: 1433,
  clickhouse: 9000,
  bolt: 7687,
  neo4j: 7687,
  "neo4j+s": 7687,
  memcached: 11211,
  mqtt: 1883,
  mqtts: 8883,
  ldap: 389,
  ldaps: 636,
  ftp: 21,
  ftps: 990,
  sftp: 22,
  ssh: 22,
  smtp: 25,
  smtps: 465,
  tcp: 0,
};

// A Map, so that a scheme spelled like an Object.prototype member ("constructor") finds nothing.
const PORTS = new Map(Object.entries(DEFAULT_PORTS));

/** Web schemes take one host; a comma there ends the authority (`https://a.com,https://b.com` is two URLs). */
const SINGLE_HOST = new Set([
  "http",
  "https",
  "ws",
  "wss",
  "grpc",
  "grpcs",
  "ftp",
  "ftps",
  "sftp",
  "ssh",
  "ldap",
  "ldaps",
]);

/** `jdbc:<db>` takes the port of `<db>`; only the sub-protocols listed here are connections we understand. */
const JDBC_SUBPROTOCOLS = new Set(["postgresql", "mysql", "mariadb", "sqlserver", "clickhouse", "redis", "mongodb"]);

/** Looks a scheme up (lower-cased, with `jdbc:` already split off); undefined when it is not a connection. */
export function schemeInfo(scheme: string, jdbc: boolean): SchemeInfo | undefined {
  if (jdbc && !JDBC_SUBPROTOCOLS.has(scheme)) return undefined;
  const defaultPort = PORTS.get(scheme);
  if (defaultPort === undefined) return undefined;
  return { defaultPort, hostList: !SINGLE_HOST.has(scheme) };
}
