// Suggestions for the report's reachability findings: a ServiceEntry for each host nothing registers, and the exportTo
// or Sidecar change where an existing entry is out of the caller's sight. Pure: model and findings in, data out.
import type { Allowlist } from "../allowlist/types.js";
import type { Finding } from "../findings.js";
import type { EgressModel } from "../model/types.js";
import type { HostReference } from "../scan/types.js";
import { exportToYaml, planExportToChanges, planSidecarChanges, sidecarYaml } from "./changes.js";
import { describeCallers } from "./placement.js";
import { planServiceEntries, serviceEntryYaml } from "./service-entries.js";
import type { Suggestion } from "./types.js";
import { reportedVerdicts, strongestStatus } from "./verdicts.js";
import { applySuggestions, recheck, stillBlocked } from "./verify.js";

export type { ExportToChange, ServiceEntryToAdd, SidecarChange, Suggestion, SuggestionReference } from "./types.js";

export interface SuggestInput {
  model: EgressModel;
  references: readonly HostReference[];
  allowlist?: Allowlist;
  /** The report's findings (with their status, when compared): only what they report gets a suggestion. */
  findings: readonly Finding[];
  /** Where new ServiceEntries go (`--namespace`); default: the callers' namespace, see placement.ts. */
  namespace?: string;
}

const BLOCKED_NOTES = 3;

export function suggestFixes(input: SuggestInput): Suggestion[] {
  const { model } = input;
  const verdicts = reportedVerdicts(
    { model, references: input.references, allowlist: input.allowlist },
    input.findings,
  );
  const plans = [
    ...planServiceEntries(verdicts, model, { namespace: input.namespace, allowlist: input.allowlist }),
    ...planExportToChanges(verdicts, model),
    ...planSidecarChanges(verdicts),
  ];
  // Applied together, as a user applies the whole output: one change may be what makes another work.
  const after = applySuggestions(
    model,
    plans.map((p) => p.suggestion),
  );
  return plans.map((p): Suggestion => {
    const blocked = [...new Set(p.verdicts.flatMap((v) => stillBlocked(v, recheck(after, v)) ?? []))];
    const more =
      blocked.length > BLOCKED_NOTES ? [`${blocked.length - BLOCKED_NOTES} more calls stay blocked as well.`] : [];
    const s = { ...p.suggestion, notes: [...p.suggestion.notes, ...blocked.slice(0, BLOCKED_NOTES), ...more] };
    const callers = describeCallers(p.verdicts.map((v) => v.caller));
    const status = strongestStatus(p.verdicts);
    const extra = status ? { status } : {};
    if (s.kind === "ServiceEntry") return { ...s, ...extra, yaml: serviceEntryYaml(s, callers) };
    if (s.kind === "exportTo") return { ...s, ...extra, yaml: exportToYaml(s, callers) };
    const sidecar = model.sidecars.find((x) => x.namespace === s.target.namespace && x.name === s.target.name);
    return { ...s, ...extra, yaml: sidecarYaml(s, sidecar, callers) };
  });
}

export { renderSuggestions, serviceEntryFile } from "./render.js";
