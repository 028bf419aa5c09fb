import { renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { changesSince, parseNameStatus } from "../../src/github/renames.js";
import { commitFiles, initRepo, removeDir, tempDir } from "./git-fixture.js";

describe("renames git reports", () => {
  it("are read from NUL-separated name-status output, with every file the head has changed", () => {
    const out = [
      "M",
      "a.py",
      "R100",
      "old dir/x.py",
      "new dir/x.py",
      "C075",
      "src.py",
      "copy.py",
      "R087",
      "we\nird.py",
      "plain.py",
      "D",
      "gone.py",
      "A",
      "new.py",
      "",
    ].join("\0");
    const changes = parseNameStatus(out);
    expect([...changes.renames]).toEqual([
      ["old dir/x.py", "new dir/x.py"],
      ["we\nird.py", "plain.py"],
    ]);
    expect([...changes.changed].sort()).toEqual(["a.py", "copy.py", "new dir/x.py", "new.py", "plain.py"]);
    expect([...changes.changedInBase].sort()).toEqual(["a.py", "gone.py", "old dir/x.py", "we\nird.py"]);
    expect(parseNameStatus("").renames.size).toBe(0);
  });

  const repo = tempDir("egress-lint-renames-");
  afterAll(() => removeDir(repo));

  it("come from the base commit to the working tree, relative to the linted directory", async () => {
    initRepo(repo);
    const body = Array.from({ length: 20 }, (_, i) => `line ${i}\n`).join("");
    const base = commitFiles(repo, { "gitops/services/a.py": body, "outside.py": body }, "base");
    renameSync(path.join(repo, "gitops/services/a.py"), path.join(repo, "gitops/services/b.py"));
    commitFiles(repo, { "gitops/services/b.py": `${body}one more\n` }, "rename");
    expect([...((await changesSince(path.join(repo, "gitops"), base))?.renames ?? [])]).toEqual([
      ["services/a.py", "services/b.py"],
    ]);
    writeFileSync(path.join(repo, "gitops/services/untracked.py"), "x = 1\n");
    const changes = await changesSince(path.join(repo, "gitops"), base);
    expect([...(changes?.changed ?? [])].sort()).toEqual(["services/b.py", "services/untracked.py"]);
    expect(await changesSince(path.join(repo, "gitops"), "no-such-commit")).toBeUndefined();
  });
});
