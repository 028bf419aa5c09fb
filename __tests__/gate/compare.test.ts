import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/findings.js";
import { compareWithBase } from "../../src/gate/compare.js";
import { identityKey, identityOf } from "../../src/gate/identity.js";
import { judgeFindings } from "../../src/gate/judge.js";

function f(over: Partial<Finding> = {}): Finding {
  return {
    rule: "unregistered-host",
    code: "EGR020",
    severity: "error",
    message: "m",
    file: "src/app.py",
    line: 3,
    host: "api.example.com",
    port: 443,
    namespace: "shop",
    workload: "orders",
    ...over,
  };
}

const statuses = (fs: Finding[]) => fs.map((x) => [x.host, x.line, x.status]);

describe("a finding's identity", () => {
  it("leaves out the line, the column and the message", () => {
    expect(identityKey(identityOf(f({ line: 3, column: 9, message: "a" })))).toBe(
      identityKey(identityOf(f({ line: 40, column: 1, message: "b" }))),
    );
    for (const change of [
      { host: "other.example.com" },
      { port: 80 },
      { namespace: "pay" },
      { workload: "web" },
      { file: "src/b.py" },
      { rule: "not-exported" },
    ]) {
      expect(identityKey(identityOf(f(change)))).not.toBe(identityKey(identityOf(f())));
    }
  });

  it("keeps two resources of one file apart by the resource a hostless finding names, never by its wording", () => {
    const a = f({
      rule: "invalid-resource",
      host: undefined,
      port: undefined,
      workload: undefined,
      resource: "ServiceEntry shop/a",
      message: "x",
    });
    const b = { ...a, resource: "ServiceEntry shop/b" };
    expect(identityKey(identityOf(a))).not.toBe(identityKey(identityOf(b)));
    expect(identityKey(identityOf({ ...a, message: "reworded" }))).toBe(identityKey(identityOf(a)));
  });

  it("follows a renamed file from its base path to its head path", () => {
    const renames = new Map([["src/old.py", "src/new.py"]]);
    expect(identityOf(f({ file: "src/old.py" }), renames).file).toBe("src/new.py");
    expect(identityOf(f({ file: "src/other.py" }), renames).file).toBe("src/other.py");
  });
});

describe("comparing the head with the base", () => {
  it("marks what the base had as existing, the rest as new, and the base's leftovers as fixed", () => {
    const base = [f({ host: "old.example.com", line: 10 }), f({ host: "gone.example.com", line: 12 })];
    const head = [f({ host: "old.example.com", line: 22 }), f({ host: "new.example.com", line: 23 })];
    const result = compareWithBase(head, base);
    expect(statuses(result.findings)).toEqual([
      ["old.example.com", 22, "existing"],
      ["new.example.com", 23, "new"],
    ]);
    expect(result.fixed.map((x) => x.host)).toEqual(["gone.example.com"]);
  });

  it("counts repeated identities: one more call of an old host in the same file is one new finding", () => {
    const base = [f({ line: 5 })];
    const head = [f({ line: 5 }), f({ line: 9 })];
    expect(statuses(compareWithBase(head, base).findings)).toEqual([
      ["api.example.com", 5, "existing"],
      ["api.example.com", 9, "new"],
    ]);
    expect(compareWithBase([f({ line: 5 })], [f({ line: 5 }), f({ line: 9 })]).fixed).toHaveLength(1);
  });

  it("keeps a finding in a renamed file existing", () => {
    const result = compareWithBase(
      [f({ file: "lib/client.py", line: 30 })],
      [f({ file: "src/app.py", line: 3 })],
      new Map([["src/app.py", "lib/client.py"]]),
    );
    expect(statuses(result.findings)).toEqual([["api.example.com", 30, "existing"]]);
    expect(result.fixed).toEqual([]);
  });

  it("never lists a finding as fixed while it reports its subject as new: a call moved to another file stays existing", () => {
    const result = compareWithBase(
      [f({ file: "lib/payments.py", line: 4 }), f({ host: "new.example.com", file: "lib/payments.py", line: 9 })],
      [f({ file: "src/app.py", line: 3 }), f({ host: "gone.example.com", file: "src/app.py", line: 8 })],
    );
    expect(statuses(result.findings)).toEqual([
      ["api.example.com", 4, "existing"],
      ["new.example.com", 9, "new"],
    ]);
    expect(result.fixed.map((x) => x.host)).toEqual(["gone.example.com"]);
    // A second call in a new file, the first one kept: the new one is new and nothing is fixed.
    const added = compareWithBase(
      [f({ file: "src/app.py", line: 3 }), f({ file: "lib/payments.py", line: 4 })],
      [f({ file: "src/app.py", line: 3 })],
    );
    expect(statuses(added.findings).map((x) => x[2])).toEqual(["existing", "new"]);
    expect(added.fixed).toEqual([]);
  });
});

describe("the gate", () => {
  it("with a base counts only new findings by default, and every one with gate all", () => {
    const base = [f({ host: "old.example.com" })];
    const head = [f({ host: "old.example.com" }), f({ host: "new.example.com" })];
    expect(judgeFindings(head, { base }).gating.map((x) => x.host)).toEqual(["new.example.com"]);
    expect(judgeFindings(head, { base, gate: "all" }).gating.map((x) => x.host)).toEqual([
      "old.example.com",
      "new.example.com",
    ]);
  });

  it("without a base counts every finding, whatever the mode", () => {
    const head = [f(), f({ host: "b.example.com" })];
    expect(judgeFindings(head, {}).mode).toBe("all");
    expect(judgeFindings(head, { gate: "new" }).gating).toHaveLength(2);
  });

  it("never counts what the baseline accepts", () => {
    const baseline = { file: "egress-baseline.yaml", entries: [{ ...identityOf(f()), count: 1, line: 4 }] };
    const judged = judgeFindings([f(), f({ host: "b.example.com" })], { baseline, gate: "all" });
    expect(statuses(judged.findings)).toEqual([
      ["api.example.com", 3, "accepted"],
      ["b.example.com", 3, undefined],
    ]);
    expect(judged.gating.map((x) => x.host)).toEqual(["b.example.com"]);
    expect(judged.stale).toEqual([]);
  });
});
