// What the scanner hands to the rules: one outbound host reference, exactly where it was written.

export type ReferenceKind =
  /** A URL or connection string literal: `https://api.stripe.com/v1`. */
  | "url"
  /** A bare host name where a host is expected: `host=db.example.org`, `endpoint: api.foo.io`. */
  | "host"
  /** An IP literal in a URL or a host position. */
  | "ip";

export interface HostReference {
  /** Lower-cased host name or IP literal, without brackets or trailing dot. */
  host: string;
  /** Explicit port, else the scheme's default (https 443, http 80, postgres 5432, ...). */
  port: number;
  /** `https`, `postgres`, `jdbc:mysql`, ...; "" for a bare host with no scheme. */
  scheme: string;
  kind: ReferenceKind;
  file: string;
  line: number;
  column: number;
  /** Rules switched off for this reference by an inline `egress-lint-ignore <rule>` comment. */
  ignoredRules: string[];
  /** Where a manifest value came from (container env, args, ConfigMap): its namespace and workload, when known. */
  namespace?: string;
  workload?: string;
}
