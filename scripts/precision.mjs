// Precision on real repositories: runs the CLI on checkouts of the repositories docs/precision/repos.json names and
// compares its reachability findings at error or warning with the labels in docs/precision/labels/ (one file per
// repository, OWNER__NAME.json, one label a line).
//   node scripts/precision.mjs DIR [--cli dist/cli.js] [--before OLD_CLI] [--json]
// DIR holds one checkout per repository, named OWNER__NAME. A finding matches a label by repository, host and file
// (lines move between versions; where labels of one file disagree, the line and then the workload decide); one that
// matches none is listed as unlabelled, to be read and labelled by hand.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const REACHABILITY = new Set([
  "unregistered-host",
  "port-not-registered",
  "not-exported",
  "hidden-by-sidecar",
  "wildcard-apex",
  "allowlist-unregistered",
]);

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--"));
const cliAt = args.indexOf("--cli");
const cli = cliAt >= 0 ? args[cliAt + 1] : "dist/cli.js";
const beforeAt = args.indexOf("--before");
const beforeCli = beforeAt >= 0 ? args[beforeAt + 1] : undefined;
if (!dir || !existsSync(dir)) {
  console.error("usage: node scripts/precision.mjs DIR [--cli dist/cli.js] [--json]");
  process.exit(2);
}
const repos = JSON.parse(readFileSync("docs/precision/repos.json", "utf8"));
const LABELS = "docs/precision/labels";
const labels = readdirSync(LABELS)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(path.join(LABELS, f), "utf8")));

const rows = [];
const unlabelled = [];
const lost = [];
for (const repo of repos) {
  const checkout = path.join(dir, repo.repo.replace("/", "__"));
  if (!existsSync(checkout)) {
    console.error(`skipped ${repo.repo}: no checkout at ${checkout}`);
    continue;
  }
  const report = checkWith(cli, checkout, repo.repo);
  if (!report) continue;
  const findings = reachability(report);
  const old = beforeCli ? checkWith(beforeCli, checkout, repo.repo) : undefined;
  const oldFindings = old ? reachability(old) : [];
  const mine = labels.filter((l) => l.repo === repo.repo);
  // The label of the same host and file; where labels of one file disagree, the one at the finding's line or for its
  // workload decides.
  const verdictOf = (f) => {
    const same = mine.filter((l) => l.host === f.host && l.file === f.file);
    const at =
      same.find((l) => l.line === f.line && l.workload === `${f.namespace}/${f.workload}`) ??
      same.find((l) => l.line === f.line) ??
      same.find((l) => l.workload === `${f.namespace}/${f.workload}`) ??
      same[0];
    return at?.verdict;
  };
  const counts = { true: 0, false: 0, unlabelled: 0 };
  for (const f of findings) {
    const v = verdictOf(f);
    if (v === undefined) {
      counts.unlabelled++;
      unlabelled.push(
        `${repo.repo} ${f.rule} ${f.host}:${f.port ?? ""} ${f.file}:${f.line} ${f.namespace ?? ""}/${f.workload ?? ""}`,
      );
    } else counts[v]++;
  }
  const before = oldFindings.length;
  const trueOld = oldFindings.filter((f) => verdictOf(f) === "true");
  for (const t of trueOld) {
    if (!findings.some((f) => f.host === t.host && f.file === t.file))
      lost.push(`${repo.repo} ${t.host} ${t.file}:${t.line}`);
  }
  const trueBefore = trueOld.length;
  rows.push({
    repo: repo.repo,
    commit: repo.commit,
    before,
    trueBefore,
    after: findings.length,
    ...counts,
    mode: report.meshPolicy.mode,
  });
}

// As a runner runs it: GITHUB_REPOSITORY names the repository, which workflows build images after.
function checkWith(bin, checkout, repository) {
  const run = spawnSync("node", [bin, "check", checkout, "--format", "json", "--fail-on", "never"], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, GITHUB_REPOSITORY: repository },
  });
  if (run.status !== 0) {
    console.error(`${checkout}: ${bin} exit ${run.status}: ${run.stderr.trim()}`);
    return undefined;
  }
  return JSON.parse(run.stdout);
}

function reachability(report) {
  return report.findings.filter(
    (f) => REACHABILITY.has(f.rule) && (f.severity === "error" || f.severity === "warning"),
  );
}

if (args.includes("--json")) {
  console.log(JSON.stringify({ rows, unlabelled, lost }, null, 2));
} else {
  console.log(
    "| Repository @ commit | Findings before | True before | Findings now | True | False | Unlabelled | Mesh policy read |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const r of rows)
    console.log(
      `| ${r.repo} @ ${r.commit.slice(0, 7)} | ${r.before} | ${r.trueBefore} | ${r.after} | ${r.true} | ${r.false} | ${r.unlabelled} | ${r.mode} |`,
    );
  const sum = (k) => rows.reduce((n, r) => n + r[k], 0);
  const judged = sum("true") + sum("false");
  console.log(
    `| all | ${sum("before")} | ${sum("trueBefore")} | ${sum("after")} | ${sum("true")} | ${sum("false")} | ${sum("unlabelled")} | |`,
  );
  console.log(`\nprecision now: ${judged ? ((100 * sum("true")) / judged).toFixed(1) : "-"} % of labelled findings`);
  if (unlabelled.length) console.log(`\nunlabelled:\n  ${unlabelled.join("\n  ")}`);
  if (beforeCli)
    console.log(
      lost.length
        ? `\ntrue findings of ${beforeCli} no longer reported:\n  ${lost.join("\n  ")}`
        : `\nevery true finding of ${beforeCli} is still reported`,
    );
}
