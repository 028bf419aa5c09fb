// The baseline file: findings a repository accepted when it adopted egress-lint (schema: baseline.schema.json).
import type { FindingIdentity } from "../gate/identity.js";

export interface BaselineEntry extends FindingIdentity {
  /** How many findings with this identity are accepted; 1 when the file leaves it out. */
  count: number;
  reason?: string;
  /** Where the entry is written in the baseline file (0 for entries made in memory). */
  line: number;
}

export interface Baseline {
  /** As given by the user, for messages. */
  file: string;
  entries: BaselineEntry[];
}

/** An entry that accepts more findings than the head has: the file can shrink by `count - matched`. */
export interface StaleBaselineEntry extends FindingIdentity {
  count: number;
  matched: number;
  line: number;
}
