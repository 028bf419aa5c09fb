// The action adapter: inputs -> Settings -> engine -> outputs, report file, job summary, gate.
import * as core from "@actions/core";
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runCheck } from "./engine.js";
import { renderJson } from "./report/json.js";
import { renderText } from "./report/text.js";
import { parseSettings, SettingsError, type Settings } from "./settings.js";

export function settingsFromInputs(): Settings {
  const workingDirectory = core.getInput("working-directory") || ".";
  return parseSettings({
    root: workingDirectory,
    allowlist: core.getInput("allowlist"),
    manifests: core.getInput("manifests"),
    sources: core.getInput("sources"),
    exclude: core.getInput("exclude"),
    proxies: core.getInput("proxies"),
    istioVersion: core.getInput("istio-version"),
    meshConfig: core.getInput("mesh-config") ? path.join(workingDirectory, core.getInput("mesh-config")) : undefined,
    failOn: core.getInput("fail-on"),
    format: "json",
  });
}

export async function run(): Promise<void> {
  try {
    const token = core.getInput("github-token");
    if (token) core.setSecret(token);
    const settings = settingsFromInputs();
    const result = await runCheck(settings);
    const report = result.report;
    const reportFile = path.join(process.env.RUNNER_TEMP || os.tmpdir(), "egress-lint-report.json");
    await writeFile(reportFile, renderJson(report));
    const unregistered = [...new Set(report.hosts.filter((h) => !h.registered).map((h) => h.host))].sort();
    core.setOutput("errors", report.summary.errors);
    core.setOutput("warnings", report.summary.warnings);
    core.setOutput("unregistered-hosts", JSON.stringify(unregistered));
    core.setOutput("routes-changed", String(Boolean(report.routeDiff?.length || report.clusterDiff?.length)));
    core.setOutput("report-file", reportFile);
    for (const f of report.findings) {
      const props = { file: path.posix.join(settings.root === "." ? "" : settings.root, f.file), startLine: f.line, startColumn: f.column, title: `${f.code} ${f.rule}` };
      if (f.severity === "error") core.error(f.message, props);
      else if (f.severity === "warning") core.warning(f.message, props);
      else core.notice(f.message, props);
    }
    await core.summary.addRaw(`## egress-lint\n\n\`\`\`\n${renderText(report)}\`\`\`\n`).write();
    if (result.exitCode !== 0) core.setFailed(`egress-lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings at fail-on ${settings.failOn}`);
  } catch (err) {
    if (err instanceof SettingsError) core.setFailed(`egress-lint: ${err.message}`);
    else core.setFailed(`egress-lint: internal error: ${(err as Error).message}. Please report it with the workflow run's log.`);
  }
}
