// `egress-lint explain HOST`: why a host counted or did not, from the bundled CLI as a user runs it.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBundle } from "./bundle.js";

const CLI = path.resolve("dist/cli.js");
const REPO = path.resolve("__tests__/fixtures/precision");

function explain(host: string) {
  const run = spawnSync(process.execPath, [CLI, "explain", host, REPO], { encoding: "utf8" });
  expect(run.status).toBe(0);
  expect(run.stderr).toBe("");
  return run.stdout;
}

beforeAll(() => ensureBundle(), 120_000);

describe("egress-lint explain", () => {
  it("shows a judged call: its finding, its class and reason, and the workload it was placed in and how", () => {
    const out = explain("api.stripe.com");
    expect(out).toMatch(/^api\.stripe\.com\n/);
    expect(out).toMatch(/error {2}EGR020 unregistered-host {2}services\/orders\/app\.py:8:/);
    expect(out).toMatch(/services\/orders\/app\.py:8:\d+ {2}call: a string in code \(STRIPE\)/);
    expect(out).toContain("placed in: shop/orders (image)");
  });

  it("shows why a host in a script no image ships was not judged", () => {
    const out = explain("istio.io");
    expect(out).toContain("Findings: none");
    expect(out).toMatch(/scripts\/install\.sh:2:\d+ {2}unplaced: .*no workload is known to run this file/);
  });

  it("says why a special-use name never counts, even where nothing refers to it", () => {
    expect(explain("app.127.0.0.1.nip.io")).toMatch(/Never egress: loopback: nip\.io answers with 127\.0\.0\.1/);
  });

  it("needs a host", () => {
    const run = spawnSync(process.execPath, [CLI, "explain"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("egress-lint: explain needs a HOST: egress-lint explain HOST [DIR]\n");
  });
});
