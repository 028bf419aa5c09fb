// Which findings count toward fail-on: with a base only those the change introduces, never those the baseline accepts.
import { applyBaseline } from "../baseline/match.js";
import type { Baseline, StaleBaselineEntry } from "../baseline/types.js";
import type { Finding } from "../findings.js";
import { compareWithBase } from "./compare.js";
import type { GateMode } from "../settings.js";
import type { RenameMap } from "./identity.js";

export interface JudgeOptions {
  /** The base's findings; undefined when there is no base to compare with. */
  base?: readonly Finding[];
  /** Base path -> head path, for files the change renamed. */
  renames?: RenameMap;
  baseline?: Baseline;
  /** Undefined: `new` with a base, `all` without one. */
  gate?: GateMode;
}

export interface Judgement {
  mode: GateMode;
  /** The head's findings with their status: `new`/`existing` with a base, `accepted` by the baseline. */
  findings: Finding[];
  /** What counts toward fail-on. */
  gating: Finding[];
  /** Base findings the head no longer has; undefined without a base. */
  fixed?: Finding[];
  /** Baseline entries that accept more than the head has; undefined without a baseline. */
  stale?: StaleBaselineEntry[];
}

/** Without a base nothing can be told apart as new, so `new` then gates on every finding, as `all` does. */
export function judgeFindings(head: readonly Finding[], options: JudgeOptions): Judgement {
  const mode = options.gate ?? (options.base ? "new" : "all");
  let findings: Finding[] = [...head];
  let fixed: Finding[] | undefined;
  if (options.base) ({ findings, fixed } = compareWithBase(head, options.base, options.renames));
  let stale: StaleBaselineEntry[] | undefined;
  if (options.baseline) ({ findings, stale } = applyBaseline(findings, options.baseline, options.renames));
  const gating = findings.filter((f) => f.status !== "accepted" && (mode === "all" || f.status !== "existing"));
  return { mode, findings, gating, ...(fixed ? { fixed } : {}), ...(stale ? { stale } : {}) };
}
