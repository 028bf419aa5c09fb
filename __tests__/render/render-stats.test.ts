// What the log says of a render stage: per side, what was built and what came from the cache, the slowest unit of
// work, and each fallback with its reason; nothing for a repository with nothing to render.
import { describe, expect, it } from "vitest";
import { renderLogLines } from "../../src/render/render-stats.js";

describe("renderLogLines", () => {
  it("labels the base's lines, and counts built trees, processes and cache hits", () => {
    const lines = renderLogLines({
      side: "base",
      trees: 5,
      cached: 3,
      processes: 1,
      slowest: { trees: ["apps/a", "apps/b"], ms: 1234 },
      fellBack: [{ tree: "apps/c", reason: "kustomize build apps/c failed" }],
    });
    expect(lines).toEqual([
      "render (base): 5 trees, 2 built in 1 tool processes, 3 from the cache",
      "render (base): slowest 1.23 s (apps/a and 1 more in one process)",
      "render (base): apps/c fell back: kustomize build apps/c failed",
    ]);
  });

  it("says nothing when there was nothing to render", () => {
    expect(
      renderLogLines({ side: "head", trees: 0, cached: 0, processes: 0, slowest: undefined, fellBack: [] }),
    ).toEqual([]);
  });
});
