// The renders folder between workflow runs: restored from the repository's newest entry, saved with only what the
// run used, and never a reason for the check to fail.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { removeDir, tempDir } from "./git-fixture.js";

const calls = vi.hoisted(() => ({
  available: true,
  restored: undefined as string | undefined,
  restoreArgs: [] as unknown[][],
  saved: [] as { paths: string[]; key: string; files: string[] }[],
  failSave: false,
}));

vi.mock("@actions/cache", () => ({
  isFeatureAvailable: () => calls.available,
  restoreCache: async (...args: unknown[]) => {
    calls.restoreArgs.push(args);
    return calls.restored;
  },
  saveCache: async (paths: string[], key: string) => {
    if (calls.failSave) throw new Error("Unable to reserve cache with key, another job may be creating this cache.");
    calls.saved.push({ paths, key, files: readdirSync(paths[0]!, { recursive: true }).map(String).sort() });
    return 1;
  },
}));
vi.mock("@actions/core", () => ({ info: () => undefined }));

const { restoreRenders, saveRenders } = await import("../../src/github/actions-cache.js");

const dir = tempDir("egress-lint-actions-cache-");
afterAll(() => removeDir(dir));

function entry(key: string): void {
  const folder = path.join(dir, "renders-v1", key.slice(0, 2));
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `${key}.json`), "{}");
}

beforeEach(() => {
  calls.available = true;
  calls.restored = undefined;
  calls.restoreArgs = [];
  calls.saved = [];
  calls.failSave = false;
});

describe("the render cache between workflow runs", () => {
  it("restores the repository's newest entry by its prefix", async () => {
    calls.restored = "egress-lint-renders-v1-octo-org_gitops-abc";
    expect(await restoreRenders(dir, "octo-org/gitops")).toBe("egress-lint-renders-v1-octo-org_gitops-abc");
    expect(calls.restoreArgs).toEqual([
      [
        [path.join(dir, "renders-v1")],
        "egress-lint-renders-v1-octo-org_gitops-latest",
        ["egress-lint-renders-v1-octo-org_gitops-"],
      ],
    ]);
  });

  it("saves only the renders the run used, under a key that names them, and not again when nothing changed", async () => {
    for (const key of ["aa11", "bb22", "cc33"]) entry(key);
    await saveRenders(dir, "octo-org/gitops", new Set(["aa11", "cc33"]), undefined);
    expect(calls.saved).toHaveLength(1);
    expect(calls.saved[0]!.files.filter((f) => f.endsWith(".json"))).toEqual(["aa/aa11.json", "cc/cc33.json"]);
    const key = calls.saved[0]!.key;
    expect(key).toMatch(/^egress-lint-renders-v1-octo-org_gitops-[0-9a-f]{24}$/);
    await saveRenders(dir, "octo-org/gitops", new Set(["cc33", "aa11"]), key);
    expect(calls.saved).toHaveLength(1);
  });

  it("never fails the run: no cache service, or one that refuses, is a line in the log", async () => {
    calls.available = false;
    expect(await restoreRenders(dir, "octo-org/gitops")).toBeUndefined();
    await saveRenders(dir, "octo-org/gitops", new Set(["aa11"]), undefined);
    expect(calls.saved).toEqual([]);
    calls.available = true;
    calls.failSave = true;
    await expect(saveRenders(dir, "octo-org/gitops", new Set(["aa11"]), undefined)).resolves.toBeUndefined();
  });
});
