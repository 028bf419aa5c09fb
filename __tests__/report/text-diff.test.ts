import { describe, expect, it } from "vitest";
import { renderText } from "../../src/report/text.js";
import { tableDiffText } from "../../src/report/text-diff.js";
import type { RouteRow } from "../../src/routes/types.js";
import { emptyReport } from "./report-factory.js";

const httpbin: RouteRow = {
  name: "80",
  vhost: "httpbin.org:80",
  domains: "httpbin.org",
  match: "/*",
  virtualService: "",
};
const blockAll: RouteRow = { name: "80", vhost: "block_all", domains: "*", match: "/*", virtualService: "" };

describe("tableDiffText", () => {
  it("says nothing without a base, and that nothing changed with one", () => {
    expect(tableDiffText(emptyReport({ routeDiff: undefined, clusterDiff: undefined }))).toEqual([]);
    expect(tableDiffText(emptyReport({ routeDiff: [], clusterDiff: [] }))).toEqual([
      "Route and cluster tables: no changes against the base",
      "",
    ]);
  });

  it("prints each group of identical changes once, with istioctl's header and -/+ rows", () => {
    const diff = { added: [httpbin], removed: [blockAll] };
    const proxies = ["shop/a", "shop/b", "shop/c", "shop/d"];
    expect(
      tableDiffText(emptyReport({ routeDiff: proxies.map((proxy) => ({ proxy, ...diff })), clusterDiff: [] })),
    ).toEqual([
      "Route table changes against the base (4 workloads):",
      "  shop/a, shop/b and 2 more: 1 added, 1 removed",
      "    workloads: shop/a, shop/b, shop/c, shop/d",
      "      NAME     VHOST NAME         DOMAINS         MATCH     VIRTUAL SERVICE",
      "    - 80       block_all          *               /*",
      "    + 80       httpbin.org:80     httpbin.org     /*",
      "",
    ]);
  });

  it("is part of the terminal report, before the findings", () => {
    const text = renderText(emptyReport({ routeDiff: [{ proxy: "default/curl", added: [httpbin], removed: [] }] }));
    expect(text).toMatch(/Route table changes against the base \(1 workload\):\n {2}default\/curl: 1 added\n/);
    expect(text.indexOf("Route table changes")).toBeLessThan(text.indexOf("Findings:"));
  });
});
