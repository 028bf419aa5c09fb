// Resources -> the egress model. Pure: the same resources always give the same model.
import { withoutTestInputs } from "./test-inputs.js";
import { isAdmiralDependency, toAdmiralDependency } from "./admiral.js";
import { creationRanks } from "./creation-order.js";
import type { LoadedManifests } from "../manifests/load.js";
import { isIstioNetworking } from "../manifests/validate.js";
import {
  injectionPolicyOf,
  isInjected,
  meshMembersOf,
  toPublicRoute,
  isWorkloadKind,
  podInjection,
  toConfigMap,
  toKubeService,
  toNamespace,
  toWorkload,
  type PartialWorkload,
} from "./kube-objects.js";
import {
  toDestinationRule,
  toGateway,
  toPeerAuthentication,
  toServiceEntry,
  toSidecar,
  toVirtualService,
} from "./istio-objects.js";
import {
  meshSourceFromDocument,
  meshSourcesFromResources,
  resolveMeshPolicy,
  type meshSourceFromFile,
} from "./mesh-policy.js";
import { meshSourcesFromScripts } from "./install-commands.js";
import { meshSourcesFromTerraform } from "./terraform-releases.js";
import { injectionScopesOf } from "./collection-items.js";
import { manualInjectionsFromScripts, namespaceLabelsFromScripts, withScriptLabels } from "./namespace-labels.js";
import type { InstallScripts } from "./script-texts.js";
import { effectiveMode, sidecarFor } from "./sidecar-scope.js";
import type { EgressModel, Namespace, SourceLocation } from "./types.js";
import { cmpLocation } from "../findings.js";

export type MeshSourceOverride = ReturnType<typeof meshSourceFromFile>;

export function buildModel(
  manifests: Pick<LoadedManifests, "resources" | "meshDocuments">,
  meshOverride?: MeshSourceOverride,
  scripts?: InstallScripts,
): EgressModel {
  // The objects a policy test suite feeds its engine are never applied.
  const resources = withoutTestInputs(manifests.resources);
  const sources = [
    ...meshSourcesFromResources(resources),
    ...manifests.meshDocuments.map(meshSourceFromDocument),
    ...(scripts ? meshSourcesFromScripts(scripts.texts, scripts.files) : []),
    ...(scripts?.terraform ? meshSourcesFromTerraform(scripts.terraform, scripts.files) : []),
  ];
  if (meshOverride) sources.push(meshOverride);
  const mesh = resolveMeshPolicy(sources);
  const model: EgressModel = {
    mesh,
    namespaces: [],
    services: [],
    serviceEntries: [],
    sidecars: [],
    virtualServices: [],
    destinationRules: [],
    gateways: [],
    workloads: [],
    configMaps: [],
    peerAuthentications: [],
    publicRoutes: [],
  };
  const partialWorkloads: ReturnType<typeof toWorkload>[] = [];
  const ranks = creationRanks(resources);
  resources.forEach((r, index) => {
    const order = ranks[index]!;
    if (isIstioNetworking(r)) {
      if (r.kind === "ServiceEntry") model.serviceEntries.push(toServiceEntry(r, order));
      else if (r.kind === "Sidecar") model.sidecars.push(toSidecar(r, order));
      else if (r.kind === "VirtualService") model.virtualServices.push(toVirtualService(r, order));
      else if (r.kind === "DestinationRule") model.destinationRules.push(toDestinationRule(r, order));
      else if (r.kind === "Gateway") model.gateways.push(toGateway(r, order));
      return;
    }
    if (r.group === "security.istio.io" && r.kind === "PeerAuthentication")
      model.peerAuthentications!.push(toPeerAuthentication(r, order));
    else if (r.group === "" && r.kind === "Namespace") model.namespaces.push(toNamespace(r));
    else if (r.group === "" && r.kind === "Service") model.services.push(toKubeService(r, order));
    else if (r.group === "" && r.kind === "ConfigMap") model.configMaps.push(toConfigMap(r));
    else if (isWorkloadKind(r.group, r.kind)) {
      const w = toWorkload(r, order);
      // One with no container, or with a container that names no image, is a patch's fragment read as written
      // (affinity, tolerations, a container's extra args), which the API server would refuse as a whole object: it
      // runs nothing, and has no sidecar to simulate.
      if (w.containers.length > 0 && w.containers.every((c) => c.image !== "")) partialWorkloads.push(w);
    } else if (
      (r.group === "networking.k8s.io" && r.kind === "Ingress") ||
      (r.group === "gateway.networking.k8s.io" && r.kind === "HTTPRoute")
    )
      model.publicRoutes!.push(toPublicRoute(r));
    else if (isAdmiralDependency(r)) (model.admiralDependencies ??= []).push(toAdmiralDependency(r));
  });
  if (scripts) model.namespaces = withScriptLabels(model.namespaces, namespaceLabelsFromScripts(scripts.texts));
  const namespaces = new Map<string, Namespace>(model.namespaces.map((n) => [n.name, n]));
  if (resources.some((r) => r.group === "maistra.io")) {
    model.injectionPodOnly = true;
    const members = meshMembersOf(resources);
    if (members) model.meshMembers = members;
  }
  const evidence = injectionEvidence(
    model.namespaces,
    partialWorkloads,
    scripts ? manualInjectionsFromScripts(scripts.texts) : [],
  );
  model.injectionShown = evidence[0] ?? null;
  const scopes = injectionScopesOf(evidence.map((e) => e.file));
  if (scopes) model.injectionScopes = scopes;
  const policy = injectionPolicyOf(model);
  for (const w of partialWorkloads) {
    const sidecar = sidecarFor(model.sidecars, w.namespace, w.podLabels, mesh.rootNamespace, w.loc.file);
    const { mode, source } = effectiveMode(sidecar, mesh);
    const { hostNetwork: _hostNetwork, ...rest } = w;
    model.workloads.push({
      ...rest,
      injected: isInjected(w, namespaces.get(w.namespace), policy),
      sidecar: sidecar ? { namespace: sidecar.namespace, name: sidecar.name } : undefined,
      mode,
      modeSource: source,
    });
  }
  return model;
}

/**
 * The first place, in file order, where the repository enables sidecar injection (a labelled namespace, a script that
 * runs `istioctl kube-inject`) or configures the sidecar of a pod (`sidecar.istio.io/rewriteAppHTTPProbers`,
 * `proxy.istio.io/config`: settings only a sidecar reads); null when it does none of these anywhere.
 */
function injectionEvidence(
  namespaces: readonly Namespace[],
  workloads: readonly PartialWorkload[],
  manual: readonly SourceLocation[],
): SourceLocation[] {
  // Gateways are injected with their own template, and their namespaces labelled only so that they are: neither
  // says that the repository's application pods run with sidecars.
  const onlyGateways = (ns: string) => {
    const inNs = workloads.filter((w) => w.namespace === ns);
    return inNs.length > 0 && inNs.every(isGateway);
  };
  const places = [
    ...manual,
    ...namespaces.flatMap((n) => (n.injection === true && n.loc && !onlyGateways(n.name) ? [n.loc] : [])),
    ...workloads.filter((w) => podInjection(w) !== "false" && configuresSidecar(w) && !isGateway(w)).map((w) => w.loc),
  ];
  return places.sort(cmpLocation);
}

/** An Istio ingress or egress gateway: injected with the gateway template, or labelled as Istio's charts label them. */
function isGateway(w: PartialWorkload): boolean {
  return (
    (w.podAnnotations["inject.istio.io/templates"] ?? "").includes("gateway") ||
    /gateway/.test(w.podLabels.istio ?? "") ||
    /^istio-(?:ingress|egress)gateway/.test(w.podLabels.app ?? "")
  );
}

const SIDECAR_KEYS = /^(?:sidecar\.istio\.io|traffic\.sidecar\.istio\.io|proxy\.istio\.io)\//;

function configuresSidecar(w: PartialWorkload): boolean {
  return [...Object.keys(w.podLabels), ...Object.keys(w.podAnnotations)].some((k) => SIDECAR_KEYS.test(k));
}
