// The fix a finding states and the ServiceEntry the suggestions give never disagree: the finding names that entry.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../../src/engine.js";
import { parseSettings } from "../../src/settings.js";

describe("findings name the suggested ServiceEntry", () => {
  it("names, for every unregistered call, the entry the suggestions write, with its namespace", async () => {
    const root = path.resolve("__tests__/fixtures/precision");
    const { report } = await runCheck(parseSettings({ root, failOn: "never", render: "none" }));
    const entries = (report.suggestions ?? []).flatMap((s) => (s.kind === "ServiceEntry" ? [s] : []));
    const calls = report.findings.filter((f) => f.rule === "unregistered-host");
    expect(calls.length).toBeGreaterThan(3);
    for (const f of calls) {
      const target = f.port === undefined ? f.host! : `${f.host}:${f.port}`;
      const entry = entries.find((s) => s.targets.includes(target));
      expect(entry, target).toBeDefined();
      expect(f.message).toContain(`Add ServiceEntry ${entry!.namespace}/${entry!.name}, given in full`);
      expect(f.message).not.toContain("{apiVersion");
    }
  });
});
