import { describe, expect, it } from "vitest";
import {
  CLUSTER_HEADER,
  clusterCells,
  groupDiffs,
  proxyList,
  ROUTE_HEADER,
  routeCells,
  tabulate,
} from "../../src/report/diff-render.js";
import type { ClusterRow, RouteRow, TableDiff } from "../../src/routes/types.js";

const httpbin: RouteRow = {
  name: "80",
  vhost: "httpbin.org:80",
  domains: "httpbin.org",
  match: "/*",
  virtualService: "",
};
const blockAll: RouteRow = { name: "80", vhost: "block_all", domains: "*", match: "/*", virtualService: "" };

describe("tabulate", () => {
  it("pads every column but the last to its widest cell plus five, as istioctl's tabwriter does", () => {
    expect(
      tabulate([
        ["NAME", "VHOST NAME", "X"],
        ["80", "httpbin.org:80", "y"],
      ]),
    ).toEqual(["NAME     VHOST NAME         X", "80       httpbin.org:80     y"]);
  });
});

describe("groupDiffs", () => {
  it("renders removed rows as - and added rows as + under the istioctl header", () => {
    const [g] = groupDiffs(
      [{ proxy: "default/curl", added: [httpbin], removed: [blockAll] }],
      ROUTE_HEADER,
      routeCells,
    );
    expect(g!.lines).toEqual([
      "  NAME     VHOST NAME         DOMAINS         MATCH     VIRTUAL SERVICE",
      "- 80       block_all          *               /*",
      "+ 80       httpbin.org:80     httpbin.org     /*",
    ]);
    expect(g).toMatchObject({ proxies: ["default/curl"], added: 1, removed: 1 });
  });

  it("groups workloads whose diffs are identical, and keeps different ones apart", () => {
    const diffs: TableDiff<RouteRow>[] = [
      { proxy: "foo/curl", added: [httpbin], removed: [] },
      { proxy: "default/httpbin", added: [httpbin], removed: [] },
      { proxy: "default/curl", added: [httpbin], removed: [] },
      { proxy: "default/other", added: [httpbin], removed: [blockAll] },
      { proxy: "default/unchanged", added: [], removed: [] },
    ];
    const groups = groupDiffs(diffs, ROUTE_HEADER, routeCells);
    expect(groups.map((g) => g.proxies)).toEqual([["default/curl", "default/httpbin", "foo/curl"], ["default/other"]]);
  });

  it("prints cluster rows in istioctl's cluster columns", () => {
    const row: ClusterRow = {
      fqdn: "api.example.com",
      port: "443",
      subset: "-",
      direction: "outbound",
      type: "STRICT_DNS",
      destinationRule: "",
    };
    const [g] = groupDiffs([{ proxy: "default/curl", added: [row], removed: [] }], CLUSTER_HEADER, clusterCells);
    expect(g!.lines).toEqual([
      "  SERVICE FQDN        PORT     SUBSET     DIRECTION     TYPE           DESTINATION RULE",
      "+ api.example.com     443      -          outbound      STRICT_DNS",
    ]);
  });
});

describe("proxyList", () => {
  it("names up to three workloads and counts the rest", () => {
    expect(proxyList(["a/x"])).toBe("a/x");
    expect(proxyList(["a/x", "a/y"])).toBe("a/x and a/y");
    expect(proxyList(["a/x", "a/y", "a/z"])).toBe("a/x, a/y and a/z");
    expect(proxyList(["default/curl", "default/httpbin", "foo/curl", "foo/httpbin"])).toBe(
      "default/curl, default/httpbin and 2 more",
    );
  });
});
