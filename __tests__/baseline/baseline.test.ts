import { Ajv } from "ajv";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { looksLikeBaseline } from "../../src/baseline/detect.js";
import { loadBaseline } from "../../src/baseline/load.js";
import { applyBaseline } from "../../src/baseline/match.js";
import { baselineEntries, renderBaseline } from "../../src/baseline/write.js";
import type { Finding } from "../../src/findings.js";

function f(over: Partial<Finding> = {}): Finding {
  return {
    rule: "unregistered-host",
    code: "EGR020",
    severity: "error",
    message: "m",
    file: "src/app.py",
    line: 3,
    host: "api.example.com",
    port: 443,
    namespace: "shop",
    workload: "orders",
    ...over,
  };
}

function load(text: string) {
  const result = loadBaseline({ path: "egress-baseline.yaml", text });
  if ("error" in result) throw new Error(`${result.error.line}: ${result.error.field}: ${result.error.message}`);
  return result.baseline;
}

describe("writing a baseline", () => {
  const findings = [
    f({ file: "z/last.py", host: "b.example.com", line: 9 }),
    f({ file: "a/first.py", line: 7 }),
    f({ file: "a/first.py", line: 30 }),
    f({
      rule: "invalid-resource",
      code: "EGR002",
      file: "k8s/se.yaml",
      host: undefined,
      port: undefined,
      workload: undefined,
      resource: "ServiceEntry shop/x",
      message: "ServiceEntry shop/x: unknown field spec.hostz",
    }),
  ];

  it("writes one entry per identity, sorted by file, with a count for repeats and no lines", () => {
    const text = renderBaseline(baselineEntries(findings));
    const doc = parse(text) as { version: number; findings: Record<string, unknown>[] };
    expect(doc.version).toBe(1);
    expect(doc.findings).toEqual([
      {
        rule: "unregistered-host",
        host: "api.example.com",
        port: 443,
        namespace: "shop",
        workload: "orders",
        file: "a/first.py",
        count: 2,
      },
      { rule: "invalid-resource", namespace: "shop", resource: "ServiceEntry shop/x", file: "k8s/se.yaml" },
      {
        rule: "unregistered-host",
        host: "b.example.com",
        port: 443,
        namespace: "shop",
        workload: "orders",
        file: "z/last.py",
      },
    ]);
    expect(text).not.toMatch(/^\s*line:/m);
    expect(text.startsWith("# egress-lint baseline")).toBe(true);
  });

  it("is stable: the same findings in another order give the same text, which loads back to the same entries", () => {
    const text = renderBaseline(baselineEntries(findings));
    expect(renderBaseline(baselineEntries([...findings].reverse()))).toBe(text);
    expect(renderBaseline(load(text).entries)).toBe(text);
  });

  it("keeps the reasons written into the previous file", () => {
    const previous = load(
      renderBaseline(baselineEntries(findings)).replace(
        "    file: z/last.py\n",
        "    file: z/last.py\n    reason: the partner API is being retired\n",
      ),
    );
    const again = renderBaseline(baselineEntries(findings, previous));
    expect(again).toContain("reason: the partner API is being retired");
    expect(parse(again).findings[2].reason).toBe("the partner API is being retired");
  });

  it("validates against its JSON Schema, and is recognised as a baseline (so its hosts are not scanned as calls)", () => {
    const schema = JSON.parse(readFileSync("src/baseline/baseline.schema.json", "utf8"));
    const text = renderBaseline(baselineEntries(findings));
    expect(new Ajv({ strict: true }).compile(schema)(parse(text))).toBe(true);
    expect(looksLikeBaseline(text)).toBe(true);
    expect(looksLikeBaseline("version: 1\nhosts:\n  - host: a.example.com\n")).toBe(false);
  });
});

describe("loading a baseline", () => {
  const error = (text: string) => {
    const result = loadBaseline({ path: "egress-baseline.yaml", text });
    return "error" in result ? result.error : undefined;
  };

  it("names the file, line and field of a mistake", () => {
    expect(
      error("version: 1\nfindings:\n  - rule: unregistered-host\n    file: a.py\n    hots: x.example.com\n"),
    ).toEqual({ file: "egress-baseline.yaml", line: 5, field: "findings[0].hots", message: "unknown field" });
    expect(error("version: 1\nfindings:\n  - rule: unregistred-host\n    file: a.py\n")).toMatchObject({
      line: 3,
      field: "findings[0].rule",
      message: 'unknown rule "unregistred-host" (did you mean "unregistered-host"?)',
    });
    expect(error("version: 1\nfindings:\n  - rule: unregistered-host\n    file: /etc/passwd\n")).toMatchObject({
      line: 4,
      field: "findings[0].file",
    });
    expect(error("version: 2\nfindings: []\n")).toMatchObject({ line: 1, field: "version", message: "must be 1" });
    expect(error("version: 1\nfindings: [\n")).toMatchObject({
      field: "",
      message: expect.stringMatching(/^not valid YAML/),
    });
    expect(error("")).toMatchObject({ line: 1, field: "version" });
    // A key written twice would silently drop the first value (a host, a count) instead of being reported.
    expect(
      error("version: 1\nfindings:\n  - rule: unregistered-host\n    file: a.py\n    count: 2\n    count: 9\n"),
    ).toMatchObject({ line: 6, field: "" });
  });
});

describe("applying a baseline", () => {
  it("accepts up to count findings of an identity and reports entries that match less", () => {
    const baseline = load(
      [
        "version: 1",
        "findings:",
        "  - {rule: unregistered-host, host: api.example.com, port: 443, namespace: shop, workload: orders, file: src/app.py, count: 3}",
        "  - {rule: unregistered-host, host: gone.example.com, port: 443, file: src/app.py}",
        "",
      ].join("\n"),
    );
    const result = applyBaseline([f({ line: 3 }), f({ line: 8 }), f({ host: "new.example.com" })], baseline);
    expect(result.findings.map((x) => x.status)).toEqual(["accepted", "accepted", undefined]);
    expect(result.stale.map((e) => [e.host, e.count, e.matched, e.line])).toEqual([
      ["api.example.com", 3, 2, 3],
      ["gone.example.com", 1, 0, 4],
    ]);
  });

  it("follows renames, and accepts findings already in the base before new ones", () => {
    const baseline = load(
      "version: 1\nfindings:\n  - {rule: unregistered-host, host: api.example.com, port: 443, namespace: shop, workload: orders, file: src/old.py}\n",
    );
    const head = [
      f({ file: "src/new.py", line: 2, status: "new" }),
      f({ file: "src/new.py", line: 9, status: "existing" }),
    ];
    const result = applyBaseline(head, baseline, new Map([["src/old.py", "src/new.py"]]));
    expect(result.findings.map((x) => [x.line, x.status])).toEqual([
      [2, "new"],
      [9, "accepted"],
    ]);
    expect(result.stale).toEqual([]);
  });
});
