// Inline suppressions: `egress-lint-ignore <rule>[,<rule>]` in a comment, on the line or the line above.
import { describe, expect, it } from "vitest";
import { scanSource } from "../../src/scan/index.js";

function ignored(path: string, text: string): [string, number, string[]][] {
  return scanSource({ path, text }).map((r) => [r.host, r.line, r.ignoredRules]);
}

describe("egress-lint-ignore", () => {
  it("applies to references on the same line", () => {
    expect(
      ignored(
        "a.ts",
        'fetch("https://a.acme.io"); // egress-lint-ignore unregistered-host\nfetch("https://b.acme.io");\nfetch("https://c.acme.io");',
      ),
    ).toEqual([
      ["a.acme.io", 1, ["unregistered-host"]],
      ["b.acme.io", 2, ["unregistered-host"]],
      ["c.acme.io", 3, []],
    ]);
  });

  it("applies to the line below a comment line, with a list of rules sorted", () => {
    const text =
      "# egress-lint-ignore unregistered-host, port-not-registered -- proxied by the platform\nURL = 'https://a.acme.io'\nOTHER = 'https://b.acme.io'\n";
    expect(ignored("a.py", text)).toEqual([
      ["a.acme.io", 2, ["port-not-registered", "unregistered-host"]],
      ["b.acme.io", 3, []],
    ]);
  });

  it("without rules means every rule", () => {
    expect(ignored("a.go", '// egress-lint-ignore\nvar u = "https://a.acme.io"')).toEqual([["a.acme.io", 2, ["*"]]]);
  });

  it("counts only inside comments, and only as a whole word", () => {
    const text =
      'const s = "egress-lint-ignore"; fetch("https://a.acme.io");\n// egress-lint-ignored on purpose\nfetch("https://b.acme.io");';
    expect(ignored("a.ts", text)).toEqual([
      ["a.acme.io", 1, []],
      ["b.acme.io", 3, []],
    ]);
  });

  it("after a block comment applies to the line following its end", () => {
    const text =
      '/* egress-lint-ignore unregistered-host\n   the SDK pins this host */\nconst u = "https://a.acme.io";';
    expect(ignored("a.ts", text)).toEqual([["a.acme.io", 3, ["unregistered-host"]]]);
  });

  it("works in YAML, shell and .env comments", () => {
    expect(ignored("app.yaml", "upstream: https://a.acme.io # egress-lint-ignore unregistered-host\n")).toEqual([
      ["a.acme.io", 1, ["unregistered-host"]],
    ]);
    expect(ignored("run.sh", "# egress-lint-ignore unapproved-egress\ncurl https://a.acme.io\n")).toEqual([
      ["a.acme.io", 2, ["unapproved-egress"]],
    ]);
    expect(ignored(".env", "# egress-lint-ignore\nAPI_URL=https://a.acme.io\n")).toEqual([["a.acme.io", 2, ["*"]]]);
  });
});
