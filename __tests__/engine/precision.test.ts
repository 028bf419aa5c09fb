// A repository shaped like the real ones egress-lint is run on: beside two real calls, one file for each kind of
// false alarm a scan of every URL in the tree reports. Only the real calls may become findings; every other host
// stays in the report, not judged, with the reason.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../../src/engine.js";
import type { Report } from "../../src/report/types.js";
import { parseSettings } from "../../src/settings.js";
import { renderComment, renderSummary } from "../../src/report/markdown.js";
import { renderText } from "../../src/report/text.js";
import { renderExplain } from "../../src/report/explain.js";
import { PLAIN_LINKS } from "../../src/report/render.js";
import { expectGolden } from "../helpers/golden.js";
import { hasHelm } from "../render/tools.js";

const ROOT = path.resolve("__tests__/fixtures/precision");
const REACHABILITY = new Set(["unregistered-host", "port-not-registered", "not-exported", "hidden-by-sidecar"]);

async function check(unplaced?: string, render?: string): Promise<Report> {
  const settings = parseSettings({
    root: ROOT,
    failOn: "never",
    ...(unplaced ? { unplaced } : {}),
    ...(render ? { render } : {}),
  });
  return (await runCheck(settings)).report;
}

function findings(report: Report): string[] {
  return report.findings
    .filter((f) => REACHABILITY.has(f.rule))
    .map((f) => `${f.host} ${f.file} ${f.namespace}/${f.workload}`)
    .sort();
}

function notJudged(report: Report, host: string): string[] {
  return (report.notJudged ?? []).filter((r) => r.host === host).map((r) => (r.unplaced ? "unplaced" : r.class));
}

describe("precision on a repository shaped like the real ones", () => {
  it("reports only what a workload with a sidecar runs or carries", async () => {
    const report = await check();
    const billing = hasHelm ? ["api.billing-vendor.io charts/billing/templates/deployment.yaml default/billing"] : [];
    expect(findings(report)).toEqual(
      [
        // The code the orders image ships (compose builds it from services/orders; the Dockerfile copies app.py).
        "api.stripe.com services/orders/app.py shop/orders",
        // The image's own ENV, and the ConfigMap the Deployment reads through envFrom, whose key app.py reads.
        "api.tax-vendor.io services/orders/Dockerfile shop/orders",
        "api.rates-vendor.io deploy/orders.yaml shop/orders",
        // The one key of a shared ConfigMap the container takes, which app.py reads.
        "db.orders-vendor.io deploy/orders.yaml shop/orders",
        // A variable the OpenTelemetry SDK reads by convention.
        "otlp.telemetry-vendor.io deploy/orders.yaml shop/orders",
        // A variable the script a ConfigMap mounts into a stock Python image reads.
        "api.warehouse-vendor.io deploy/reports.yaml shop/reports",
        // Spring Boot binds variables to properties by a naming rule: what it reads cannot be told, so it counts.
        "gateway.payments-vendor.io deploy/ledger.yaml shop/ledger",
        // A Next.js route imports the payments module through the tsconfig alias `@/lib/payments`.
        "api.payments-vendor.io services/storefront/lib/payments.ts shop/storefront",
        // A settings field payments.ts reads.
        "receipts.payments-vendor.io services/storefront/lib/settings.ts shop/storefront",
        // A field defined where no request is sent, and read by a module that sends one.
        "exports.ledger-vendor.io services/storefront/lib/exports.ts shop/storefront",
        // An SDK loaded with import() only when its provider is chosen, and a dependency of the package: installed.
        "api.sendgrid.com services/storefront/lib/notify.ts shop/storefront",
        ...billing,
      ].sort(),
    );
    expect(report.findings.filter((f) => REACHABILITY.has(f.rule)).every((f) => f.severity === "error")).toBe(true);
  });

  it.each([
    ["istio.io", "unplaced"], // an install script no image ships
    ["kubernetes.io", "mention"], // an echo in that script
    ["downloads.agent-vendor.io", "unplaced"], // an Ansible playbook
    ["sandbox.rates-vendor.io", "mention"], // .env.example
    ["pypi.mirror-vendor.io", "build"], // a Dockerfile RUN download
    ["status.stripe-vendor.io", "mention"], // a log message
    ["cdn.browser-vendor.io", "mention"], // a Content-Security-Policy directive
    ["tiles.map-vendor.io", "browser"], // code an nginx image serves to browsers
    ["api.retired-vendor.io", "unplaced"], // a ConfigMap no workload reads
    ["api.ledger-vendor.io", "unplaced"], // a variable no code the image ships reads
    ["api.search-vendor.io", "unplaced"], // a key of a ConfigMap the container takes other keys of
    ["api.archive-vendor.io", "unplaced"], // a variable the ConfigMap script of a stock image never reads
    ["api.sms-vendor.io", "unplaced"], // a module the storefront image ships that nothing it starts from imports
    ["share.social-vendor.io", "browser"], // a module only a "use client" component imports
    ["releases.cli-vendor.io", "unplaced"], // a script the storefront image ships and nothing runs
    ["api.forecast-vendor.io", "unplaced"], // a settings field no other line names
    ["problems.orders-vendor.io", "mention"], // a constant used only as an error body's problem type
    ["north.pickup-vendor.io", "mention"], // an office's page beside its phone number
    ["filings.regulator-vendor.io", "unplaced"], // a field only code that sends no request names
    ["api.twilio.com", "unplaced"], // an SDK loaded with import() that no package.json declares: not installed
    ["host.docker.internal", "special-use"],
    ["your-bucket-here.s3.amazonaws.com", "special-use"],
    ["yourapp.com", "special-use"], // a link in an e-mail template, to a name written for the reader to replace
    ["api.example.com", "special-use"],
  ])("keeps %s out of the findings as %s, with the reason", async (host, cls) => {
    const report = await check();
    expect(findings(report).filter((f) => f.startsWith(`${host} `) && !f.includes("templates/"))).toEqual([]);
    expect(notJudged(report, host)).toContain(cls);
  });

  it("takes a chart's values as evidence only through what the chart renders", async () => {
    const report = await check();
    const fromValues = (report.notJudged ?? []).filter((r) => r.file === "charts/billing/values.yaml");
    if (hasHelm) {
      // Rendered, the value reaches the workload's env (a finding above), and the values file is the render's input.
      expect(fromValues).toEqual([]);
    } else {
      expect(fromValues.map((r) => [r.host, r.unplaced])).toEqual([["api.billing-vendor.io", true]]);
      expect(report.findings.map((f) => f.rule)).toContain("render-fallback");
    }
    const unrendered = await check(undefined, "none");
    expect(notJudged(unrendered, "api.billing-vendor.io")).toEqual(["unplaced"]);
    expect(findings(unrendered).filter((f) => f.startsWith("api.billing-vendor.io "))).toEqual([]);
  });

  it("never reads an editor's dev container settings", async () => {
    const report = await check();
    expect(findings(report).filter((f) => f.startsWith("api.devtool-vendor.io "))).toEqual([]);
    expect(notJudged(report, "api.devtool-vendor.io")).toEqual([]);
  });

  it("says how each workload's code was placed, with the evidence, and which image it could not place", async () => {
    const report = await check();
    const orders = report.workloads.find((w) => w.name === "orders")!;
    expect(orders.code?.map((c) => [c.how, c.dockerfile])).toEqual([
      ["build-definition", "services/orders/Dockerfile"],
    ]);
    expect(orders.code?.[0]?.evidence.map((e) => `${e.file}:${e.line}`)).toEqual(
      expect.arrayContaining(["services/orders/docker-compose.yml:3", "services/orders/Dockerfile:3"]),
    );
    const web = report.workloads.find((w) => w.name === "web")!;
    expect(web.code?.[0]?.servesStaticFiles).toBe(true);
  });

  it("renders the findings and what was not judged, with its reasons, in every format", async () => {
    // Read as written, so that the output does not depend on whether helm is installed.
    const report = await check(undefined, "none");
    const links = PLAIN_LINKS;
    expectGolden("__tests__/fixtures/report/precision.txt", renderText(report));
    expectGolden("__tests__/fixtures/report/precision-comment.md", renderComment(report, links));
    expectGolden("__tests__/fixtures/report/precision-summary.md", renderSummary(report, links));
    expectGolden("__tests__/fixtures/report/precision-explain-stripe.txt", renderExplain(report, "api.stripe.com"));
  });

  it("with unplaced: any-workload, judges code no workload runs as before, for every workload", async () => {
    const report = await check("any-workload");
    expect(findings(report)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^istio\.io scripts\/install\.sh/)]),
    );
    expect(notJudged(report, "istio.io")).toEqual([]);
  });
});
