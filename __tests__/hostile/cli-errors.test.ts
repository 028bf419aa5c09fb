// Configuration errors are exit 2 with one line that names the input; anything else is caught once at the top and
// is exit 3 with a short message and where to report it. Never a stack trace, whatever the repository holds.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBundle } from "../e2e/bundle.js";

let root: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), "egress-lint-cli-errors-"));
  writeFileSync(
    path.join(root, "app.yaml"),
    "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\nspec: {template: {spec: {containers: [{name: web, image: web}]}}}\n",
  );
  writeFileSync(path.join(root, "bad-host.yaml"), "version: 1\nhosts:\n  - host: 'https://api.example.com'\n");
  writeFileSync(
    path.join(root, "forged.yaml"),
    'version: 1\nignore:\n  rules: ["x\\n::error file=app.yaml::forged\\u001b[2J"]\n',
  );
  mkdirSync(path.join(root, "out"));
  await ensureBundle();
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function cli(...args: string[]) {
  return spawnSync(process.execPath, [path.resolve("dist/cli.js"), ...args], { cwd: root, encoding: "utf8" });
}

function expectOneLine(stderr: string, pattern: RegExp): void {
  expect(stderr).toMatch(/^egress-lint: [^\n]*\n$/);
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
}

describe("configuration errors", () => {
  it.each([
    [
      "an allowlist that breaks its schema",
      ["check", ".", "--allowlist", "bad-host.yaml"],
      /bad-host\.yaml:3: hosts\[0\]\.host: must be an exact host name/,
    ],
    [
      "an allowlist that names no such file",
      ["check", ".", "--allowlist", "missing.yaml"],
      /allowlist missing\.yaml: no such file/,
    ],
    [
      "an allowlist whose rule name carries a forged command",
      ["check", ".", "--allowlist", "forged.yaml"],
      /forged\.yaml:3: ignore\.rules\[0\]: unknown rule "x\\n::error/,
    ],
    ["an unknown format", ["check", ".", "--format", "xml"], /format must be one of/],
    [
      "a size that is not a number",
      ["check", ".", "--max-file-size", "5MB"],
      /max-file-size must be a positive number of bytes/,
    ],
    ["a proxy that is not NAMESPACE/WORKLOAD", ["check", ".", "--proxy", "web"], /proxy must be NAMESPACE\/WORKLOAD/],
    [
      "a proxy the repository does not have",
      ["check", ".", "--proxy", "shop/api"],
      /proxy shop\/api not found; workloads: shop\/web/,
    ],
    ["an unknown option", ["check", ".", "--frobnicate"], /frobnicate/],
  ])("%s: exit 2 and one line naming it", (_name, args, pattern) => {
    const run = cli(...args);
    expect(run.status).toBe(2);
    expectOneLine(run.stderr, pattern);
  });
});

describe("an unexpected error", () => {
  it("is exit 3 with a short message and where to report it, without a stack trace", () => {
    const run = cli("check", ".", "--format", "json", "--output", "out");
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/^egress-lint: internal error: [^\n]+\nPlease report it with the command you ran\.\n$/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
