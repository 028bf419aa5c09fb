// What the scanner hands to the rules: one outbound host reference, exactly where it was written.
import type { Container } from "../model/types.js";
import type { ConstantUse } from "./constant-uses.js";

export type ReferenceKind =
  /** A URL or connection string literal: `https://api.stripe.com/v1`. */
  | "url"
  /** A bare host name where a host is expected: `host=db.example.org`, `endpoint: api.foo.io`. */
  | "host"
  /** An IP literal in a URL or a host position. */
  | "ip";

/**
 * What a reference is, judged from where it was written. `call` (a string in code) and `config` (a value in a config
 * file or a manifest) are egress when a workload runs or carries them; the rest never count: `build` is fetched while
 * an image is built, `mention` is text for people (a message, a docstring, a link, a browser directive, an example
 * file), `browser` code is served to browsers that make the call, `special-use` names never reach the internet through the sidecar or are placeholders.
 */
export type ReferenceClass = "call" | "config" | "build" | "mention" | "browser" | "special-use";

/** The classes the reachability rules judge. */
export const EGRESS_CLASSES: ReadonlySet<ReferenceClass> = new Set(["call", "config"]);

export interface HostReference {
  /** Lower-cased host name or IP literal, without brackets or trailing dot. */
  host: string;
  /**
   * Explicit port, else the scheme's default (see DEFAULT_PORTS in schemes.ts). 0 = unknown port (a bare host, or a
   * templated port): rules treat it as "any port the host is registered on".
   */
  port: number;
  /** `https`, `postgres`, `jdbc:mysql`, ...; "" for a bare host with no scheme. */
  scheme: string;
  kind: ReferenceKind;
  file: string;
  line: number;
  /** 1-based column of the host's first character; 0 when unknown (values read from manifests). */
  column: number;
  /** Rules switched off for this reference by an inline `egress-lint-ignore <rule>` comment. */
  ignoredRules: string[];
  /** Where a manifest value came from (container env, args, ConfigMap): its namespace and workload, when known. */
  namespace?: string;
  workload?: string;
  class: ReferenceClass;
  /** Why the reference has its class, in words for the report and `explain`. */
  reason: string;
  /** `sdk`: no string names the host; the client an SDK builds calls it by default (src/knowledge/sdk-defaults.json). */
  via?: "sdk";
  /**
   * With `via: "sdk"`: the package (npm, PyPI) the file loads only where it is used (`import()`, an indented Python
   * import). One the repository's dependency files leave out is an optional provider the image does not install
   * (`withUndeclaredPackages`).
   */
  lazyPackage?: string;
  /**
   * In code, the name the literal is the value of when it ends in a word naming an address (`submissionEndpoint`,
   * `horizon_url`): whoever requests the value names it (`withRequestFreeReaders`).
   */
  addressName?: string;
  /** A manifest value no workload reads (a ConfigMap nothing mounts): egress of nobody the repository shows. */
  unread?: boolean;
  /**
   * `namespace/workload/container` of containers whose image ships the file but whose program never loads it
   * (src/provenance/python-runs.ts), sorted: they are not its callers.
   */
  notRunBy?: string[];
  /**
   * The literal is what a request call is given (`requests.get(…)`, `fetch(…)`): the code connects to it, even where
   * the host is the workload's own public address.
   */
  requested?: boolean;
  /**
   * The literal defines this SCREAMING_SNAKE name (`WEATHER_API_URL: string = "…"`) and its file names it nowhere
   * else: the value is read only if another file names it (`withUnreadDefinitions`).
   */
  soleDefinition?: string;
  /**
   * The literal defines this SCREAMING_SNAKE name, and every other line of its file hands the name to a key that is
   * no address (`"type": ERROR_BASE + slug`): the value is that, unless another file names it too.
   */
  usedOnlyAs?: { name: string } & ConstantUse;
  /** Written into a container that runs as the sidecar's own user (UID 1337): its calls never meet the sidecar. */
  bypassesSidecar?: boolean;
  /** Written with a trailing dot (`api.example.com.`): clients send that form in Host/SNI, which Envoy does not match. */
  trailingDot?: boolean;
}

/** Names that stay inside the cluster, so calling them is not egress. Built by `inClusterNames(model)`. */
export interface InClusterNames {
  /** Every written form of every Service: `name`, `name.ns`, `name.ns.svc`, `name.ns.svc.<clusterDomain>`. */
  names: ReadonlySet<string>;
  namespaces: ReadonlySet<string>;
  clusterDomain: string;
}

export type HostClass = "external" | "in-cluster" | "reserved" | "invalid";

/**
 * Why a container's code never reads the environment variable `name`, or undefined when it may (or nobody can
 * tell): a host in a variable nothing reads is nobody's egress.
 */
export type UnreadVariable = (
  namespace: string,
  workload: string,
  container: Container,
  name: string,
) => string | undefined;

export interface ScanOptions {
  /** Names to drop as in-cluster; default: none beyond the generic rules (single labels, `.local`, `.svc`). */
  inCluster?: InClusterNames;
  /** Manifest values: which variables the containers' code never reads; default: every one counts as read. */
  unreadVariable?: UnreadVariable;
}
