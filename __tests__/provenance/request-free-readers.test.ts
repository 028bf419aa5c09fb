// A URL kept under a name of its own is requested only by code that names it. Where every file that names it, and
// every local module those import, can send no request, the value is data: unread, never judged. Any file that may
// send one (a client package, `fetch`, a module not known to be free, a computed import) keeps it a call.
import { describe, expect, it } from "vitest";
import knowledge from "../../src/knowledge/request-free-modules.json" with { type: "json" };
import schema from "../../src/knowledge/request-free-modules.schema.json" with { type: "json" };
import { withRequestFreeReaders } from "../../src/provenance/request-free-readers.js";
import { scanSource } from "../../src/scan/index.js";
import { importsOf } from "../../src/scan/module-imports.js";
import { expectUnique, expectValidTable } from "../helpers/knowledge.js";

/** `[host, unread]` of every reference in the files, as a full scan of them decides. */
function judged(files: Record<string, string>): [string, boolean][] {
  const paths = Object.keys(files).sort();
  const refs = paths.flatMap((path) => scanSource({ path, text: files[path]! }));
  const imports = paths.flatMap((path) => importsOf(path, files[path]!) ?? []);
  return withRequestFreeReaders(refs, imports, paths).map((r) => [r.host, r.unread === true]);
}

const TEMPLATES = 'export const templates = [{ id: "eu", submissionEndpoint: "https://filings.regulator.io/eu" }];\n';

describe("a value only code that sends no request names", () => {
  it("is unread where the file that defines it imports only free modules and local modules that are free", () => {
    expect(
      judged({
        "src/reports/templates.ts": `import { Injectable } from "@nestjs/common";\nimport { Format } from "./format";\n${TEMPLATES}`,
        "src/reports/format.ts": 'import { z } from "zod";\nexport const Format = z.enum(["xml"]);\n',
        "src/reports/service.ts":
          'import { templates } from "./templates";\nexport const targets = () => templates.map((t) => t.submissionEndpoint);\n',
      }),
    ).toEqual([["filings.regulator.io", true]]);
  });

  it("is unread in Python where the dictionary's readers import the standard library and local modules", () => {
    expect(
      judged({
        "app/catalog.py":
          'import logging\nfrom .models import Office\n\nOFFICES = {"north": {"application_url": "https://north.gov.io/apply"}}\n',
        "app/models.py": "from dataclasses import dataclass\n\n@dataclass\nclass Office:\n    name: str\n",
        "app/__init__.py": "",
        "app/views.py": 'from app.catalog import OFFICES\n\ndef link(d):\n    return OFFICES[d]["application_url"]\n',
      }),
    ).toEqual([["north.gov.io", true]]);
  });

  it.each([
    [
      "a reader calls fetch",
      "src/send.ts",
      'import { templates } from "./t";\nfetch(templates[0].submissionEndpoint);\n',
    ],
    [
      "a reader imports a client",
      "src/send.ts",
      'import axios from "axios";\nexport const u = (t) => t.submissionEndpoint;\n',
    ],
    [
      "a reader imports a module that imports a client",
      "src/send.ts",
      'import { post } from "./http";\nexport const u = (t) => post(t.submissionEndpoint);\n',
    ],
    [
      "a reader imports a package no table knows",
      "src/send.ts",
      'import { Server } from "@stellar/stellar-sdk";\nexport const u = (t) => t.submissionEndpoint;\n',
    ],
    [
      "a reader loads a computed name",
      "src/send.ts",
      "const m = require(name);\nexport const u = (t) => t.submissionEndpoint;\n",
    ],
    [
      "a reader imports a local module the repository does not hold",
      "src/send.ts",
      'import { post } from "./gone";\nexport const u = (t) => t.submissionEndpoint;\n',
    ],
  ])("is kept a call when %s", (_name, path, text) => {
    expect(
      judged({
        "src/t.ts": TEMPLATES,
        [path]: text,
        "src/http.ts": 'import got from "got";\nexport const post = got.post;\n',
      }),
    ).toEqual([["filings.regulator.io", false]]);
  });

  it.each([
    ["a name a client takes as an option", 'export const options = { baseUrl: "https://api.vendor.io" };\n'],
    ["a name of one word", 'export const options = { url: "https://api.vendor.io" };\n'],
    ["a literal a request is given", 'fetch("https://api.vendor.io/v1", { submissionEndpoint: true });\n'],
  ])("leaves alone %s", (_name, text) => {
    expect(judged({ "src/options.ts": text })[0]).toEqual(["api.vendor.io", false]);
  });

  it("keeps a Python value whose reader runs a command through os, whose import alone sends nothing", () => {
    expect(
      judged({
        "app/catalog.py": 'OFFICES = {"north": {"report_url": "https://reports.vendor.io/north"}}\n',
        "app/ship.py":
          "import os\nfrom app.catalog import OFFICES\nos.system(f\"curl -s {OFFICES['north']['report_url']}\")\n",
      }),
    ).toEqual([["reports.vendor.io", false]]);
  });

  it("keeps a Python value whose reader imports logging.handlers, which sends records over the network", () => {
    expect(
      judged({
        "app/catalog.py": 'OFFICES = {"north": {"collector_host": "logs.vendor.io"}}\n',
        "app/ship.py":
          'from logging.handlers import HTTPHandler\nfrom app.catalog import OFFICES\nh = HTTPHandler(OFFICES["north"]["collector_host"], "/")\n',
      }),
    ).toEqual([["logs.vendor.io", false]]);
  });

  it("reads the modules that cannot send a request from a reviewed table that validates against its schema", () => {
    expectValidTable(schema, knowledge, true);
    expectUnique(knowledge.modules.map((m) => `${m.language}:${m.module}`));
  });
});
