// Regenerates the README's inputs/outputs tables from action.yml, between the marker comments.
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "yaml";

const action = parse(readFileSync("action.yml", "utf8"));
const cell = (s) => String(s ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ").trim();
const inputs = Object.entries(action.inputs).map(([k, v]) => `| \`${k}\` | ${cell(v.description)} | ${v.default === "" || v.default === undefined ? "" : `\`${cell(v.default)}\``} |`);
const outputs = Object.entries(action.outputs).map(([k, v]) => `| \`${k}\` | ${cell(v.description)} |`);
const table = [
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

export function withTable(readme) {
  return readme.replace(/(<!-- action-docs:start -->)[\s\S]*?(<!-- action-docs:end -->)/, `$1\n${table}\n$2`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const readme = readFileSync("README.md", "utf8");
  const updated = withTable(readme);
  if (process.argv.includes("--check")) {
    if (updated !== readme) {
      console.error("README.md's action tables are stale: run npm run docs:inputs");
      process.exit(1);
    }
  } else writeFileSync("README.md", updated);
}
