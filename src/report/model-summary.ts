// The parts of the Report that describe the model itself: mesh policy, ServiceEntries, workloads.
import { cmp } from "../findings.js";
import type { EgressModel } from "../model/types.js";
import type { Report, ReportWorkload } from "./types.js";

export function describeModel(model: EgressModel): Pick<Report, "meshPolicy" | "serviceEntries" | "workloads"> {
  const mesh = model.mesh;
  return {
    meshPolicy: {
      mode: mesh.mode,
      ...(mesh.invalidMode !== undefined ? { invalidMode: mesh.invalidMode } : {}),
      sourceKind: mesh.sourceKind,
      source: mesh.source ? { file: mesh.source.file, line: mesh.source.line } : null,
      why: mesh.why,
      otherSources: mesh.otherSources.map((o) => ({ ...o })),
      rootNamespace: mesh.rootNamespace,
    },
    serviceEntries: model.serviceEntries
      .map((se) => ({
        namespace: se.namespace,
        name: se.name,
        hosts: se.hosts,
        ports: se.ports.map((p) => ({
          number: p.number,
          protocol: p.protocol === "Unsupported" ? "" : p.protocol,
          ...(p.name ? { name: p.name } : {}),
        })),
        exportTo: se.exportTo ?? mesh.defaultServiceExportTo,
        resolution: se.resolution,
        location: se.location,
        file: se.loc.file,
        line: se.loc.line,
      }))
      .sort((a, b) => cmp(a.namespace, b.namespace) || cmp(a.name, b.name) || cmp(a.file, b.file) || a.line - b.line),
    workloads: model.workloads
      .map((w) => ({
        namespace: w.namespace,
        kind: w.kind,
        name: w.name,
        injected: w.injected,
        mode: w.mode,
        modeSource: w.modeSource,
        sidecar: w.sidecar ? `${w.sidecar.namespace}/${w.sidecar.name}` : null,
        file: w.loc.file,
        line: w.loc.line,
        ...codeOf(model, w.namespace, w.name),
      }))
      .sort(
        (a, b) =>
          cmp(a.namespace, b.namespace) ||
          cmp(a.name, b.name) ||
          cmp(a.kind, b.kind) ||
          cmp(a.file, b.file) ||
          a.line - b.line,
      ),
  };
}

/** Where the workload's code comes from, as build provenance found it; nothing when provenance did not run. */
function codeOf(model: EgressModel, namespace: string, name: string): Pick<ReportWorkload, "code" | "codeNotFound"> {
  const p = model.provenance;
  if (!p) return {};
  const mine = <T extends { namespace: string; workload: string }>(xs: readonly T[]) =>
    xs.filter((x) => x.namespace === namespace && x.workload === name);
  const code = mine(p.placements).map((c) => ({
    container: c.container,
    image: c.image,
    how: c.how,
    context: c.context,
    ...(c.dockerfile !== undefined ? { dockerfile: c.dockerfile } : {}),
    ...(c.servesStaticFiles ? { servesStaticFiles: true } : {}),
    evidence: c.evidence.map((e) => ({ file: e.file, line: e.line, says: e.says })),
  }));
  const codeNotFound = mine(p.unplaced).map((u) => ({ container: u.container, image: u.image, why: u.why }));
  return { ...(code.length ? { code } : {}), ...(codeNotFound.length ? { codeNotFound } : {}) };
}
