// A base whose manifests equal the head's reuses the head's model and tables: the report must be what building
// them again gives.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSnapshot, type RepoSnapshot } from "../../src/discover/snapshot.js";
import { lint, sameManifests } from "../../src/lint.js";
import { DEFAULTS } from "../../src/settings.js";

const SEED = path.resolve("__tests__/fixtures/pr-seed");
const read = (dir: string) =>
  readSnapshot(path.join(SEED, dir), {
    manifests: DEFAULTS.manifests,
    sources: DEFAULTS.sources,
    exclude: [],
    maxFileBytes: DEFAULTS.maxFileBytes,
  });
const input = { defaultNamespace: "default", proxies: [], routeOptions: { istioVersion: "1.25" } };

describe("reusing the head's model for a base with the same manifests", () => {
  it("gives the report a fresh lint gives, with the base's own references", async () => {
    const head = await read("head");
    // The base as a change that touched only code: the head's manifests, other references, no reads that failed.
    const base: RepoSnapshot = { ...head, references: [], scanned: [], findings: [] };
    expect(sameManifests(head, base)).toBe(true);
    const linted = lint({ ...input, snapshot: head });
    const reused = lint({ ...input, snapshot: base, sameManifestsAs: linted });
    const fresh = lint({ ...input, snapshot: base });
    expect(reused.report).toEqual(fresh.report);
    expect(reused.report.findings).not.toEqual(linted.report.findings);
  });

  it("is not used when a manifest, a chart or a render differs", async () => {
    const head = await read("head");
    const edited = head.manifests.map((f, i) => (i === 0 ? { ...f, text: `${f.text}\n# edited\n` } : f));
    expect(sameManifests(head, { ...head, manifests: edited })).toBe(false);
    expect(sameManifests(head, { ...head, manifests: head.manifests.slice(1) })).toBe(false);
    expect(sameManifests(head, { ...head, skippedCharts: ["charts/x"] })).toBe(false);
    expect(sameManifests(head, { ...head, rendered: { resources: [], meshDocuments: [], findings: [] } })).toBe(false);
    expect(sameManifests(head, await read("base"))).toBe(false);
  });
});
