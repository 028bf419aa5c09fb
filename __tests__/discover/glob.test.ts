// The string tests that stand in for minimatch on the common glob shapes must answer exactly as minimatch does,
// for every path: walked ones and odd ones (empty, `.` and `..` segments) alike.
import { Minimatch } from "minimatch";
import { describe, expect, it } from "vitest";
import { globMatcher, matchesAny } from "../../src/glob.js";

const GLOBS = [
  "**/*",
  "**/*.yaml",
  "**/*.yml",
  "**/*.json",
  "**/*.tar.gz",
  "./**/*.yaml",
  "**/.git/**",
  "**/node_modules/**",
  "**/dist/**",
  "**/.git",
  "**/vendor",
  "**/a.b",
  "**/*.",
  "services/**",
  "services/deploy/**",
  "./services/a.b/**",
  "a/.git/**",
  "a/../**",
  "**/*.{yaml,yml}",
  "**/deploy/*.yaml",
];
const SEGMENTS = [
  "a",
  "xdist",
  "dist2",
  "b.yaml",
  "byaml",
  "xa.b",
  ".yaml",
  "x.yml",
  "c.json",
  "A.YAML",
  ".git",
  "node_modules",
  "dist",
  "vendor",
  "a.b",
  "f.tar.gz",
  "g.",
  "services",
  "deploy",
  ".",
  "..",
  "",
];

function paths(): string[] {
  const out = new Set<string>();
  const grow = (prefix: string[], depth: number) => {
    if (prefix.length) out.add(prefix.join("/"));
    if (depth === 0) return;
    for (const s of SEGMENTS) grow([...prefix, s], depth - 1);
  };
  grow([], 3);
  for (const p of [...out]) {
    out.add(`/${p}`);
    out.add(`${p}/`);
    out.add(`./${p}`);
  }
  return [...out];
}

describe("glob matching", () => {
  const all = paths();

  it("agrees with minimatch on every glob shape and path", () => {
    expect(all.length).toBeGreaterThan(5000);
    for (const glob of GLOBS) {
      const reference = new Minimatch(glob.replace(/^\.\//, ""), { dot: true });
      const ours = globMatcher([glob]);
      const disagree = all.filter(
        (p) => ours(p) !== reference.match(p) || matchesAny(p, [glob]) !== reference.match(p),
      );
      expect(disagree, glob).toEqual([]);
    }
  });

  it("matches the always-excluded places and the default manifests as expected", () => {
    const excluded = globMatcher(["**/.git/**", "**/node_modules/**"]);
    expect(["a/.git/config", ".git/HEAD", "web/node_modules/x/index.js"].every(excluded)).toBe(true);
    expect([".gitignore", "a/.git", "node_modules"].some(excluded)).toBe(false);
    const manifests = globMatcher(["**/*.yaml", "**/*.yml", "**/*.json"]);
    expect(["deploy/se.yaml", "a.yml", "x/y/z.json", ".yaml"].every(manifests)).toBe(true);
    expect(["deploy/se.YAML", "a.yaml/b", "../se.yaml"].some(manifests)).toBe(false);
  });
});
