// Builds the committed bundles GitHub and `npx egress-lint` run: dist/index.js (action) and dist/cli.js (CLI), and
// dist/scan-worker.js, the worker thread both start to read and scan source files on large trees.
import { build } from "esbuild";

// Inlined CommonJS dependencies call require(); an ESM bundle has none unless we make one.
const banner = [
  "import { createRequire as __egressLintCreateRequire } from 'node:module';",
  "const require = __egressLintCreateRequire(import.meta.url);",
].join("\n");

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  legalComments: "none",
  logLevel: "warning",
  banner: { js: banner },
};

await build({ ...common, entryPoints: ["src/index.ts"], outfile: "dist/index.js" });
await build({ ...common, entryPoints: ["src/discover/scan-worker.ts"], outfile: "dist/scan-worker.js" });
await build({
  ...common,
  entryPoints: ["src/cli.ts"],
  outfile: "dist/cli.js",
  banner: { js: `#!/usr/bin/env node\n${banner}` },
});
