// Public shapes of the route simulator: the rows `istioctl proxy-config route|cluster` print, and their diffs.

export interface RouteOptions {
  /** Istio version of the control plane and proxies, e.g. "1.25"; default: DEFAULT_ISTIO_VERSION. */
  istioVersion?: string;
  /** Version of the istioctl binary that prints the table; default: the same as istioVersion. */
  istioctlVersion?: string;
}

/** One line of `istioctl pc route`: every cell as istioctl prints it. */
export interface RouteRow {
  name: string;
  vhost: string;
  domains: string;
  match: string;
  virtualService: string;
}

export interface RouteTable {
  /** "namespace/workload" */
  proxy: string;
  rows: RouteRow[];
}

/** One line of `istioctl pc cluster`. */
export interface ClusterRow {
  fqdn: string;
  port: string;
  subset: string;
  direction: string;
  type: string;
  destinationRule: string;
}

export interface ClusterTable {
  proxy: string;
  rows: ClusterRow[];
}

export interface TableDiff<R> {
  proxy: string;
  added: R[];
  removed: R[];
}

export interface ProxyView {
  /** The representative workload: the first of `proxies`. */
  proxy: string;
  /** Every injected workload whose tables are exactly these, sorted. */
  proxies: string[];
  routes: RouteTable;
  clusters: ClusterTable;
}
