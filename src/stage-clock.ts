// How long each stage of a run took, for a progress line and the log; never part of the report. The adapters give
// the clock, so that nothing in the engine reads one.
import type { StageListener } from "./engine.js";

export interface StageTime {
  side: "head" | "base";
  stage: string;
  ms: number;
}

export interface StageClock {
  listener: StageListener;
  /** Finished stages, in the order they finished. */
  times: StageTime[];
}

/** `onChange`: the stages running now, as "head: render", each time one starts or ends. */
export function stageClock(now: () => number, onChange?: (running: readonly string[]) => void): StageClock {
  const started = new Map<string, number>();
  const times: StageTime[] = [];
  const listener: StageListener = (side) => (stage, event) => {
    const name = `${side}: ${stage}`;
    if (event === "start") started.set(name, now());
    else {
      times.push({ side, stage, ms: now() - (started.get(name) ?? now()) });
      started.delete(name);
    }
    onChange?.([...started.keys()]);
  };
  return { listener, times };
}

export function stageLine(t: StageTime): string {
  return `stage ${t.side}: ${t.stage}: ${(t.ms / 1000).toFixed(2)} s`;
}
