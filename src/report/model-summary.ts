// The parts of the Report that describe the model itself: mesh policy, ServiceEntries, workloads.
import { cmp } from "../findings.js";
import type { EgressModel } from "../model/types.js";
import type { Report } from "./types.js";

export function describeModel(model: EgressModel): Pick<Report, "meshPolicy" | "serviceEntries" | "workloads"> {
  const mesh = model.mesh;
  return {
    meshPolicy: {
      mode: mesh.mode,
      ...(mesh.invalidMode !== undefined ? { invalidMode: mesh.invalidMode } : {}),
      sourceKind: mesh.sourceKind,
      source: mesh.source ? { file: mesh.source.file, line: mesh.source.line } : null,
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
      }))
      .sort((a, b) => cmp(a.namespace, b.namespace) || cmp(a.name, b.name) || cmp(a.kind, b.kind)),
  };
}
