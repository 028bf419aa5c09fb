// The worked examples of the route model (§11): each fixture's golden table is the spec's expected table.
import { describe, expect, test } from "vitest";
import { buildClusterTable, buildRouteTable, renderClusterTable, renderRouteTable } from "../../src/routes/index.js";
import { expectGolden } from "../helpers/golden.js";
import { expectedFile, fixtureModel, workload } from "./fixture.js";

const BASE = ["spec-base/curl", "spec-base/httpbin"];
const CURL_ONLY = ["spec-base/curl"];

const CASES: { dir: string; base: string[]; version: string; golden: string }[] = [
  { dir: "example-1-allow-any", base: BASE, version: "1.25", golden: "route.txt" },
  { dir: "example-2-registry-only", base: BASE, version: "1.25", golden: "route.txt" },
  { dir: "example-3-service-entries", base: CURL_ONLY, version: "1.25", golden: "route.txt" },
  { dir: "example-4-auto-and-headless", base: CURL_ONLY, version: "1.25", golden: "route.txt" },
  { dir: "example-5-virtual-services", base: BASE, version: "1.25", golden: "route.txt" },
  { dir: "example-6a-sidecar", base: BASE, version: "1.25", golden: "route.txt" },
  { dir: "example-6b-sidecar-imports-se", base: BASE, version: "1.25", golden: "route.txt" },
  { dir: "example-7-versions", base: BASE, version: "1.27", golden: "route-1.27.txt" },
  { dir: "example-7-versions", base: BASE, version: "1.22", golden: "route-1.22.txt" },
  { dir: "example-7-versions", base: BASE, version: "1.25", golden: "route-1.25.txt" },
  { dir: "example-7-strict-mtls", base: [...BASE, "example-7-versions"], version: "1.25", golden: "route.txt" },
];

describe("route model §11 worked examples, default/curl", () => {
  test.each(CASES)("$dir at Istio $version", ({ dir, base, version, golden }) => {
    const model = fixtureModel(...base, dir);
    expectGolden(
      expectedFile(dir, golden),
      renderRouteTable(buildRouteTable(model, workload(model, "default/curl"), { istioVersion: version })),
    );
  });

  test("Example 7: every version of a release range prints the same table", () => {
    const model = fixtureModel(...BASE, "example-7-versions");
    const render = (v: string) =>
      renderRouteTable(buildRouteTable(model, workload(model, "default/curl"), { istioVersion: v }));
    for (const v of ["1.20", "1.21"]) expect(render(v)).toBe(render("1.22"));
    for (const v of ["1.24", "1.26"]) expect(render(v)).toBe(render("1.23"));
    for (const v of ["1.28", "1.29", "1.30"]) expect(render(v)).toBe(render("1.27"));
    expect(render("1.23")).toBe(render("1.25"));
  });

  test("Example 7, STRICT mTLS: inbound and passthrough rows appear once", () => {
    const model = fixtureModel(...BASE, "example-7-versions", "example-7-strict-mtls");
    const rows = buildRouteTable(model, workload(model, "default/curl"), { istioVersion: "1.25" }).rows;
    expect(rows.filter((r) => r.name === "inbound|80||")).toHaveLength(1);
    expect(rows.filter((r) => r.name === "InboundPassthroughCluster")).toHaveLength(1);
  });

  test("Example 6: a pod in foo (no Sidecar there or in the root namespace) sees everything with ALLOW_ANY", () => {
    const model = fixtureModel(...BASE, "example-6a-sidecar");
    const rows = buildRouteTable(model, workload(model, "foo/client"), { istioVersion: "1.25" }).rows;
    expect(rows.map((r) => r.vhost)).toEqual(
      expect.arrayContaining([
        "curl.default.svc.cluster.local:80",
        "httpbin.org:80",
        "httpbin.default.svc.cluster.local:8000",
        "httpbin.foo.svc.cluster.local:8000",
      ]),
    );
    expect(rows.some((r) => r.vhost === "block_all")).toBe(false);
  });

  test("Example 3: the cluster table has the spec's rows", () => {
    const model = fixtureModel(...CURL_ONLY, "example-3-service-entries");
    const table = buildClusterTable(model, workload(model, "default/curl"), { istioVersion: "1.25" });
    const lines = table.rows.map((r) => [r.fqdn, r.port, r.subset, r.direction, r.type].join(" "));
    expect(lines).toEqual(
      expect.arrayContaining([
        "*.wikipedia.org 80 - outbound ORIGINAL_DST",
        "api.example.com 443 - outbound STRICT_DNS",
        "httpbin.org 80 - outbound STRICT_DNS",
        "legacy.example.com 8080 - outbound STRICT_DNS",
        "BlackHoleCluster - - - STATIC",
        "PassthroughCluster - - - ORIGINAL_DST",
      ]),
    );
    expectGolden(expectedFile("example-3-service-entries", "cluster.txt"), renderClusterTable(table));
  });
});
