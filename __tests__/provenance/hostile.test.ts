// Generated or hostile build files are read in part, never with an exception. How long they take is timed by
// `npm run bench:hostile` (scripts/bench/hostile.ts), against a budget.
import { describe, expect, it } from "vitest";
import { buildProvenance } from "../../src/provenance/index.js";
import { hostileBuildInput } from "../hostile/build-files.js";

describe("hostile build files", () => {
  it("reads huge files, long lines and unterminated constructs, and places the code it can", () => {
    const p = buildProvenance(hostileBuildInput());
    expect(p.placements.map((x) => x.dockerfile)).toEqual(["svc/Dockerfile", "svc2/Dockerfile"]);
    expect(p.problems.some((x) => x.file === "compose.yaml")).toBe(true);
  });
});
