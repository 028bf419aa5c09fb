// The seed: three real `istioctl pc route deploy/curl` tables (Istio 1.23-1.26) from the cluster in
// fixtures/routes/seed, before REGISTRY_ONLY, after it, and after a ServiceEntry for httpbin.org.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildClusterTable, buildRouteTable, renderClusterTable, renderRouteTable } from "../../src/routes/index.js";
import { expectGolden } from "../helpers/golden.js";
import { expectedFile, FIXTURES, fixtureModel, workload } from "./fixture.js";

const STATES = [
  { name: "allow-any", dirs: ["seed/base"] },
  { name: "registry-only", dirs: ["seed/base", "seed/registry-only"] },
  { name: "httpbin-org", dirs: ["seed/base", "seed/registry-only", "seed/httpbin-org"] },
];

/** Lines of a table grouped by route config name (the NAME cell), keeping their order. */
function byRouteConfig(table: string): { header: string; groups: Map<string, string[]> } {
  const [header = "", ...lines] = table.split("\n").filter((l) => l !== "");
  const width = header.indexOf("VHOST NAME");
  const groups = new Map<string, string[]>();
  for (const l of lines) {
    const name = l.slice(0, width).trimEnd();
    groups.set(name, [...(groups.get(name) ?? []), l]);
  }
  return { header, groups };
}

describe("seed tables, default/curl at Istio 1.25", () => {
  test.each(STATES)("$name: every route config has the seed's rows, padded the same", ({ name, dirs }) => {
    const model = fixtureModel(...dirs);
    const mine = byRouteConfig(
      renderRouteTable(buildRouteTable(model, workload(model, "default/curl"), { istioVersion: "1.25" })),
    );
    const seed = byRouteConfig(readFileSync(path.join(FIXTURES, "seed/istioctl", `${name}.txt`), "utf8"));
    expect(mine.header).toBe(seed.header);
    expect([...mine.groups.keys()].sort()).toEqual([...seed.groups.keys()].sort());
    for (const [config, lines] of seed.groups) {
      const ours = mine.groups.get(config)!;
      expect(ours).toHaveLength(lines.length);
      lines.forEach((line, i) => {
        // The blog's copy of the last table lost the trailing spaces of its final line.
        if (line.length < ours[i]!.length && name === "httpbin-org" && config === "InboundPassthroughCluster")
          expect(ours[i]!.trimEnd()).toBe(line.trimEnd());
        else expect(ours[i]).toBe(line);
      });
    }
  });

  test.each(STATES)("$name: golden table in canonical route-config order", ({ name, dirs }) => {
    const model = fixtureModel(...dirs);
    expectGolden(
      expectedFile("seed", `${name}.route.txt`),
      renderRouteTable(buildRouteTable(model, workload(model, "default/curl"), { istioVersion: "1.25" })),
    );
  });

  test("REGISTRY_ONLY + httpbin.org: cluster table", () => {
    const model = fixtureModel("seed/base", "seed/registry-only", "seed/httpbin-org");
    const table = buildClusterTable(model, workload(model, "default/curl"), { istioVersion: "1.25" });
    expect(table.rows.filter((r) => r.fqdn === "httpbin.org")).toEqual([
      { fqdn: "httpbin.org", port: "80", subset: "-", direction: "outbound", type: "STRICT_DNS", destinationRule: "" },
    ]);
    // UDP ports (kube-dns 53/UDP) get no cluster; the 53/TCP one does.
    expect(table.rows.filter((r) => r.fqdn === "kube-dns.kube-system.svc.cluster.local").map((r) => r.port)).toEqual([
      "53",
      "9153",
    ]);
    expectGolden(expectedFile("seed", "httpbin-org.cluster.txt"), renderClusterTable(table));
  });

  test("Example 8: the seed with REGISTRY_ONLY + httpbin.org has the predicted route configs", () => {
    const model = fixtureModel("seed/base", "seed/registry-only", "seed/httpbin-org");
    const rows = buildRouteTable(model, workload(model, "default/curl"), { istioVersion: "1.25" }).rows;
    const vhostsOf = (n: string) => rows.filter((r) => r.name === n).map((r) => r.vhost);
    expect(vhostsOf("9090")).toEqual([
      "kiali.istio-system.svc.cluster.local:9090",
      "prometheus.istio-system.svc.cluster.local:9090",
      "block_all",
    ]);
    expect(vhostsOf("kube-dns.kube-system.svc.cluster.local:9153")).toEqual([
      "kube-dns.kube-system.svc.cluster.local:9153",
    ]);
    expect(vhostsOf("80")).toEqual([
      "2oujlno5e4.execute-api.us-east-1.amazonaws.com:80",
      "curl.default.svc.cluster.local:80",
      "curl.foo.svc.cluster.local:80",
      "httpbin.org:80",
      "istio-ingressgateway.istio-system.svc.cluster.local:80",
      "block_all",
    ]);
  });
});
