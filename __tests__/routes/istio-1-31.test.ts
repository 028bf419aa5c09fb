// What 1.31 changes in the printed tables: the mesh's ALLOW_ANY_DYNAMIC_DNS mode (a dynamic forward proxy for HTTP to
// unknown hosts). Older releases do not know the mode and keep ALLOW_ANY.
import { describe, expect, test } from "vitest";
import { CURL, clusterRows, model, routeRows } from "./inline.js";

const DYNAMIC_DNS =
  "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: istio, namespace: istio-system}\ndata:\n  mesh: |\n    outboundTrafficPolicy:\n      mode: ALLOW_ANY_DYNAMIC_DNS";

describe("outboundTrafficPolicy ALLOW_ANY_DYNAMIC_DNS", () => {
  const m = model(...CURL, DYNAMIC_DNS);

  test("1.31: the catch-all routes to the dynamic forward proxy, which istioctl prints, and its cluster is listed", () => {
    const rows = routeRows(m, "default/curl", { istioVersion: "1.31" }).filter((r) => r.name === "80");
    expect(rows.map((r) => `${r.vhost} ${r.domains} ${r.match}`)).toContain("allow_any_dynamic_dns * /*");
    const clusters = clusterRows(m, "default/curl", { istioVersion: "1.31" }).map((c) => `${c.fqdn} ${c.type}`);
    expect(clusters).toContain("AllowAnyDynamicDNSCluster STATIC");
  });

  test("1.30: istiod does not know the mode; the catch-all is ALLOW_ANY's, hidden by istioctl, and no cluster is added", () => {
    const rows = routeRows(m, "default/curl", { istioVersion: "1.30" }).filter((r) => r.name === "80");
    expect(rows.map((r) => r.vhost)).not.toContain("allow_any_dynamic_dns");
    expect(rows.map((r) => r.vhost)).not.toContain("allow_any");
    const clusters = clusterRows(m, "default/curl", { istioVersion: "1.30" }).map((c) => c.fqdn);
    expect(clusters).not.toContain("AllowAnyDynamicDNSCluster");
  });
});
