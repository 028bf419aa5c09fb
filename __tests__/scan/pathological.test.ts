// Hostile input: one 1 MB line of text built to make a backtracking or re-scanning scanner stall. Each must finish
// (the suite's timeout is the only clock) and still find the one real reference, or nothing.
import { describe, expect, it } from "vitest";
import { readRepositoryFile } from "../../src/scan/collect.js";
import { scanSource } from "../../src/scan/index.js";

const MB = 1 << 20;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length));
const PATHS = [
  "a.ts",
  "a.py",
  "a.go",
  "A.java",
  "a.rb",
  "a.sh",
  "a.yaml",
  "a.json",
  ".env",
  "a.properties",
  "a.toml",
  "a.cs",
];
const REAL = '\nconst u = "https://real.acme.io"\n';

const junk: Record<string, string> = {
  "separators without schemes": fill("://"),
  "schemes without hosts": `"${fill("http://")}"`,
  "a host of a million labels": `"https://${fill("a.")}com"`,
  "a userinfo of a million @": `"http://${fill("@")}"`,
  "a seed list of a million commas": `"mongodb://${fill("a,")}"`,
  "a million colons": `"${fill(":")}"`,
  "a million quotes": fill('"'),
  "a million backslashes": fill("\\"),
  "unclosed template expressions": fill("`${"),
  "unclosed brackets": fill("(["),
  "comment openers": fill("/*"),
  "a scheme a million letters long": `"${fill("a")}://real.acme.io"`,
  "ignore directives on one line": `// ${fill("egress-lint-ignore a,")}`,
  "heredoc openers": fill("<<~EOF <<EOF "),
  "yaml-ish keys": fill("host: "),
  "nginx blocks never closed": fill("location / { proxy_pass "),
  "nginx variables never closed": fill("proxy_pass http://${"),
  "nginx upstream servers": fill("upstream a { server "),
};

describe("a 1 MB pathological line", () => {
  for (const [name, line] of Object.entries(junk)) {
    it(`${name}: completes in every language and finds only the real reference`, () => {
      for (const path of PATHS) {
        const refs = scanSource({ path, text: line + REAL });
        // Whatever the junk does to the rest of the file, it must never invent a host.
        expect(
          refs.every((r) => r.host === "real.acme.io"),
          `${name} in ${path}`,
        ).toBe(true);
      }
      expect(scanSource({ path: "a.ts", text: `${line}\n` })).toEqual([]);
      // Read as nginx (it starts with a block nginx knows), with the real address in a proxy_pass after the junk.
      const nginx = scanSource({
        path: "nginx.conf",
        text: `server {\n${line}\n;}\nproxy_pass https://real.acme.io;\n`,
      });
      expect(
        nginx.every((r) => r.host === "real.acme.io"),
        `${name} in nginx.conf`,
      ).toBe(true);
    });
  }

  it("a million real URLs are all reported", () => {
    const text = `"${"https://a.acme.io/".repeat(MB / 18)}"`;
    expect(scanSource({ path: "a.ts", text })).toHaveLength(Math.floor(MB / 18));
  });

  it("a file of unclosed parenthesised imports is read once, and still names its modules and SDK clients", () => {
    const text = `${"from openai import (\n".repeat(MB / 21)}from openai import OpenAI\nclient = OpenAI()\n`;
    const read = readRepositoryFile({ path: "a.py", text });
    expect(read.imports?.specifiers).toEqual(["openai", "openai.OpenAI"]);
    expect(read.references.map((r) => r.host)).toEqual(["api.openai.com"]);
  });

  it("the real reference after a million small literals is found at its position", () => {
    const text = `${'"x",'.repeat(MB / 4)}\nconst u = "https://real.acme.io"`;
    expect(scanSource({ path: "a.ts", text }).map((r) => [r.host, r.line, r.column])).toEqual([
      ["real.acme.io", 2, 20],
    ]);
  });
});
