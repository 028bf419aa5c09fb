// A finding's fix and the suggested ServiceEntry must never disagree: where `suggest` plans the entry that fixes an
// unregistered-host finding, the finding names that entry instead of carrying a flow-YAML spec of its own (which
// had no namespace or exportTo, and could differ from the entry suggested).
import type { Finding } from "../findings.js";
import type { Suggestion } from "./types.js";

/** The one-line spec rules write (service-entry-suggestion.ts), from its start to its closing braces. */
const INLINE_SPEC = /Add a ServiceEntry: \{apiVersion: [^\n]*?location: MESH_(?:EXTERNAL|INTERNAL)\}\}/;

export function withNamedFixes(findings: readonly Finding[], suggestions: readonly Suggestion[]): Finding[] {
  const byTarget = new Map<string, Extract<Suggestion, { kind: "ServiceEntry" }>>();
  for (const s of suggestions) if (s.kind === "ServiceEntry") for (const t of s.targets) byTarget.set(t, s);
  if (byTarget.size === 0) return [...findings];
  return findings.map((f) => {
    if (f.rule !== "unregistered-host" || f.host === undefined) return f;
    const s = byTarget.get(f.port === undefined ? f.host : `${f.host}:${f.port}`);
    if (!s) return f;
    const named = `Add ServiceEntry ${s.namespace}/${s.name}, given in full under the suggested fixes (egress-lint suggest).`;
    const message = f.message.replace(INLINE_SPEC, named);
    return message === f.message ? f : { ...f, message };
  });
}
