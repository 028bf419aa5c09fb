// Which shipped JavaScript and TypeScript modules nothing a package starts from loads: decided only where the import
// graph can be told; everywhere else every module counts as run.
import { expectUnique, expectValidTable } from "../helpers/knowledge.js";
import { describe, expect, it } from "vitest";
import table from "../../src/knowledge/js-entry-points.json" with { type: "json" };
import schema from "../../src/knowledge/entry-points.schema.json" with { type: "json" };
import pythonTable from "../../src/knowledge/python-entry-points.json" with { type: "json" };
import { commandTargets, scriptTargets } from "../../src/provenance/node-packages.js";
import { modulesNotRun } from "../../src/provenance/unimported-modules.js";
import { importsOf } from "../../src/scan/module-imports.js";

/** The module graph of a repository given as files and texts; package.json, tsconfig and Dockerfiles are build files. */
function graph(tree: Record<string, string>, commands: string[] = []) {
  const files = Object.keys(tree).sort();
  const buildFiles = files
    .filter((f) => /(?:^|\/)(?:package\.json|tsconfig\.json|Dockerfile)$/.test(f))
    .map((path) => ({ path, text: tree[path]! }));
  const imports = files.flatMap((f) => importsOf(f, tree[f]!) ?? []);
  return modulesNotRun({ imports, files, buildFiles, commands });
}

const next = (deps: Record<string, string> = {}) =>
  JSON.stringify({ name: "shop", scripts: { start: "next start" }, dependencies: { next: "15.0.0", ...deps } });
const fetchOf = (host: string) => `export const go = () => fetch("https://${host}/v1");\n`;

describe("the entry points knowledge table", () => {
  it("validates against its schema, and names each package once", () => {
    expectValidTable(schema, table);
    expectUnique([...table.frameworks, ...table.loadsByConvention].map((f) => f.package));
    expectValidTable(schema, pythonTable);
    expectUnique(pythonTable.loadsByConvention.map((f) => f.package));
  });
});

describe("modules nothing a package starts from imports", () => {
  it("start from an Express app's bin/www, a script with no extension that Node runs by its #! line", () => {
    const tree = {
      "api/package.json": JSON.stringify({ name: "api", scripts: { container: "NODE_ENV=container node ./bin/www" } }),
      "api/bin/www": "#!/usr/bin/env node\nvar app = require('../app');\nrequire('http').createServer(app);\n",
      "api/routes/index.js": "module.exports = require('../resources/cities');\n",
      "api/resources/cities.js": "module.exports = [];\n",
      "api/resources/airports.js": 'module.exports = [{ url: "http://www.airport.example.io" }];\n',
      "api/app.js": "var routes = require('./routes');\n",
    };
    const g = graph(tree);
    expect(g.unknown).toEqual(new Map());
    expect([...g.notRun.keys()]).toEqual(["api/resources/airports.js"]);
    // A bin file Node does not run (a shell script) is not read as a module.
    expect(importsOf("api/bin/setup", "#!/bin/sh\nnode ./bin/www\n")).toBeUndefined();
  });

  it("are the ones no Next.js route, page or top-level file reaches, through relative and aliased imports", () => {
    const g = graph({
      "web/package.json": next(),
      "web/tsconfig.json": '{\n  // written by Next.js\n  "compilerOptions": { "paths": { "@/*": ["./*"] }, },\n}',
      "web/middleware.ts": 'import "./lib/auth";\n',
      "web/app/api/pay/route.ts": 'import { go } from "@/lib/payments";\nexport const GET = go;\n',
      "web/lib/auth.ts": 'export * from "./session.js";\n',
      "web/lib/session.ts": fetchOf("auth.vendor.io"),
      "web/lib/payments/index.ts": fetchOf("pay.vendor.io"),
      "web/lib/sms.ts": fetchOf("sms.vendor.io"),
      "web/lib/unused-helper.ts": 'import { go } from "./sms";\n',
    });
    expect([...g.notRun.keys()]).toEqual(["web/lib/sms.ts", "web/lib/unused-helper.ts"]);
    expect(g.notRun.get("web/lib/sms.ts")).toEqual({
      browser: false,
      why: "nothing package shop starts from imports this module (web/package.json)",
    });
    expect(g.unknown.size).toBe(0);
  });

  it("run in the browser when only client modules import them", () => {
    const g = graph({
      "web/package.json": next(),
      "web/app/page.tsx": 'import { Share } from "../components/Share";\nimport { price } from "../lib/price";\n',
      "web/components/Share.tsx":
        '"use client";\nimport { share } from "../lib/share";\nimport { price } from "../lib/price";\n',
      "web/lib/share.ts": fetchOf("share.vendor.io"),
      "web/lib/price.ts": fetchOf("price.vendor.io"),
    });
    expect(g.notRun.get("web/lib/share.ts")?.browser).toBe(true);
    // The server page imports it too: it runs on the server as well.
    expect(g.notRun.has("web/lib/price.ts")).toBe(false);
    // The client module itself is judged by its directive, not here.
    expect(g.notRun.has("web/components/Share.tsx")).toBe(false);
  });

  it("count as run when a reached module imports a computed name, or one the scan did not read", () => {
    const computed = graph({
      "web/package.json": next(),
      "web/app/page.tsx": "const load = (name) => import(name);\n",
      "web/lib/sms.ts": fetchOf("sms.vendor.io"),
    });
    expect(computed.notRun.size).toBe(0);
    expect(computed.unknown.get("web")).toBe("web/app/page.tsx imports a module whose name is computed");
    // The same call in a module nothing reaches decides nothing.
    const unreached = graph({
      "web/package.json": next(),
      "web/app/page.tsx": "export default () => null;\n",
      "web/lib/plugins.ts": "export const load = (name) => require(name);\n",
    });
    expect([...unreached.notRun.keys()]).toEqual(["web/lib/plugins.ts"]);
    // A module under a template import's fixed folder may be loaded.
    const template = graph({
      "web/package.json": next(),
      "web/app/page.tsx": "export const t = (l) => import(`../locales/${l}.ts`);\n",
      "web/locales/uk.ts": fetchOf("uk.vendor.io"),
      "web/lib/sms.ts": fetchOf("sms.vendor.io"),
    });
    expect([...template.notRun.keys()]).toEqual(["web/lib/sms.ts"]);
  });

  it("count as run in packages whose framework loads files by convention", () => {
    const g = graph({
      "web/package.json": JSON.stringify({ name: "spa", dependencies: { vite: "6.0.0" } }),
      "web/src/main.ts": fetchOf("api.vendor.io"),
    });
    expect(g.notRun.size).toBe(0);
    expect(g.unknown.get("web")).toMatch(/^it depends on vite: /);
  });

  it("start from what package.json names, its compiled output traced to the source, and container commands", () => {
    const api = (pkg: object, extra: Record<string, string> = {}, commands: string[] = []) =>
      graph(
        {
          "api/package.json": JSON.stringify({ name: "api", ...pkg }),
          "api/src/main.ts": 'import "./routes";\n',
          "api/src/routes.ts": fetchOf("routes.vendor.io"),
          "api/src/cron.ts": fetchOf("cron.vendor.io"),
          "api/src/worker.ts": fetchOf("worker.vendor.io"),
          ...extra,
        },
        commands,
      );
    // `node dist/main.js` runs what tsc compiled from src/main.ts.
    expect([...api({ scripts: { start: "node --enable-source-maps dist/main.js" } }).notRun.keys()]).toEqual([
      "api/src/cron.ts",
      "api/src/worker.ts",
    ]);
    // A Dockerfile's command and a manifest's container command are entries too, as container paths.
    const started = api(
      { main: "src/main.ts" },
      { "api/Dockerfile": 'FROM node:20\nCOPY . /app\nCMD ["node", "/app/dist/worker.js"]\n' },
      ["node dist/cron.js"],
    );
    expect(started.notRun.size).toBe(0);
    // An entry the repository does not hold: what it runs cannot be told.
    const missing = api({ scripts: { start: "node build/server.js" } });
    expect(missing.notRun.size).toBe(0);
    expect(missing.unknown.get("api")).toBe(
      "package.json script start runs build/server.js, which the repository does not hold (api/package.json)",
    );
  });

  it("of a workspace package are those neither its package.json entry nor an imported path leads to", () => {
    const sdk = (pkg: object) =>
      graph({
        "package.json": JSON.stringify({ name: "root", private: true, scripts: { "db:seed": "ts-node seed.ts" } }),
        "web/package.json": next(),
        "web/app/page.tsx":
          'import { go } from "@acme/sdk";\nimport { x } from "@acme/sdk/http";\nimport "@acme/sdk/gone";\n',
        "sdk/package.json": JSON.stringify({ name: "@acme/sdk", ...pkg }),
        "sdk/src/index.ts": 'export * from "./client";\n',
        "sdk/src/client.ts": fetchOf("sdk.vendor.io"),
        "sdk/src/transport/http.ts": fetchOf("http.vendor.io"),
        "sdk/src/other.ts": fetchOf("other.vendor.io"),
        "sdk/src/tools/migrate.ts": fetchOf("cli.vendor.io"),
      });
    // main in dist/ is traced to src/; `./http` through the exports map; a bin nothing calls never runs.
    const g = sdk({
      main: "dist/index.js",
      bin: { "acme-migrate": "dist/tools/migrate.js" },
      exports: { ".": "./dist/index.js", "./http": { import: "./dist/transport/http.js", types: "./dist/x.d.ts" } },
    });
    // A developer script that names a missing file (db:seed) leaves the graph known.
    expect(g.unknown.size).toBe(0);
    expect([...g.notRun.keys()]).toEqual(["sdk/src/other.ts", "sdk/src/tools/migrate.ts"]);
    // Called by a script, the bin runs.
    const called = graph({
      "web/package.json": JSON.stringify({ name: "web", scripts: { start: "acme-migrate && node server.js" } }),
      "web/server.js": "",
      "sdk/package.json": JSON.stringify({ name: "@acme/sdk", bin: { "acme-migrate": "src/tools/migrate.ts" } }),
      "sdk/src/tools/migrate.ts": fetchOf("cli.vendor.io"),
    });
    expect(called.notRun.has("sdk/src/tools/migrate.ts")).toBe(false);
  });

  it("leave tests and their runners' configs out of what runs", () => {
    const g = graph({
      "web/package.json": next(),
      "web/jest.config.ts": 'import "./lib/sms";\n',
      "web/app/page.tsx": "export default () => null;\n",
      "web/lib/sms.ts": fetchOf("sms.vendor.io"),
    });
    expect(g.unknown.size).toBe(0);
    expect(g.notRun.has("web/lib/sms.ts")).toBe(false);
  });
});

describe("what a file imports", () => {
  it("is every module name and relative path it writes, a template's fixed start, and a computed name", () => {
    const text = [
      '"use client";',
      'import a from "./a";',
      'export * from "../b.js";',
      'import "@/lib/c";',
      'const d = require("d-lib");',
      'const e = await import("./e");',
      "const f = import(`./locales/${lang}.json`);",
      'new Worker(new URL("./worker.ts", import.meta.url));',
      "function require(id) { return id; }",
      "type T = import('./types').T;",
      "const g = require(`g-lib`);",
    ].join("\n");
    expect(importsOf("web/x.tsx", text)).toEqual({
      file: "web/x.tsx",
      specifiers: ["../b.js", "./a", "./e", "./types", "./worker.ts", "@/lib/c", "d-lib", "g-lib"].sort(),
      prefixes: ["./locales/"],
      client: true,
    });
    expect(importsOf("web/y.js", "module.exports = (name) => require(name);\n")?.computed).toBe(true);
    expect(importsOf("web/z.go", 'import "os"\n')).toBeUndefined();
  });

  it("from a script or a container command is what a Node.js runner is given", () => {
    expect(scriptTargets("cross-env NODE_ENV=production node -r ./tracing.js dist/server.js && echo done")).toEqual({
      paths: ["dist/server.js"],
      preloads: ["./tracing.js"],
    });
    expect(scriptTargets("next start -p 3000")).toEqual({ paths: [], preloads: [] });
    expect(scriptTargets('node -e "require(1)"')).toEqual({ paths: [], preloads: [] });
    expect(commandTargets('sh -c "node /app/server.js"')).toEqual(["/app/server.js"]);
    expect(commandTargets("dist/worker.js --queue jobs")).toEqual(["dist/worker.js"]);
  });
});
