// istioctl's text layout (§3.7) and table diffs between two states of the repository.
import { describe, expect, test } from "vitest";
import {
  diffClusterTables,
  diffRouteTables,
  renderClusterTable,
  renderRouteTable,
  type RouteRow,
} from "../../src/routes/index.js";
import { rowsOf } from "../../src/routes/route-table.js";

const row = (name: string, vhost: string, virtualService = ""): RouteRow => ({
  name,
  vhost,
  domains: "*",
  match: "/*",
  virtualService,
});

describe("renderRouteTable", () => {
  test("each column but the last is padded to its widest cell plus 5; an empty last cell leaves trailing spaces", () => {
    const out = renderRouteTable({
      proxy: "default/curl",
      rows: [row("80", "a.example.com:80", "a.default"), row("", "backend")],
    });
    expect(out.split("\n")).toEqual([
      "NAME     VHOST NAME           DOMAINS     MATCH     VIRTUAL SERVICE",
      "80       a.example.com:80     *           /*        a.default",
      "         backend              *           /*        ",
      "",
    ]);
  });

  test("an empty table is the header alone", () => {
    expect(renderRouteTable({ proxy: "x/y", rows: [] })).toBe(
      "NAME     VHOST NAME     DOMAINS     MATCH     VIRTUAL SERVICE\n",
    );
  });
});

describe("renderClusterTable", () => {
  test("six columns, the DESTINATION RULE one unpadded", () => {
    const out = renderClusterTable({
      proxy: "x/y",
      rows: [
        {
          fqdn: "httpbin.org",
          port: "80",
          subset: "-",
          direction: "outbound",
          type: "STRICT_DNS",
          destinationRule: "",
        },
      ],
    });
    expect(out).toBe(
      "SERVICE FQDN     PORT     SUBSET     DIRECTION     TYPE           DESTINATION RULE\nhttpbin.org      80       -          outbound      STRICT_DNS     \n",
    );
  });
});

describe("diffs", () => {
  test("rows only in head are added, rows only in base removed, in table order; duplicates are counted", () => {
    const base = {
      proxy: "default/curl",
      rows: [row("80", "a:80"), row("inbound|80||", "inbound|http|80"), row("inbound|80||", "inbound|http|80")],
    };
    const head = {
      proxy: "default/curl",
      rows: [row("80", "a:80"), row("80", "b:80"), row("80", "block_all"), row("inbound|80||", "inbound|http|80")],
    };
    const d = diffRouteTables(base, head);
    expect(d.proxy).toBe("default/curl");
    expect(d.added.map((r) => r.vhost)).toEqual(["b:80", "block_all"]);
    expect(d.removed).toEqual([row("inbound|80||", "inbound|http|80")]);
  });

  test("a proxy that only exists on one side adds or removes every row", () => {
    const head = { proxy: "ns/new", rows: [row("80", "a:80")] };
    expect(diffRouteTables(undefined, head)).toEqual({ proxy: "ns/new", added: head.rows, removed: [] });
    expect(diffRouteTables(head, undefined)).toEqual({ proxy: "ns/new", added: [], removed: head.rows });
  });

  test("identical tables have an empty diff; cluster tables diff the same way", () => {
    const c = {
      proxy: "a/b",
      rows: [{ fqdn: "x", port: "80", subset: "-", direction: "outbound", type: "EDS", destinationRule: "" }],
    };
    expect(diffClusterTables(c, c)).toEqual({ proxy: "a/b", added: [], removed: [] });
    const changed = { proxy: "a/b", rows: [{ ...c.rows[0]!, destinationRule: "dr.a" }] };
    expect(diffClusterTables(c, changed)).toEqual({ proxy: "a/b", added: changed.rows, removed: c.rows });
  });
});

describe("rows of a route config", () => {
  test("a vhost without routes prints one row with MATCH /* and VIRTUAL SERVICE 404; PassthroughCluster routes are hidden", () => {
    const rows = rowsOf([
      {
        name: "80",
        vhosts: [
          { name: "empty:80", domains: ["empty", "empty:80"], routes: [] },
          {
            name: "allow_any",
            domains: ["*"],
            routes: [{ match: { prefix: "/" }, virtualService: "", passthrough: true }],
          },
        ],
      },
    ]);
    expect(rows).toEqual([{ name: "80", vhost: "empty:80", domains: "empty", match: "/*", virtualService: "404" }]);
  });
});
