// proxyViews simulates once per distinct proxy input; its views must be exactly those of simulating every proxy.
import { readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { cmp } from "../../src/findings.js";
import type { EgressModel } from "../../src/model/types.js";
import {
  buildClusterTable,
  buildRouteTable,
  proxyViews,
  SUPPORTED_ISTIO_VERSIONS,
  type RouteOptions,
} from "../../src/routes/index.js";
import { FIXTURES, fixtureModel } from "./fixture.js";
import { CURL, deployment, istio, model, ns, service } from "./inline.js";

/** The definition: every injected workload simulated on its own, grouped by identical tables. */
function viewsOneByOne(m: EgressModel, options: RouteOptions): string[][] {
  const groups = new Map<string, string[]>();
  const injected = m.workloads
    .filter((w) => w.injected)
    .sort((a, b) => cmp(`${a.namespace}/${a.name}`, `${b.namespace}/${b.name}`));
  for (const w of injected) {
    const key = JSON.stringify([buildRouteTable(m, w, options).rows, buildClusterTable(m, w, options).rows]);
    const id = `${w.namespace}/${w.name}`;
    const list = groups.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    groups.set(key, list);
  }
  return [...groups.values()];
}

function expectSameAsOneByOne(m: EgressModel): void {
  for (const istioVersion of SUPPORTED_ISTIO_VERSIONS) {
    const options = { istioVersion };
    expect(
      proxyViews(m, options).map((v) => v.proxies),
      istioVersion,
    ).toEqual(viewsOneByOne(m, options));
  }
}

describe("proxyViews equals simulating every proxy", () => {
  const dirs = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

  test.each(dirs)("fixture %s", (dir) => expectSameAsOneByOne(fixtureModel(dir)));

  test("all fixtures in one mesh", () => expectSameAsOneByOne(fixtureModel(...dirs)));

  // Two workloads that differ only by a label something selects on: each selector kind must split them.
  const twins = (...extra: string[]) =>
    model(
      ...CURL,
      deployment("default", "a", "app: a, tier: gold"),
      deployment("default", "b", "app: b, tier: free"),
      ...extra,
    );
  const selectors: [string, EgressModel][] = [
    [
      "DestinationRule workloadSelector",
      twins(
        istio(
          "DestinationRule",
          "default",
          "gold",
          "host: curl.default.svc.cluster.local\nworkloadSelector: {matchLabels: {tier: gold}}\ntrafficPolicy: {tls: {mode: DISABLE}}",
        ),
      ),
    ],
    [
      "PeerAuthentication selector",
      twins(
        istio(
          "PeerAuthentication",
          "default",
          "gold",
          "selector: {matchLabels: {tier: gold}}\nmtls: {mode: DISABLE}",
          "security.istio.io",
        ),
      ),
    ],
    [
      "VirtualService sourceLabels",
      twins(
        istio(
          "VirtualService",
          "default",
          "gold",
          "hosts: [curl]\nhttp:\n- match: [{sourceLabels: {tier: gold}}]\n  route: [{destination: {host: curl}}]",
        ),
      ),
    ],
    [
      "Service selector (inbound ports)",
      twins(
        service("default", "gold", "10.96.0.20", "[{name: http, port: 9000, targetPort: http-web}]", {
          selector: "tier: gold",
        }),
      ),
    ],
    [
      "Sidecar workloadSelector",
      twins(
        istio(
          "Sidecar",
          "default",
          "gold",
          "workloadSelector: {labels: {tier: gold}}\noutboundTrafficPolicy: {mode: REGISTRY_ONLY}",
        ),
      ),
    ],
    [
      "DNS capture annotation",
      model(
        ...CURL,
        istio(
          "ServiceEntry",
          "default",
          "api",
          "hosts: [api.example.org]\nports: [{number: 80, name: http, protocol: HTTP}]\nresolution: DNS",
        ),
        deployment("default", "a"),
        deployment(
          "default",
          "b",
          "app: b",
          "      annotations: {proxy.istio.io/config: '{proxyMetadata: {ISTIO_META_DNS_CAPTURE: \"true\"}}'}",
        ),
      ),
    ],
  ];

  test.each(selectors)("%s", (_, m) => {
    expectSameAsOneByOne(m);
    const views = proxyViews(m, { istioVersion: "1.25" });
    const together = views.some((v) => v.proxies.includes("default/a") && v.proxies.includes("default/b"));
    expect(together).toBe(false);
  });

  test("workloads with the same inputs in other namespaces and with other names share a view", () => {
    const m = model(...CURL, ns("team"), deployment("team", "x"), deployment("team", "y"), deployment("default", "z"));
    expectSameAsOneByOne(m);
    expect(proxyViews(m, { istioVersion: "1.25" }).map((v) => v.proxies)).toEqual([
      ["default/curl"],
      ["default/z"],
      ["team/x", "team/y"],
    ]);
  });
});
