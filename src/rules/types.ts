// The shape every rule module has: its catalog entry's name and a pure check.
import type { Allowlist } from "../allowlist/types.js";
import type { Finding } from "../findings.js";
import type { EgressModel } from "../model/types.js";
import type { HostReference } from "../scan/types.js";
import type { RuleName } from "./catalog.js";

export interface RuleContext {
  model: EgressModel;
  /** Outbound host references found in sources and in manifest values. */
  references: readonly HostReference[];
  /** Undefined when the repository has no allowlist file. */
  allowlist?: Allowlist;
  /** Only the files a change touched were scanned: "no code calls it" cannot be known. */
  partialScan?: boolean;
}

export interface Rule {
  name: RuleName;
  check(ctx: RuleContext): Finding[];
}
