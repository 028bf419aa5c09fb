import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routesDiff } from "../../src/cli/routes-diff.js";
import type { EgressModel } from "../../src/model/types.js";
import { modelOf } from "../helpers/model.js";

const SEED = "__tests__/fixtures/pr-seed";

function seedModel(side: "base" | "head"): EgressModel {
  const root = path.join(SEED, side);
  const files = readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".yaml"));
  return modelOf(Object.fromEntries(files.map((f) => [f, readFileSync(path.join(root, f), "utf8")])));
}

const base = seedModel("base");
const head = seedModel("head");
const args = { proxy: "default/curl", clusters: false, format: "text" as const, options: {} };

describe("routesDiff", () => {
  it("prints the rows the change adds to the proxy's route table, in istioctl's layout", () => {
    expect(routesDiff(base, head, args)).toEqual({
      output: [
        "Route table of default/curl against the base: 1 added",
        "  NAME     VHOST NAME         DOMAINS                       MATCH     VIRTUAL SERVICE",
        "+ 80       httpbin.org:80     httpbin.org, httpbin.org.     /*",
        "",
      ].join("\n"),
    });
  });

  it("prints the rows a change removes the other way round, and the cluster table with clusters", () => {
    const removed = routesDiff(head, base, { ...args, clusters: true });
    expect("output" in removed && removed.output).toMatch(
      /^Cluster table of default\/curl against the base: 1 removed\n {2}SERVICE FQDN .*\n- httpbin\.org +80 /,
    );
  });

  it("says when the table did not change, and gives the rows as JSON", () => {
    expect(routesDiff(head, head, args)).toEqual({
      output: "Route table of default/curl: no changes against the base\n",
    });
    const json = routesDiff(base, head, { ...args, format: "json" });
    expect(JSON.parse("output" in json ? json.output : "{}")).toMatchObject({
      proxy: "default/curl",
      added: [{ vhost: "httpbin.org:80" }],
      removed: [],
    });
  });

  it("takes every row as added for a proxy the base does not have, and refuses one the head does not", () => {
    const empty = modelOf({});
    const all = routesDiff(empty, head, args);
    expect("output" in all && all.output).toMatch(/^Route table of default\/curl against the base: \d+ added\n/);
    expect(routesDiff(head, empty, args)).toEqual({ error: "no workload default/curl; workloads found: none" });
  });
});
