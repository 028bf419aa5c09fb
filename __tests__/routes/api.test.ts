// The public entry points: proxy views, workload lookup, the routes command and the version list.
import { describe, expect, test } from "vitest";
import {
  buildRouteTable,
  DEFAULT_ISTIO_VERSION,
  findWorkload,
  proxyViews,
  routesCommand,
  SUPPORTED_ISTIO_VERSIONS,
} from "../../src/routes/index.js";
import { CURL, crowdedNamespace, deployment, istio, model, ns, service } from "./inline.js";

describe("proxyViews", () => {
  test("injected workloads with identical tables share one view; the order is deterministic", () => {
    const m = model(
      ...CURL,
      deployment("default", "other", "app: other"),
      deployment("default", "svc-backed", "app: svc-backed"),
      service("default", "svc-backed", "10.96.0.90", "[{name: http, port: 8080}]", { selector: "app: svc-backed" }),
      ns("plain", "istio-injection: disabled"),
      deployment("plain", "skipped"),
      istio(
        "Sidecar",
        "default",
        "for-other",
        "workloadSelector: {labels: {app: other}}\noutboundTrafficPolicy: {mode: REGISTRY_ONLY}",
      ),
      deployment("default", "twin", "app: twin"),
    );
    const views = proxyViews(m, { istioVersion: "1.25" });
    expect(views.map((v) => v.proxies)).toEqual([
      ["default/curl"],
      ["default/other"],
      ["default/svc-backed"],
      ["default/twin"],
    ]);
    // twin and other differ only by the Sidecar; without it they share a view.
    const same = proxyViews(
      model(...CURL, deployment("default", "a", "app: a"), deployment("default", "b", "app: b")),
      { istioVersion: "1.25" },
    );
    expect(same.map((v) => [v.proxy, v.proxies])).toEqual([
      ["default/a", ["default/a", "default/b"]],
      ["default/curl", ["default/curl"]],
    ]);
    expect(same[0]!.routes.proxy).toBe("default/a");
  });
});

describe("findWorkload", () => {
  test("returns the workload, or an error naming the workloads there are", () => {
    const m = model(...CURL, deployment("foo", "x"));
    expect(findWorkload(m, "default/curl")).toMatchObject({ name: "curl", namespace: "default" });
    expect(findWorkload(m, "default/nope")).toEqual({
      error: "no workload default/nope; workloads found: default/curl, foo/x",
    });
  });
});

describe("routesCommand", () => {
  const m = model(...CURL);

  test("text output is the rendered route table, or with clusters the cluster table", () => {
    const out = routesCommand(m, { proxy: "default/curl", clusters: false, format: "text", istioVersion: "1.25" });
    expect("output" in out && out.output.startsWith("NAME ")).toBe(true);
    const clusters = routesCommand(m, { proxy: "default/curl", clusters: true, format: "text" });
    expect("output" in clusters && clusters.output.startsWith("SERVICE FQDN ")).toBe(true);
  });

  test("json output is the table", () => {
    const out = routesCommand(m, { proxy: "default/curl", clusters: false, format: "json", istioVersion: "1.25" });
    expect("output" in out && JSON.parse(out.output)).toEqual(
      buildRouteTable(m, m.workloads[0]!, { istioVersion: "1.25" }),
    );
  });

  test("an unknown version or proxy is an error that says what is valid", () => {
    expect(routesCommand(m, { proxy: "default/curl", clusters: false, format: "text", istioVersion: "1.9" })).toEqual({
      error: `istio version "1.9" is not modelled; use one of ${SUPPORTED_ISTIO_VERSIONS.join(", ")}`,
    });
    expect(routesCommand(m, { proxy: "x/y", clusters: false, format: "text" })).toEqual({
      error: "no workload x/y; workloads found: default/curl",
    });
  });
});

describe("versions", () => {
  test("1.20 to 1.31 are modelled; the default is 1.30, the newest stable release (1.27+ domains)", () => {
    expect(SUPPORTED_ISTIO_VERSIONS).toEqual([
      "1.20",
      "1.21",
      "1.22",
      "1.23",
      "1.24",
      "1.25",
      "1.26",
      "1.27",
      "1.28",
      "1.29",
      "1.30",
      "1.31",
    ]);
    expect(DEFAULT_ISTIO_VERSION).toBe("1.30");
    const m = model(...CURL);
    expect(buildRouteTable(m, m.workloads[0]!).rows[0]!.domains).toBe(
      "curl.default.svc.cluster.local., curl + 2 more...",
    );
    expect(buildRouteTable(m, m.workloads[0]!, { istioVersion: "1.25.3" }).rows[0]!.domains).toBe(
      "curl, curl.default + 1 more...",
    );
  });

  test("kubernetes.io/ws is HTTP from 1.24 on; before, it was an unknown name (sniffed)", () => {
    const m = model(
      ...CURL,
      service("default", "ws", "10.96.0.91", "[{name: web, port: 8765, appProtocol: kubernetes.io/ws}]"),
    );
    const names = (v: string) => [
      ...new Set(buildRouteTable(m, m.workloads[0]!, { istioVersion: v }).rows.map((r) => r.name)),
    ];
    expect(names("1.24")).toContain("8765");
    expect(names("1.23")).toContain("ws.default.svc.cluster.local:8765");
  });
});

describe("scale", () => {
  // How long these take is timed by `npm run bench:hostile` (scripts/bench/hostile.ts), against a budget.
  test("a namespace of 200 services with many ports gives every proxy its table", () => {
    const m = crowdedNamespace(200);
    const table = buildRouteTable(m, m.workloads[0]!, { istioVersion: "1.25" });
    expect(table.rows.length).toBeGreaterThan(400);
    const views = proxyViews(m, { istioVersion: "1.25" });
    expect(views.length).toBeGreaterThan(1);
  });
});
