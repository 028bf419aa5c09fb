import { describe, expect, it } from "vitest";
import { egressGraph } from "../../src/report/mermaid.js";
import type { EgressEdge } from "../../src/report/types.js";

const edges: EgressEdge[] = [
  { from: "default/curl", host: "httpbin.org", port: 80, status: "allowed" },
  { from: "default/curl", host: "api.github.com", port: 443, status: "blocked" },
  { from: "foo", host: "pypi.org", port: 0, status: "would-block" },
  { from: "", host: "api.github.com", port: 443, status: "blocked" },
];

describe("egressGraph", () => {
  it("draws callers to hosts, the blocked calls in red", () => {
    expect(egressGraph(edges).lines).toEqual([
      "flowchart LR",
      '  c0["unmapped code"]',
      '  c1["default/curl"]',
      '  c2["namespace foo"]',
      '  h0(["api.github.com:443"])',
      '  h1(["httpbin.org:80"])',
      '  h2(["pypi.org"])',
      "  c0 -->|blocked| h0",
      "  c1 -->|blocked| h0",
      "  c1 --> h1",
      "  c2 -.->|would be blocked| h2",
      "  linkStyle 0,1 stroke:#cf222e,stroke-width:2px",
      "  linkStyle 3 stroke:#bf8700",
      "  classDef blocked fill:#ffebe9,stroke:#cf222e,color:#82071e",
      "  class h0 blocked",
    ]);
  });

  it("keeps the refused calls when it has to leave edges out", () => {
    const many: EgressEdge[] = Array.from({ length: 10 }, (_, i) => ({
      from: "default/curl",
      host: `h${i}.example.com`,
      port: 443,
      status: "allowed" as const,
    }));
    const graph = egressGraph(
      [...many, { from: "default/curl", host: "zzz.example.com", port: 443, status: "blocked" }],
      3,
    );
    expect(graph).toMatchObject({ shown: 3, total: 11 });
    expect(graph.lines.some((l) => l.includes("zzz.example.com"))).toBe(true);
  });

  it("lets no label break out of its quotes or carry markup", () => {
    const graph = egressGraph([
      { from: 'x"]; click c0 "javascript:alert(1)', host: "<b>evil</b>", port: 1, status: "allowed" },
    ]);
    for (const line of graph.lines.slice(1, 3)) expect(line).toMatch(/^\s+[ch]\d\(?\["[A-Za-z0-9 ._:/*-]*"\]\)?$/);
  });

  it("draws nothing without edges", () => {
    expect(egressGraph([]).lines).toEqual([]);
  });
});
