// Property tests of the scanner, in every language it reads: any text gives references that point inside it, with
// hosts in their normal form, the same each time, and never an exception.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanSource } from "../../src/scan/index.js";
import { budget, lineCount, textFrom, timeout } from "./budget.js";

const PATHS = [
  "a.ts",
  "a.py",
  "a.go",
  "A.java",
  "a.kt",
  "a.rb",
  "a.sh",
  "Dockerfile",
  "a.cs",
  "a.yaml",
  "a.json",
  ".env",
  "a.properties",
  "a.ini",
  "a.toml",
  "nginx.conf",
];

/** What lexers and URL extraction key on: quotes, comments, templates, heredocs, schemes, userinfo, ports, hosts. */
const FRAGMENTS = [
  '"',
  "'",
  "`",
  '"""',
  "\\",
  '\\"',
  "/*",
  "*/",
  "//",
  "#",
  "--",
  "<<EOF\n",
  "<<~X\n",
  "\nEOF\n",
  "${",
  "}",
  "#{",
  "$(",
  ")",
  "%q(",
  "\nproxy_pass ",
  "upstream u {\n server ",
  'r"',
  'f"',
  "b'",
  '@"',
  "\n",
  " ",
  "\t",
  "=",
  ": ",
  ",",
  ";",
  "[",
  "]",
  "{",
  "(",
  "https://",
  "http://",
  "postgres://",
  "jdbc:mysql://",
  "mongodb+srv://",
  "redis://",
  "://",
  "@",
  "user:pass@",
  ":443",
  ":8080",
  ":0",
  ":99999",
  "/path?q=1#f",
  "api.example.com",
  "API.Acme.IO.",
  "svc.cluster.local",
  "10.0.0.1",
  "[::1]",
  "xn--nxasmq6b.com",
  "ñandú.io",
  "a..b",
  ".",
  "-",
  "*.",
  "localhost",
  "host=",
  "url: ",
  "endpoint = ",
  "egress-lint-ignore unregistered-host",
  "<script>",
  "\u202e",
  "\u0000",
  "\r\n",
  "\uFEFF",
];

const sourceText = fc.oneof(
  textFrom(FRAGMENTS, 80),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme-ascii", maxLength: 300 }),
);
const HOST = /^(?:[a-z0-9_*](?:[a-z0-9_.*-]*[a-z0-9_])?|[0-9a-f:.]+)$/;

describe("the scanner on arbitrary text", () => {
  it(
    "returns references inside the text with normal hosts and ports, the same on every run",
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...PATHS), sourceText, (path, text) => {
          const refs = scanSource({ path, text });
          const lines = lineCount(text);
          for (const r of refs) {
            expect(r.file).toBe(path);
            expect(r.line >= 1 && r.line <= lines, `line ${r.line}`).toBe(true);
            expect(r.column).toBeGreaterThanOrEqual(1);
            expect(r.host, r.host).toMatch(HOST);
            expect(r.host.length).toBeLessThanOrEqual(253);
            expect(Number.isInteger(r.port) && r.port >= 0 && r.port <= 65535).toBe(true);
          }
          expect(scanSource({ path, text })).toEqual(refs);
        }),
        budget(),
      );
    },
    timeout(),
  );

  it(
    "is not thrown off by anything written in a line comment before a URL",
    () => {
      const comment: Record<string, string> = {
        "a.py": "#",
        "a.rb": "#",
        "a.sh": "#",
        "a.ts": "//",
        "a.go": "//",
        "A.java": "//",
        "a.cs": "//",
        ".env": "#",
      };
      fc.assert(
        fc.property(fc.constantFrom(...Object.keys(comment)), textFrom(FRAGMENTS, 20), (path, junk) => {
          const url = path === ".env" ? "URL=https://target.acme-corp.io/v1" : 'u = "https://target.acme-corp.io/v1"';
          const text = `${comment[path]} ${junk.replace(/[\r\n\u2028\u2029]/g, " ")}\n${url}\n`;
          expect(
            scanSource({ path, text })
              .filter((r) => r.host === "target.acme-corp.io")
              .map((r) => r.line),
          ).toEqual([2]);
        }),
        budget(0.5),
      );
    },
    timeout(0.5),
  );
});
