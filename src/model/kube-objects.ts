// Kubernetes objects -> model records: namespaces, Services, ConfigMaps and the workloads that run pods.
import {
  asArray,
  asNumber,
  asString,
  asStringArray,
  get,
  isObject,
  locOf,
  stringMap,
  type Resource,
} from "../manifests/resource.js";
import { cmp } from "../findings.js";
import { kubePortProtocol } from "./protocol.js";
import type {
  EgressModel,
  PublicRoute,
  ConfigMapData,
  Container,
  KubeService,
  KubeServiceType,
  Namespace,
  Workload,
  WorkloadKind,
} from "./types.js";
import { collectionItemOf } from "./collection-items.js";
import { DATAPLANE_MODE, injectionOf } from "./namespace-labels.js";

export function toNamespace(r: Resource): Namespace {
  return { name: r.name, labels: r.labels, injection: injectionOf(r.labels), loc: r.loc };
}

const SERVICE_TYPES: KubeServiceType[] = ["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"];

export function toKubeService(r: Resource, order: number): KubeService {
  const spec = get(r.body, "spec");
  const typeRaw = asString(get(spec, "type")) ?? "ClusterIP";
  const type = (SERVICE_TYPES.includes(typeRaw as KubeServiceType) ? typeRaw : "ClusterIP") as KubeServiceType;
  const clusterIP = asString(get(spec, "clusterIP"));
  const clusterIPs = asStringArray(get(spec, "clusterIPs"));
  const ips = (clusterIPs.length ? clusterIPs : clusterIP ? [clusterIP] : []).filter(
    (ip) => ip !== "None" && ip !== "",
  );
  const exportTo = r.annotations["networking.istio.io/exportTo"];
  return {
    namespace: r.namespace,
    name: r.name,
    type,
    clusterIPs: ips,
    headless: clusterIP === "None",
    externalName: type === "ExternalName" ? asString(get(spec, "externalName")) : undefined,
    selector: isObject(get(spec, "selector")) ? stringMap(get(spec, "selector")) : undefined,
    ports: asArray(get(spec, "ports")).flatMap((p, i) => {
      const number = asNumber(get(p, "port"));
      if (number === undefined) return [];
      const name = asString(get(p, "name"));
      const targetRaw = get(p, "targetPort");
      const appProtocol = asString(get(p, "appProtocol"));
      return [
        {
          name,
          number,
          protocol: kubePortProtocol({ name, number, protocol: asString(get(p, "protocol")), appProtocol }),
          targetPort: typeof targetRaw === "number" ? targetRaw : (asString(targetRaw) ?? number),
          ...(appProtocol === undefined ? {} : { appProtocol }),
          loc: locOf(r, ["spec", "ports", i]),
        },
      ];
    }),
    exportTo:
      exportTo === undefined
        ? undefined
        : exportTo
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
    order,
    loc: r.loc,
  };
}

export function toConfigMap(r: Resource): ConfigMapData {
  const data = get(r.body, "data");
  const entries = isObject(data)
    ? Object.entries(data)
        .filter((e): e is [string, string] => typeof e[1] === "string")
        .map(([key, value]) => {
          const file = r.dataFiles?.[key];
          return { key, value, loc: file !== undefined ? { file, line: 0 } : locOf(r, ["data", key]) };
        })
    : [];
  return { namespace: r.namespace, name: r.name, entries, loc: r.loc };
}

/**
 * The API groups whose kinds run pods from a template, and those kinds: OpenShift's DeploymentConfig and Argo
 * Rollouts' Rollout keep theirs at `spec.template`, as a Deployment does.
 */
const WORKLOAD_KINDS: Readonly<Record<string, readonly WorkloadKind[]>> = {
  apps: ["Deployment", "StatefulSet", "DaemonSet"],
  batch: ["Job", "CronJob"],
  "apps.openshift.io": ["DeploymentConfig"],
  "argoproj.io": ["Rollout"],
};

export function isWorkloadKind(group: string, kind: string): kind is WorkloadKind {
  return Object.hasOwn(WORKLOAD_KINDS, group) && WORKLOAD_KINDS[group]!.includes(kind as WorkloadKind);
}

/**
 * Where the stock web servers' images serve files from: nginx's, Apache httpd's and Caddy's document roots. What is
 * mounted there is sent to browsers, not read by the server. (`/var/www` is not among them: PHP and other servers
 * run what is there.)
 */
const WEB_ROOTS = ["/usr/share/nginx/html", "/usr/local/apache2/htdocs", "/usr/share/caddy"];

function isWebRoot(path: string): boolean {
  const p = path.replace(/\/+$/, "");
  return WEB_ROOTS.some((root) => p === root || p.startsWith(`${root}/`));
}

/** The pod template's path inside each workload kind. */
function podTemplatePath(kind: WorkloadKind): string[] {
  return kind === "CronJob" ? ["spec", "jobTemplate", "spec", "template"] : ["spec", "template"];
}

export interface PartialWorkload extends Omit<Workload, "injected" | "sidecar" | "mode" | "modeSource"> {
  hostNetwork: boolean;
}

/**
 * The ConfigMaps a container reads: by env (`configMapKeyRef`), by `envFrom`, and through the volumes it mounts
 * (a `configMap` volume or a projected source). Their values are the container's configuration. How each is read is
 * kept as well: a key taken by `configMapKeyRef` is the only one of its ConfigMap that container reads, and a key
 * taken as a variable is read only if the code reads that variable.
 */
function configMapsRead(
  container: unknown,
  podSpec: unknown,
): Pick<Container, "envFrom" | "configMapKeys" | "configMapFiles" | "configMapsServed" | "volumeKinds"> {
  const files = new Set<string>();
  const keys: Container["configMapKeys"] = [];
  const envFrom: Container["envFrom"] = [];
  const volumeKinds = new Set<string>();
  for (const e of asArray(get(container, "env"))) {
    const configMap = asString(get(e, "valueFrom", "configMapKeyRef", "name"));
    const key = asString(get(e, "valueFrom", "configMapKeyRef", "key"));
    if (configMap && key) keys.push({ configMap, key, variable: asString(get(e, "name")) ?? "" });
  }
  for (const e of asArray(get(container, "envFrom"))) {
    const name = get(e, "configMapRef", "name");
    if (typeof name === "string" && name) envFrom.push({ configMap: name, prefix: asString(get(e, "prefix")) ?? "" });
  }
  const mounts = asArray(get(container, "volumeMounts"));
  const mounted = new Set(mounts.map((m) => asString(get(m, "name"))));
  // Where each ConfigMap is mounted: served to browsers when every mount is inside a web root.
  const mountPaths = new Map<string, string[]>();
  for (const v of asArray(get(podSpec, "volumes"))) {
    const volume = asString(get(v, "name"));
    if (!mounted.has(volume)) continue;
    const kind = isObject(v) ? Object.keys(v).find((k) => k !== "name") : undefined;
    if (kind) volumeKinds.add(kind);
    const names = [
      get(v, "configMap", "name"),
      ...asArray(get(v, "projected", "sources")).map((s) => get(s, "configMap", "name")),
    ];
    const paths = mounts
      .filter((m) => asString(get(m, "name")) === volume)
      .map((m) => asString(get(m, "mountPath")) ?? "");
    for (const name of names) {
      if (typeof name !== "string" || !name) continue;
      files.add(name);
      mountPaths.set(name, [...(mountPaths.get(name) ?? []), ...paths]);
    }
  }
  return {
    envFrom,
    configMapKeys: keys,
    configMapFiles: [...files].sort(),
    configMapsServed: [...mountPaths]
      .filter(([, paths]) => paths.length > 0 && paths.every(isWebRoot))
      .map(([configMap, paths]) => ({ configMap, mountPath: paths[0]! }))
      .sort((a, b) => cmp(a.configMap, b.configMap)),
    volumeKinds: [...volumeKinds].sort(),
  };
}

/** The user the sidecar runs as, whose traffic Istio's iptables rules (and its CNI) never redirect. */
const PROXY_UID = 1337;

export function toWorkload(r: Resource, order: number): PartialWorkload {
  const kind = r.kind as WorkloadKind;
  const tpl = podTemplatePath(kind);
  const podSpec = get(r.body, ...tpl, "spec");
  const containers: Container[] = [];
  for (const field of ["initContainers", "containers"]) {
    asArray(get(podSpec, field)).forEach((c, i) => {
      const base = [...tpl, "spec", field, i];
      containers.push({
        name: asString(get(c, "name")) ?? "",
        image: asString(get(c, "image")) ?? "",
        imageLoc: locOf(r, [...base, "image"]),
        ...configMapsRead(c, podSpec),
        env: asArray(get(c, "env")).flatMap((e, j) => {
          const value = asString(get(e, "value"));
          return value === undefined
            ? []
            : [{ name: asString(get(e, "name")) ?? "", value, loc: locOf(r, [...base, "env", j, "value"]) }];
        }),
        args: asStringArray(get(c, "args")).map((value, j) => ({ value, loc: locOf(r, [...base, "args", j]) })),
        command: asStringArray(get(c, "command")).map((value, j) => ({
          value,
          loc: locOf(r, [...base, "command", j]),
        })),
        ports: asArray(get(c, "ports")).flatMap((p) => {
          const containerPort = asNumber(get(p, "containerPort"));
          return containerPort === undefined ? [] : [{ name: asString(get(p, "name")), containerPort }];
        }),
        ...((asNumber(get(c, "securityContext", "runAsUser")) ??
          asNumber(get(podSpec, "securityContext", "runAsUser"))) === PROXY_UID
          ? { proxyUser: true }
          : {}),
      });
    });
  }
  return {
    kind,
    namespace: r.namespace,
    name: r.name,
    podLabels: stringMap(get(r.body, ...tpl, "metadata", "labels")),
    podAnnotations: stringMap(get(r.body, ...tpl, "metadata", "annotations")),
    containers,
    hostNetwork: get(podSpec, "hostNetwork") === true,
    order,
    loc: r.loc,
  };
}

/** What the pod's own label or annotation says about injection, if anything. */
export function podInjection(w: Pick<PartialWorkload, "podLabels" | "podAnnotations">): string | undefined {
  return w.podLabels["sidecar.istio.io/inject"] ?? w.podAnnotations["sidecar.istio.io/inject"];
}

/**
 * Namespaces an undeclared workload in is never taken as injected by assumption: Kubernetes' own, which Istio's
 * injector leaves out even where it injects every namespace by default, and the mesh's root namespace, where the
 * control plane and its add-ons (Prometheus, Grafana, Kiali, Jaeger) run without sidecars in a standard install.
 * A Namespace object labelled for injection, or the pod's own label or annotation, still says otherwise.
 */
const KUBERNETES_NAMESPACES: ReadonlySet<string> = new Set(["kube-system", "kube-public", "kube-node-lease"]);

/** How the repository shows its sidecar injector deciding, beyond what each namespace and pod says. */
export interface InjectionPolicy {
  /**
   * The repository enables injection somewhere (`EgressModel.injectionShown`): it configures a mesh and labels some
   * namespaces outside it, so one it does not declare is taken as injected (the root and Kubernetes' own aside). A
   * repository that enables injection nowhere says nothing about it: a finding that is wrong costs more than one that
   * is missing (injection-not-shown says so).
   */
  injectionShown: boolean;
  /** The examples that evidence lies in, when it lies only in examples (`EgressModel.injectionScopes`). */
  scopes?: readonly string[];
  rootNamespace: string;
  /** OpenShift Service Mesh 2 (`maistra.io` objects): only the pod's own annotation injects, never a namespace label. */
  podOnly: boolean;
  /** There, the member namespaces, where the repository says which: a pod outside them gets no sidecar. */
  members?: ReadonlySet<string>;
}

export function injectionPolicyOf(
  model: Pick<EgressModel, "injectionShown" | "injectionPodOnly" | "mesh" | "injectionScopes" | "meshMembers">,
): InjectionPolicy {
  return {
    injectionShown: model.injectionShown !== null,
    ...(model.injectionScopes ? { scopes: model.injectionScopes } : {}),
    rootNamespace: model.mesh.rootNamespace,
    podOnly: model.injectionPodOnly === true,
    ...(model.meshMembers ? { members: new Set(model.meshMembers) } : {}),
  };
}

/**
 * The member namespaces OpenShift Service Mesh 2's objects name (`ServiceMeshMemberRoll` `spec.members`, the
 * namespace of each `ServiceMeshMember`), sorted; undefined where there are none or a roll selects by label.
 */
export function meshMembersOf(resources: readonly Resource[]): string[] | undefined {
  const members = new Set<string>();
  let rolls = 0;
  for (const r of resources) {
    if (r.group !== "maistra.io") continue;
    if (r.kind === "ServiceMeshMember") {
      members.add(r.namespace);
      rolls++;
    } else if (r.kind === "ServiceMeshMemberRoll") {
      if (get(r.body, "spec", "memberSelectors") !== undefined) return undefined;
      for (const m of asStringArray(get(r.body, "spec", "members"))) members.add(m);
      rolls++;
    }
  }
  return rolls > 0 ? [...members].sort() : undefined;
}

/**
 * Whether a pod the namespace's label alone decides for is injected: `ns` undefined when the repository does not
 * declare it; `file`, where the workload is written, when known.
 */
export function namespaceInjected(
  namespace: string,
  ns: Namespace | undefined,
  policy: InjectionPolicy,
  file?: string,
): boolean {
  if (policy.podOnly) return false;
  if (ns !== undefined) return ns.injection === true;
  if (!policy.injectionShown || KUBERNETES_NAMESPACES.has(namespace) || namespace === policy.rootNamespace)
    return false;
  // Evidence only from other examples of a collection says nothing of this one.
  return !policy.scopes || file === undefined || policy.scopes.includes(collectionItemOf(file) ?? "");
}

/** Whether the injector gives the pod a sidecar: the pod's own label or annotation decides first, then the namespace. */
export function isInjected(w: PartialWorkload, ns: Namespace | undefined, policy: InjectionPolicy): boolean {
  if (w.hostNetwork) return false;
  // Output of `istioctl kube-inject`: the sidecar is already in the pod spec, whatever the namespace says.
  if (w.podAnnotations["sidecar.istio.io/status"] !== undefined || w.containers.some((c) => c.name === "istio-proxy"))
    return true;
  const podSays = podInjection(w);
  if (podSays === "false") return false;
  // A pod may ask for a sidecar in an ambient namespace, not in one whose label disables injection.
  if (podSays === "true")
    return policy.podOnly
      ? (policy.members?.has(w.namespace) ?? true)
      : ns?.injection !== false || ns.labels["istio-injection"] !== "disabled";
  // An ambient pod has no sidecar: ztunnel carries its traffic.
  if (w.podLabels[DATAPLANE_MODE] === "ambient") return false;
  return namespaceInjected(w.namespace, ns, policy, w.loc.file);
}

/** An Ingress's rule hosts and backend Services (networking.k8s.io/v1 and v1beta1), or an HTTPRoute's hostnames and Service backends. */
export function toPublicRoute(r: Resource): PublicRoute {
  const spec = get(r.body, "spec");
  const hosts = new Set<string>();
  const services = new Set<string>();
  const addService = (name: unknown) => {
    if (typeof name === "string" && name) services.add(name);
  };
  if (r.kind === "Ingress") {
    for (const rule of asArray(get(spec, "rules"))) {
      const host = asString(get(rule, "host"));
      if (host) hosts.add(host.toLowerCase());
      for (const path of asArray(get(rule, "http", "paths"))) {
        addService(get(path, "backend", "service", "name"));
        addService(get(path, "backend", "serviceName"));
      }
    }
    addService(get(spec, "defaultBackend", "service", "name"));
  } else {
    for (const h of asStringArray(get(spec, "hostnames"))) hosts.add(h.toLowerCase());
    for (const rule of asArray(get(spec, "rules")))
      for (const ref of asArray(get(rule, "backendRefs"))) {
        const kind = asString(get(ref, "kind")) ?? "Service";
        if (kind === "Service") addService(get(ref, "name"));
      }
  }
  return {
    what: `${r.kind} ${r.namespace}/${r.name}`,
    namespace: r.namespace,
    hosts: [...hosts].sort(),
    services: [...services].sort(),
  };
}
