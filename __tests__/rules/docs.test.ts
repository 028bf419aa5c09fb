// Every rule's page exists, says what the catalog says, and its examples do what the page claims.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAllowlist } from "../../src/allowlist/load.js";
import type { Allowlist } from "../../src/allowlist/types.js";
import { loadManifests } from "../../src/manifests/load.js";
import { buildModel } from "../../src/model/build.js";
import { RULES } from "../../src/rules/catalog.js";
import { runRules } from "../../src/rules/registry.js";
import { parseDocPage, type DocExample } from "./docs-examples.js";
import { INJECTION_SHOWN } from "./helpers.js";

const DOCS = join(import.meta.dirname, "../../docs/rules");
const INJECTION_SHOWN_YAML = Object.values(INJECTION_SHOWN)[0]!;

function findingsFor(rule: string, example: DocExample) {
  // An example is part of a repository that enables injection somewhere, but on the page about one that does not.
  const rest = rule === "injection-not-shown" ? [] : [{ path: "namespaces.yaml", text: INJECTION_SHOWN_YAML }];
  const loaded = loadManifests([{ path: "example.yaml", text: example.yaml }, ...rest], {
    defaultNamespace: "default",
  });
  let allowlist: Allowlist | undefined;
  if (example.allowlist !== undefined) {
    const result = loadAllowlist({ path: "egress-allowlist.yaml", text: example.allowlist });
    if ("error" in result) throw new Error(`allowlist: ${result.error.field} ${result.error.message}`);
    allowlist = result.allowlist;
  }
  const ruleFindings = runRules({ model: buildModel(loaded), references: example.references, allowlist });
  return [...loaded.findings, ...ruleFindings].filter((f) => f.rule === rule);
}

describe("docs/rules", () => {
  it("has a page for every rule and nothing else", () => {
    const pages = readdirSync(DOCS)
      .filter((f) => f.endsWith(".md"))
      .sort();
    expect(pages).toEqual(RULES.map((r) => `${r.name}.md`).sort());
  });

  describe.each(RULES.map((r) => [r.name, r] as const))("%s", (name, meta) => {
    const page = parseDocPage(readFileSync(join(DOCS, `${name}.md`), "utf8"));

    it("has the catalog's title and severity", () => {
      expect(page.title).toBe(`# ${name} (${meta.code})`);
      expect(page.severity).toBe(meta.severity);
      for (const section of ["## What", "## Why", "## How to fix", "## Examples"]) expect(page.text).toContain(section);
    });

    if (meta.source === "rules") {
      it("cites the failure mode it comes from and shows a bad and a good example", () => {
        expect(page.text).toMatch(/failure modes? #?\d+/i);
        expect(page.examples.filter((e) => e.kind === "bad").length).toBeGreaterThan(0);
        expect(page.examples.filter((e) => e.kind === "good").length).toBeGreaterThan(0);
      });
    } else {
      it("shows examples, run or not", () => {
        expect(page.examples.length + page.notRun).toBeGreaterThan(0);
      });
    }

    for (const example of page.examples) {
      it(`the ${example.kind} example at line ${example.line} ${example.kind === "bad" ? "is reported" : "is clean"}`, () => {
        const found = findingsFor(name, example);
        if (example.kind === "bad") expect(found.length).toBeGreaterThan(0);
        else expect(found.map((f) => f.message)).toEqual([]);
      });
    }
  });
});
