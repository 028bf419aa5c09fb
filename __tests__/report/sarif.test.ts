import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rules/catalog.js";
import { DEFAULT_DOCS_URL } from "../../src/report/links.js";
import { renderSarif } from "../../src/report/sarif.js";
import { expectGolden } from "../helpers/golden.js";
import { finding, seedReport, withFindings } from "./report-factory.js";

interface SarifLog {
  version: string;
  $schema: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        rules: { id: string; name: string; helpUri: string; defaultConfiguration: { level: string } }[];
      };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn?: number } };
      }[];
    }[];
  }[];
}

const links = { pathPrefix: "", docsUrl: DEFAULT_DOCS_URL };

describe("SARIF", () => {
  it("renders the seed pull request as the golden file says", async () => {
    expectGolden("__tests__/fixtures/report/seed.sarif.json", renderSarif(await seedReport(), links));
  });

  it("describes every catalog rule and points each result at its rule and place", async () => {
    const log = JSON.parse(renderSarif(await seedReport(), links)) as SarifLog;
    expect(log.version).toBe("2.1.0");
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.code));
    expect(run.tool.driver.rules.find((r) => r.id === "EGR020")).toMatchObject({
      name: "unregistered-host",
      helpUri: `${DEFAULT_DOCS_URL}/docs/rules/unregistered-host.md`,
      defaultConfiguration: { level: "error" },
    });
    const result = run.results.find((r) => r.ruleId === "EGR020")!;
    expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe("EGR020");
    expect(result.level).toBe("error");
    expect(result.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: "services/curl/client.py", uriBaseId: "%SRCROOT%" },
      region: { startLine: 11, startColumn: 42 },
    });
  });

  it("names files from the repository root, maps info to note, and never gives a line below 1", () => {
    const log = JSON.parse(
      renderSarif(withFindings([finding({ severity: "info", file: "Chart.yaml", line: 0 })]), {
        ...links,
        pathPrefix: "deploy/prod",
      }),
    ) as SarifLog;
    const result = log.runs[0]!.results[0]!;
    expect(result.level).toBe("note");
    expect(result.locations[0]!.physicalLocation).toMatchObject({
      artifactLocation: { uri: "deploy/prod/Chart.yaml" },
      region: { startLine: 1 },
    });
  });
});
