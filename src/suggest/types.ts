// Suggestions: what to add or change so that the hosts the code calls are reachable. Plain data; `yaml` is the text
// to paste, with a comment that names the references it came from.
import type { FindingStatus } from "../findings.js";
import type { SuggestedServiceEntrySpec } from "../rules/service-entry-suggestion.js";

export interface SuggestionReference {
  file: string;
  line: number;
}

interface SuggestionCommon {
  /** `host:port` (or the host, when the code gives no port) of every call it makes reachable, sorted. */
  targets: string[];
  /** Where those calls are written, sorted. */
  references: SuggestionReference[];
  /** What to know before applying it (TCP ports, guessed ports, the allowlist, ...). */
  notes: string[];
  /** The strongest status of the findings it fixes: `new` if any is new. Unset without a base or baseline. */
  status?: FindingStatus;
  /** A whole ServiceEntry, or the part of an existing resource to change, after a comment saying why. */
  yaml: string;
}

/** A ServiceEntry to add: hosts nothing registers. */
export interface ServiceEntryToAdd extends SuggestionCommon {
  kind: "ServiceEntry";
  namespace: string;
  name: string;
  spec: SuggestedServiceEntrySpec & { exportTo: string[] };
}

/** An existing ServiceEntry (or Service) registers the host, but its exportTo hides it from the callers. */
export interface ExportToChange extends SuggestionCommon {
  kind: "exportTo";
  target: { kind: "ServiceEntry" | "Service"; namespace: string; name: string; file: string; line: number };
  /** The whole exportTo list after the change. */
  exportTo: string[];
  added: string[];
}

/** The host is registered and exported, but the caller's Sidecar does not import it. */
export interface SidecarChange extends SuggestionCommon {
  kind: "Sidecar";
  target: { namespace: string; name: string; file: string; line: number };
  /** Index of the egress listener to change; equal to the listener count when a listener is to be added. */
  listener: number;
  /** The listener's whole hosts list after the change. */
  hosts: string[];
  added: string[];
}

export type Suggestion = ServiceEntryToAdd | ExportToChange | SidecarChange;
