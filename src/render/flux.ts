// Flux Kustomizations and HelmReleases -> what they deploy from this repository.
import { asString, get, type Resource } from "../manifests/resource.js";
import type { TargetDiscovery, TargetRepo } from "./argocd.js";
import { renderFallbackFinding } from "./fallback-finding.js";
import { inlineValuesAt } from "./helm-values.js";
import type { DeployOrigin, InlineValues } from "./types.js";

export function isFluxObject(r: Resource): boolean {
  return (
    (r.group === "kustomize.toolkit.fluxcd.io" && r.kind === "Kustomization") ||
    (r.group === "helm.toolkit.fluxcd.io" && r.kind === "HelmRelease")
  );
}

/** Sources other than a Git repository (a bucket, an OCI artifact, a chart repository) are not this repository. */
const LOCAL_SOURCE_KINDS = ["GitRepository", undefined];

export function fluxTargets(r: Resource, repo: TargetRepo): TargetDiscovery {
  const out: TargetDiscovery = { targets: [], remoteChartValues: [], findings: [] };
  const origin: DeployOrigin = { kind: r.kind, name: r.name, loc: r.loc };
  const targetNamespace = asString(get(r.body, "spec", "targetNamespace"));
  if (r.kind === "Kustomization") {
    const sourceKind = asString(get(r.body, "spec", "sourceRef", "kind"));
    const rawPath = asString(get(r.body, "spec", "path")) ?? "./";
    const dir = repo.fromTop(rawPath);
    if (!LOCAL_SOURCE_KINDS.includes(sourceKind) || dir === undefined || !repo.dirExists(dir)) {
      out.findings.push(
        renderFallbackFinding(
          r.loc,
          `Kustomization ${r.name}: path ${rawPath} of ${sourceKind ?? "its source"} is not in this repository; not read as deployed`,
        ),
      );
      return out;
    }
    // Flux applies targetNamespace as a Kustomize namespace: it replaces the namespace of every namespaced object.
    out.targets.push({
      origin,
      path: dir,
      namespace: targetNamespace ? { name: targetNamespace, mode: "override" } : undefined,
      recurse: true,
    });
    return out;
  }
  const chart = asString(get(r.body, "spec", "chart", "spec", "chart"));
  const sourceKind = asString(get(r.body, "spec", "chart", "spec", "sourceRef", "kind"));
  const inline = [inlineValuesAt(r, ["spec", "values"])].filter((v): v is InlineValues => v !== undefined);
  const dir = chart !== undefined && sourceKind === "GitRepository" ? repo.fromTop(chart) : undefined;
  if (dir === undefined || !repo.dirExists(dir)) {
    out.remoteChartValues.push(...inline);
    const what = chart ?? asString(get(r.body, "spec", "chartRef", "name")) ?? "?";
    out.findings.push(
      renderFallbackFinding(
        r.loc,
        `HelmRelease ${r.name}: chart ${what} is not in this repository; its templates are not rendered`,
      ),
    );
    return out;
  }
  const files = get(r.body, "spec", "chart", "spec", "valuesFiles");
  const valueFiles = (Array.isArray(files) ? files : []).flatMap((f) => {
    const resolved = typeof f === "string" ? repo.fromTop(f) : undefined;
    return resolved === undefined ? [] : [resolved];
  });
  const namespace = targetNamespace ?? r.namespace;
  const releaseName =
    asString(get(r.body, "spec", "releaseName")) ?? (targetNamespace ? `${targetNamespace}-${r.name}` : r.name);
  out.targets.push({
    origin,
    path: dir,
    namespace: { name: namespace, mode: "fill" },
    recurse: true,
    helm: { valueFiles, inline, releaseName },
  });
  return out;
}
