import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ignoredOutputs } from "../../src/discover/read-files.js";
import { readSnapshot } from "../../src/discover/snapshot.js";
import { DEFAULTS } from "../../src/settings.js";

let root: string;
let outside: string;

function write(rel: string, text: string | Buffer): void {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "egress-lint-discover-"));
  outside = mkdtempSync(path.join(os.tmpdir(), "egress-lint-outside-"));
  writeFileSync(path.join(outside, "secret.yaml"), "kind: Secret\n");
  write("deploy/app.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: a}\n");
  write("deploy/app.json", "{}");
  write("src/client.py", 'URL = "https://api.example.org"\n');
  write("node_modules/lib/x.yaml", "kind: Service\n");
  write(".github/workflows/ci.yml", "on: push\n");
  write("vendor/x/y.yaml", "kind: Service\n");
  write("build/out.yaml", "kind: Service\n");
  write("charts/app/Chart.yaml", "apiVersion: v2\nname: app\n");
  write("charts/app/values.yaml", "replicas: 1\n");
  write("charts/app/templates/deploy.yaml", "{{ if .Values.x }}\nkind: Deployment\n{{ end }}\n");
  write("big.yaml", "a: b\n".repeat(1000));
  write("binary.yaml", Buffer.from([0x61, 0x00, 0x62]));
  write("assets/logo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
  write("src/packed.py", Buffer.from([0x61, 0x00, 0x62]));
  write("src/other.py", 'URL = "https://api.other.io"\n');
  symlinkSync(path.join(outside, "secret.yaml"), path.join(root, "escape.yaml"));
  symlinkSync("loop-b.yaml", path.join(root, "loop-a.yaml"));
  symlinkSync("loop-a.yaml", path.join(root, "loop-b.yaml"));
  symlinkSync("deploy/app.yaml", path.join(root, "inside-link.yaml"));
  symlinkSync(root, path.join(root, "deploy/self"));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const options = { manifests: DEFAULTS.manifests, sources: DEFAULTS.sources, exclude: [], maxFileBytes: 4096 };

describe("discovering a repository", () => {
  it("reads manifests and sources with relative paths, skipping VCS, dependencies, build output and CI", async () => {
    const snap = await readSnapshot(root, options);
    expect(snap.manifests.map((f) => f.path)).toEqual([
      "charts/app/Chart.yaml",
      "charts/app/values.yaml",
      "deploy/app.json",
      "deploy/app.yaml",
      "inside-link.yaml",
    ]);
    expect(snap.scanned).toContain("src/client.py");
    expect(snap.scanned.some((p) => /node_modules|vendor|\.github|build\//.test(p))).toBe(false);
  });

  it("skips Helm templates without calling them broken, and names the chart", async () => {
    const snap = await readSnapshot(root, options);
    expect(snap.manifests.map((f) => f.path).some((p) => p.includes("templates/"))).toBe(false);
    expect(snap.skippedCharts).toEqual(["charts/app"]);
  });

  it("reports files it will not read: too large, binary, links leaving the repository, link loops", async () => {
    const snap = await readSnapshot(root, options);
    const skipped = snap.findings.map((f) => [f.rule, f.file, f.message.replace(/^skipped \S+: /, "")]);
    expect(skipped).toEqual([
      ["unreadable-file", "big.yaml", expect.stringContaining("over the 4.0 KB limit")],
      ["unreadable-file", "binary.yaml", "it is binary (contains NUL bytes)"],
      ["unreadable-file", "escape.yaml", "it is a link to a file outside the repository"],
      ["unreadable-file", "loop-a.yaml", "it is a symbolic link loop"],
      ["unreadable-file", "loop-b.yaml", "it is a symbolic link loop"],
      ["unreadable-file", "src/packed.py", "it is binary (contains NUL bytes)"],
    ]);
    expect(snap.manifests.some((f) => f.text.includes("Secret"))).toBe(false);
  });

  it("never opens a file in no language the scanner reads, so images and archives raise nothing", async () => {
    const snap = await readSnapshot(root, options);
    expect(snap.scanned).not.toContain("assets/logo.png");
    expect(snap.findings.map((f) => f.file)).not.toContain("assets/logo.png");
  });

  it("keeps what sources refer to, not their text; `only` limits the scan and never the manifests", async () => {
    const all = await readSnapshot(root, options);
    expect(all.scanned).toEqual(expect.arrayContaining(["src/client.py", "src/other.py"]));
    expect(all.references.map((r) => [r.file, r.host, r.class])).toEqual([
      ["src/client.py", "api.example.org", "special-use"],
      ["src/other.py", "api.other.io", "call"],
    ]);
    const some = await readSnapshot(root, { ...options, only: new Set(["src/other.py"]) });
    expect(some.scanned).toEqual(["src/other.py"]);
    expect(some.references.map((r) => r.host)).toEqual(["api.other.io"]);
    expect(some.manifests.map((f) => f.path)).toEqual(all.manifests.map((f) => f.path));
  });

  it("honours exclude globs", async () => {
    const snap = await readSnapshot(root, { ...options, exclude: ["charts/**"] });
    expect(snap.manifests.map((f) => f.path)).toEqual(["deploy/app.json", "deploy/app.yaml", "inside-link.yaml"]);
    expect(snap.skippedCharts).toEqual([]);
  });
});

describe("a root that is not there", () => {
  it("rejects once, and leaves no rejection unhandled to crash the process", async () => {
    const unhandled: unknown[] = [];
    const listen = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", listen);
    try {
      await expect(readSnapshot(path.join(root, "no-such-dir"), options)).rejects.toThrow(/ENOENT/);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", listen);
    }
  });
});

describe("build output is what the repository ignores", () => {
  let repo: string;
  const put = (rel: string, text: string) => {
    const file = path.join(repo, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  beforeAll(() => {
    repo = mkdtempSync(path.join(os.tmpdir(), "egress-lint-outputs-"));
    put(".gitignore", "# output\n/dist/\n*.log\n");
    put("build/k8s/app.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: app}\n");
    put("dist/app.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: bundled}\n");
    put("web/.gitignore", "build\n");
    put("web/build/page.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: page}\n");
    put("web/target/t.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: t}\n");
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it("reads a build folder no .gitignore names, and skips the ones a .gitignore at or above names", async () => {
    const snap = await readSnapshot(repo, options);
    expect(snap.manifests.map((f) => f.path)).toEqual(["build/k8s/app.yaml", "web/target/t.yaml"]);
  });

  it("reads the names a .gitignore gives build output in, however written", () => {
    expect([...ignoredOutputs("build\n/dist/\n**/target/\nout/\n!keep\n")].sort()).toEqual(["build", "dist", "target"]);
    expect([...ignoredOutputs("build/**\n")]).toEqual(["build"]);
    expect([...ignoredOutputs("builds\nsrc/build\n")]).toEqual([]);
  });
});
