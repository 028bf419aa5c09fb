// The head's model and route tables are built while its sources are scanned, from what the manifests and renders
// hold: the report must be what building them after the scan gives.
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RepoSnapshot } from "../../src/discover/snapshot.js";
import { snapshotOf } from "../../src/engine.js";
import { lint, prebuiltModel } from "../../src/lint.js";
import { renderCache } from "../../src/render/cache.js";
import { parseSettings } from "../../src/settings.js";

const FIXTURES = ["__tests__/fixtures/render/overlays", "__tests__/fixtures/pr-seed/head", "examples"];
const input = { defaultNamespace: "default", proxies: [], routeOptions: {}, scope: "all" as const };

/** The snapshot, the early one `prepare` was handed, and the order its stages ran in. */
async function snapshotsOf(dir: string) {
  const settings = parseSettings({ root: path.resolve(dir), failOn: "never", cacheDir: "off" });
  const events: string[] = [];
  let early: RepoSnapshot | undefined;
  const snapshot = await snapshotOf(
    path.resolve(dir),
    settings,
    {},
    { cache: renderCache(undefined), renders: [], stages: () => (stage, event) => events.push(`${stage} ${event}`) },
    async (s) => {
      early = s;
    },
  );
  return { snapshot, early: early!, events };
}

describe("the model built while the sources are scanned", () => {
  it.each(FIXTURES)("gives %s the report a lint after the scan gives", async (dir) => {
    const { snapshot, early } = await snapshotsOf(dir);
    const prebuilt = prebuiltModel(early, input);
    expect(lint({ ...input, snapshot, prebuilt }).report).toEqual(lint({ ...input, snapshot }).report);
  });

  it("is handed the renders and no scanned source, and renders while the sources are read and scanned", async () => {
    const { early, events } = await snapshotsOf(FIXTURES[0]!);
    expect(early.references).toEqual([]);
    expect(early.rendered?.resources.length).toBeGreaterThan(0);
    expect(events.indexOf("render start")).toBeLessThan(events.indexOf("read and scan end"));
  });
});
