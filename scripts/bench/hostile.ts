// Times the pipeline on hostile input, in one process: bundled and run by scripts/bench-hostile.mjs. The tests only
// check that these finish; the speed targets live here.
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { hostileBuildInput } from "../../__tests__/hostile/build-files.js";
import { buildHostileRepo } from "../../__tests__/hostile/build-repo.js";
import { crowdedNamespace } from "../../__tests__/routes/inline.js";
import { loadAllowlist } from "../../src/allowlist/load.js";
import { runCheck } from "../../src/engine.js";
import { parseYamlFile } from "../../src/manifests/parse-yaml.js";
import { meshSourcesFromTerraform } from "../../src/model/terraform-releases.js";
import { buildProvenance } from "../../src/provenance/index.js";
import { executedSnippets } from "../../src/provenance/markdown-code.js";
import { renderComment } from "../../src/report/markdown.js";
import { buildRouteTable, proxyViews } from "../../src/routes/index.js";
import { readRepositoryFile } from "../../src/scan/collect.js";
import { scanSource } from "../../src/scan/index.js";
import { parseSettings } from "../../src/settings.js";

const MB = 1 << 20;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length));
const PATHS = [
  "a.ts",
  "a.py",
  "a.go",
  "A.java",
  "a.rb",
  "a.sh",
  "a.cs",
  "a.yaml",
  "a.json",
  ".env",
  "a.properties",
  "a.ini",
  "a.toml",
];
/** One 1 MB line each, built to make a backtracking or re-scanning scanner stall. */
const LINES: Record<string, string> = {
  separators: fill("://"),
  "schemes without hosts": `"${fill("http://")}"`,
  "a million labels": `"https://${fill("a.")}`,
  "a million @": `"http://${fill("@")}"`,
  "a million commas": `"mongodb://${fill("a,")}"`,
  quotes: fill('"'),
  backslashes: fill("\\"),
  "template openers": fill("`${"),
  "comment openers": fill("/*"),
  "heredoc openers": fill("<<~EOF <<EOF "),
  keys: fill("host: "),
  "spaces then text": `${" ".repeat(MB)}x`,
};

interface Row {
  what: string;
  ms: number;
  budget: number;
}

const rows: Row[] = [];
function timed<T>(what: string, budget: number, fn: () => T): T {
  const start = performance.now();
  const value = fn();
  rows.push({ what, ms: Math.round(performance.now() - start), budget });
  return value;
}

async function main(cli: string): Promise<void> {
  const repo = timed("build the hostile repository", 30_000, () => buildHostileRepo());
  try {
    let start = performance.now();
    const result = await runCheck(parseSettings({ root: repo.root }));
    rows.push({
      what: `check the hostile repository (${result.report.findings.length} findings)`,
      ms: Math.round(performance.now() - start),
      budget: 10_000,
    });
    timed("render its comment", 1000, () => renderComment(result.report, { pathPrefix: "", docsUrl: "https://x" }));
    start = performance.now();
    try {
      execFileSync(process.execPath, [cli, "check", repo.root, "--format", "json"], { stdio: "ignore" });
    } catch {
      // exit 1: findings, as expected
    }
    rows.push({
      what: "the bundled CLI on it, whole process",
      ms: Math.round(performance.now() - start),
      budget: 15_000,
    });
  } finally {
    repo.remove();
  }
  // SDK clients: an import, then about 1 MB of constructors that never close or that repeat their options.
  const SDK_FILES: [string, string][] = [
    ["a.py", `from openai import OpenAI\n${"OpenAI(".repeat(150_000)}\n`],
    ["a.py", `import boto3\n${"boto3.client('s3', region_name=".repeat(30_000)}\n`],
    ["a.ts", `import OpenAI from "openai";\n${"new OpenAI({baseURL: ".repeat(40_000)}\n`],
    ["a.go", `import "github.com/google/go-github/v60/github"\n${"github.NewClient(".repeat(60_000)}\n`],
  ];
  timed(`scan 1 MB of unclosed SDK client constructors, ${SDK_FILES.length} languages`, 2_000, () => {
    for (const [path, text] of SDK_FILES) scanSource({ path, text });
  });
  // Read as the scan threads read a file: its references, and the imports and environment names its text holds.
  for (const [name, line] of Object.entries(LINES)) {
    const text = `${line}\nconst u = "https://real.acme.io"\n`;
    timed(`read a 1 MB line of ${name}, ${PATHS.length} languages`, 200 * PATHS.length, () => {
      for (const path of PATHS) readRepositoryFile({ path, text });
    });
  }
  // Each unclosed `(` used to be read to the end of the file: 30 s for 1 MB.
  timed("read 1 MB of parenthesised Python imports never closed", 1000, () =>
    readRepositoryFile({ path: "a.py", text: fill("from a import (\n") }),
  );
  // One literal of URLs back to back, alone and in a record with a phone number at its edge: each URL once asked
  // about the whole literal (40 s for 1 MB).
  const urls = "https://a.acme.io/".repeat(MB / 18);
  timed("scan a 1 MB literal of 58,000 URLs, alone and beside a phone number", 4000, () => {
    scanSource({ path: "a.ts", text: `"${urls}"` });
    scanSource({ path: "a.ts", text: `const c = {phone: "+1 555 010 9999", site: "${urls}"}` });
  });
  const deep = { "- ": "block sequences", "? ": "explicit keys", "[": "flow sequences", "{a: ": "flow maps" };
  for (const [unit, name] of Object.entries(deep))
    timed(`parse 200,000 nested ${name}`, 1000, () => parseYamlFile(unit.repeat(200_000)));
  timed("parse 5 MB of small YAML nodes (over the node budget)", 5000, () => parseYamlFile("- x\n".repeat(1_300_000)));
  // Each quoted scalar cut short at its under-indented lines makes the library report a cascade of errors; the text is
  // indented once and read again, not once per scalar.
  timed("parse 0.9 MB of 40,000 quoted scalars indented less than their block", 12_000, () =>
    parseYamlFile(`data:\n${Array.from({ length: 40_000 }, (_, i) => `  k${i}: '{\n"a": 1\n}'\n`).join("")}`),
  );
  timed("parse 1 MB of a real-looking manifest list", 20_000, () =>
    parseYamlFile("- name: app\n  image: registry.example/app:1\n  ports: [{containerPort: 8080}]\n".repeat(14_000)),
  );
  // Code spans read from every opening backtick, and Terraform blocks each read to their end, were quadratic.
  timed("read a tutorial step's line of 100,000 unclosed code spans and markers", 2000, () => {
    executedSnippets(`${"`a".repeat(100_000)}{{exec}} \`kubectl apply -f app.yaml\`{{execute}}`);
    executedSnippets(`${"`a".repeat(100_000)}{{exec}}`);
  });
  const release = '{ chart = "istiod"\n  set = [{ name = "meshConfig.accessLogFile", value = "x" }]\n';
  const applied = 'manifest = { kind = "IstioOperator", spec = { meshConfig = { a = {\n';
  timed("read a Terraform file of 5,000 nested istiod releases and 5,000 applied objects", 5000, () =>
    meshSourcesFromTerraform(
      [{ path: "gen.tf", text: `resource "helm_release" "a" ${release.repeat(5_000)}\n${applied.repeat(5_000)}"x` }],
      { textOf: () => undefined },
    ),
  );
  const buildInput = hostileBuildInput();
  timed("place code by build files of long lines, deep nesting and unterminated constructs", 5000, () =>
    buildProvenance(buildInput),
  );
  const mesh = crowdedNamespace(200);
  timed("one proxy's route table in a namespace of 200 services with three ports each", 1000, () =>
    buildRouteTable(mesh, mesh.workloads[0]!, { istioVersion: "1.25" }),
  );
  timed("every proxy's view of that namespace", 15_000, () => proxyViews(mesh, { istioVersion: "1.25" }));
  timed("load an allowlist with a brace bomb", 1000, () =>
    loadAllowlist({ path: "a.yaml", text: `version: 1\nignore:\n  paths: ["${"{a,b}".repeat(40)}"]\n` }),
  );
  timed("load an allowlist with a 1 MB host", 1000, () =>
    loadAllowlist({ path: "a.yaml", text: `version: 1\nhosts:\n  - host: ${"a".repeat(MB)}!\n` }),
  );
  process.stdout.write(`${JSON.stringify(rows)}\n`);
}

await main(process.argv[2]!);
