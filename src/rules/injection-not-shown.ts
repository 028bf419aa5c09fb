// EGR049: the repository enables sidecar injection nowhere, so the workloads of the namespaces it does not declare
// are taken as running without a sidecar (src/model/kube-objects.ts isInjected) and their calls are not judged. Said
// once per namespace, so that a quiet report is never mistaken for a clean one.
import { cmp, cmpLocation, type Finding } from "../findings.js";
import { groupBy } from "../group.js";
import { podInjection } from "../model/kube-objects.js";
import { finding } from "./emit.js";
import type { Rule } from "./types.js";

const SHOWN_BY =
  'no Namespace labelled istio-injection=enabled or istio.io/rev, no kubectl label or istioctl kube-inject command in a script, no pod labelled or annotated sidecar.istio.io/inject: "true" or with other sidecar settings';

export const injectionNotShown: Rule = {
  name: "injection-not-shown",
  check({ model }) {
    if (model.injectionShown !== null) return [];
    // A repository that configures no Istio at all is not linted for a mesh it does not show.
    const meshShown =
      model.mesh.source !== undefined ||
      model.serviceEntries.length + model.sidecars.length + model.virtualServices.length > 0;
    if (!meshShown) return [];
    const declared = new Set(model.namespaces.map((n) => n.name));
    const unsaid = model.workloads.filter((w) => !declared.has(w.namespace) && podInjection(w) === undefined);
    const out: Finding[] = [];
    for (const [namespace, list] of [...groupBy(unsaid, (w) => w.namespace)].sort(([a], [b]) => cmp(a, b))) {
      const sorted = [...list].sort((a, b) => cmpLocation(a.loc, b.loc));
      const names = [...new Set(sorted.map((w) => w.name))].sort(cmp);
      const shown =
        names.length > 3 ? `${names.slice(0, 3).join(", ")} and ${names.length - 3} more` : names.join(", ");
      out.push(
        finding("injection-not-shown", {
          message: `Nothing in the repository enables sidecar injection (${SHOWN_BY}), and it does not declare namespace ${namespace}, so its workloads (${shown}) are taken as running without a sidecar and their calls are not judged against ServiceEntries. If the cluster injects them, declare ${namespace} with the injection label in the repository to have them judged.`,
          file: sorted[0]!.loc.file,
          line: sorted[0]!.loc.line,
          namespace,
        }),
      );
    }
    return out;
  },
};
