// Property tests of the allowlist loader: any text is an allowlist or one error naming the file, a line in it and
// a one-line message (what the CLI prints before exit 2), never an exception; and well-formed files always load.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { loadAllowlist } from "../../src/allowlist/load.js";
import { braceAlternatives } from "../../src/allowlist/globs.js";
import { budget, lineCount, mutationsOf, textFrom, timeout } from "./budget.js";

const SEEDS = [
  readFileSync("examples/egress-allowlist.yaml", "utf8"),
  readFileSync("__tests__/fixtures/scan/polyglot/egress-allowlist.yaml", "utf8"),
];
const FRAGMENTS = [
  "version: 1\n",
  "version: 2\n",
  "hosts:\n",
  "  - host: ",
  "api.example.com",
  "*.example.com",
  "*",
  "ports: [",
  "443",
  "0",
  "99999",
  "]",
  "\n",
  "    namespaces: [",
  "default",
  "Bad_NS",
  "ignore:\n",
  "  paths: [",
  "{a,b}",
  "{1..999999}",
  "**/x/**",
  "  rules: [",
  "unregistered-host",
  "unregistered-hots",
  "workloads:\n",
  "  - paths: [",
  "    namespace: ",
  "    workload: ",
  "reason: ",
  "owner: ",
  "&a ",
  "*a",
  "---\n",
  "\t",
  "'",
  '"',
  "{",
  "}",
  ",",
  ": ",
  "- ",
  "#",
  "~",
  "null",
  '"x\\n::error::y"',
  '"\\e[31m"',
  '"a\\u2028b": 1\n',
  "\u202e",
];
const text = fc.oneof(
  mutationsOf(SEEDS, FRAGMENTS),
  textFrom(FRAGMENTS),
  fc.string({ unit: "binary", maxLength: 200 }),
);

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
const host = fc
  .tuple(fc.boolean(), fc.array(label, { minLength: 1, maxLength: 4 }))
  .map(([wild, labels]) => `${wild ? "*." : ""}${labels.join(".")}`);
const allowlist = fc.record(
  {
    version: fc.constant(1),
    hosts: fc.array(
      fc.record(
        {
          host,
          ports: fc.uniqueArray(fc.integer({ min: 1, max: 65535 }), { minLength: 1, maxLength: 3 }),
          reason: fc.string(),
        },
        { requiredKeys: ["host"] },
      ),
    ),
    ignore: fc.record({
      hosts: fc.array(host),
      paths: fc.array(fc.stringMatching(/^[a-z*/{},.]{1,20}$/).filter((g) => braceAlternatives(g) <= 64)),
    }),
    workloads: fc.array(
      fc.record({
        paths: fc.array(fc.constantFrom("services/**", "a/*.py", "**/*.{py,go}"), { minLength: 1 }),
        namespace: label,
        workload: label,
      }),
    ),
  },
  { requiredKeys: ["version"] },
);

describe("the allowlist loader on arbitrary text", () => {
  it(
    "gives an allowlist or one error with the file, a line and a one-line message, and never throws",
    () => {
      fc.assert(
        fc.property(text, (t) => {
          const result = loadAllowlist({ path: "cfg/egress-allowlist.yaml", text: t });
          if ("error" in result) {
            const e = result.error;
            expect(e.file).toBe("cfg/egress-allowlist.yaml");
            expect(e.line >= 1 && e.line <= lineCount(t) + 1, `line ${e.line}`).toBe(true);
            // One line without control characters: the CLI prints it to a terminal or a workflow log.
            expect(e.message).toMatch(/^[^\u0000-\u001f\u007f]+$/);
            expect(e.field).toMatch(/^[^\u0000-\u001f\u007f]*$/);
          } else expect(result.allowlist.version).toBe(1);
        }),
        budget(),
      );
    },
    timeout(),
  );

  it(
    "loads every well-formed allowlist, with its hosts in lower case",
    () => {
      fc.assert(
        fc.property(allowlist, (value) => {
          const result = loadAllowlist({ path: "a.yaml", text: stringify(value) });
          expect("error" in result ? result.error : undefined).toBeUndefined();
          if ("allowlist" in result)
            expect(result.allowlist.hosts.map((h) => h.host)).toEqual(
              (value.hosts ?? []).map((h) => h.host.toLowerCase()),
            );
        }),
        budget(0.5),
      );
    },
    timeout(0.5),
  );
});
