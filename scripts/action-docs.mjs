// Regenerates the README's generated tables between their marker comments: the action's inputs and outputs (from
// action.yml) and the rules (from the rule catalog). `--check` fails instead of writing when they are stale.
import { readFileSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import { parse } from "yaml";

const cell = (s) =>
  String(s ?? "")
    .replace(/\|/g, "\\|")
    .replace(/\n/g, " ")
    .trim();

function actionTable() {
  const action = parse(readFileSync("action.yml", "utf8"));
  const inputs = Object.entries(action.inputs).map(
    ([k, v]) =>
      `| \`${k}\` | ${cell(v.description)} | ${v.default === "" || v.default === undefined ? "" : `\`${cell(v.default)}\``} |`,
  );
  const outputs = Object.entries(action.outputs).map(([k, v]) => `| \`${k}\` | ${cell(v.description)} |`);
  return [
    "### Inputs",
    "",
    "| Input | Description | Default |",
    "| --- | --- | --- |",
    ...inputs,
    "",
    "### Outputs",
    "",
    "| Output | Description |",
    "| --- | --- |",
    ...outputs,
  ].join("\n");
}

function between(readme, name, body) {
  const pattern = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
  return readme.replace(pattern, (_, start, end) => `${start}\n${body}\n${end}`);
}

export function withTable(readme) {
  return between(readme, "action-docs", actionTable());
}

/** `rules` is the catalog's RULES list. */
export function withRulesTable(readme, rules) {
  const rows = rules.map(
    (r) => `| [\`${r.name}\`](docs/rules/${r.name}.md) | ${r.code} | ${r.severity} | ${cell(r.description)} |`,
  );
  return between(
    readme,
    "rules",
    ["| Rule | Code | Default severity | What it finds |", "| --- | --- | --- | --- |", ...rows].join("\n"),
  );
}

async function loadCatalog() {
  const out = await build({
    entryPoints: ["src/rules/catalog.ts"],
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
  });
  const code = out.outputFiles[0].text;
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)).RULES;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const readme = readFileSync("README.md", "utf8");
  const updated = withRulesTable(withTable(readme), await loadCatalog());
  if (process.argv.includes("--check")) {
    if (updated !== readme) {
      console.error("README.md's generated tables are stale: run npm run docs:inputs");
      process.exit(1);
    }
  } else writeFileSync("README.md", updated);
}
