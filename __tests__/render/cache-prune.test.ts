// A cache folder kept on a machine (a laptop, a self-hosted runner) would otherwise grow with every render of every
// branch: renders no run has used for a month go, checked at most once a day.
import { existsSync, mkdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pruneStale, RENDERS_FOLDER, renderCache, STALE_AFTER_DAYS } from "../../src/render/cache.js";
import { removeDir, tempDir } from "../github/git-fixture.js";

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date("2026-06-01T12:00:00Z");
const daysBefore = (days: number, from = NOW) => new Date(from.getTime() - days * DAY);

let dir: string;

function entry(rel: string, usedDaysAgo: number): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '{"resources":[],"meshDocuments":[],"findings":[],"consumed":[]}');
  const at = daysBefore(usedDaysAgo);
  utimesSync(file, at, at);
  return file;
}

beforeEach(() => {
  dir = tempDir("egress-lint-cache-prune-");
});
afterEach(() => removeDir(dir));

describe("pruning a render cache folder", () => {
  it("removes renders unused for longer than the limit, half-written ones too, and older layouts' folders", async () => {
    const stale = entry(`${RENDERS_FOLDER}/ab/ab12.json`, STALE_AFTER_DAYS + 1);
    const partial = entry(`${RENDERS_FOLDER}/ab/ab34.json.0f.partial`, STALE_AFTER_DAYS + 5);
    const recent = entry(`${RENDERS_FOLDER}/cd/cd56.json`, STALE_AFTER_DAYS - 1);
    const oldLayout = entry("renders-v0/ef/ef78.json", 1);
    const unrelated = entry("notes/keep.json", STALE_AFTER_DAYS + 100);

    expect(await pruneStale(dir, NOW)).toBe(2);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(partial)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    expect(existsSync(path.dirname(path.dirname(oldLayout)))).toBe(false);
    expect(existsSync(unrelated)).toBe(true);
  });

  it("lists the folder at most once a day", async () => {
    entry(`${RENDERS_FOLDER}/cd/cd56.json`, 1);
    await pruneStale(dir, NOW);
    const staleLater = entry(`${RENDERS_FOLDER}/ab/ab90.json`, STALE_AFTER_DAYS + 1);
    expect(await pruneStale(dir, new Date(NOW.getTime() + DAY / 2))).toBe(0);
    expect(existsSync(staleLater)).toBe(true);
    expect(await pruneStale(dir, new Date(NOW.getTime() + DAY + 1))).toBe(1);
    expect(existsSync(staleLater)).toBe(false);
  });

  it("counts a render read from the folder as used, so reading it keeps it", async () => {
    const key = "ab".padEnd(64, "0");
    const file = entry(`${RENDERS_FOLDER}/ab/${key}.json`, STALE_AFTER_DAYS + 10);
    expect(await renderCache(dir).get(key)).toBeDefined();
    expect(Date.now() - statSync(file).mtime.getTime()).toBeLessThan(DAY);
    expect(await pruneStale(dir, new Date(Date.now() + DAY))).toBe(0);
    expect(existsSync(file)).toBe(true);
  });

  it("does nothing, and fails nothing, where there is no folder", async () => {
    expect(await pruneStale(path.join(dir, "missing"), NOW)).toBe(0);
  });
});
