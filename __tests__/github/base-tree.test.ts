import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkoutBase, repositoryPrefix } from "../../src/github/base-tree.js";
import { GitError } from "../../src/github/git.js";
import { commitFiles, gitIn, initRepo, removeDir, tempDir } from "./git-fixture.js";

let root: string;
let origin: string;
let base: string;
let head: string;

beforeAll(() => {
  root = tempDir("egress-lint-base-tree-");
  origin = path.join(root, "origin");
  initRepo(origin);
  base = commitFiles(
    origin,
    {
      "deploy/se.yaml": "base se\n",
      "deploy/same.yaml": "same\n",
      "deploy/sub/a.txt": "a\n",
      "README.md": "r\n",
      "deploy/app/main.py": "kept\n",
      "deploy/app/old.py": "old\n",
      "deploy/chart/Chart.yaml": "name: c\n",
      "deploy/chart/files/hook.py": "h\n",
    },
    "base",
  );
  head = commitFiles(
    origin,
    {
      "deploy/se.yaml": "head se\n",
      "deploy/new.yaml": "new\n",
      "fresh/x.yaml": "x\n",
      "deploy/app/old.py": "changed\n",
    },
    "head",
  );
});
afterAll(() => removeDir(root));

/** Everything that says what state a checkout is in: HEAD, the index, the work tree, the worktree list. */
function checkoutState(dir: string): string {
  return [
    gitIn(dir, "rev-parse", "HEAD"),
    gitIn(dir, "status", "--porcelain", "--untracked-files=all"),
    gitIn(dir, "ls-files", "--stage"),
    gitIn(dir, "worktree", "list", "--porcelain"),
  ].join("\n");
}

describe("checkoutBase", () => {
  it("puts the base commit's files of the linted directory in a temporary directory, and leaves the checkout alone", async () => {
    const before = checkoutState(origin);
    const tree = await checkoutBase(path.join(origin, "deploy"), base, {
      fetch: false,
      tempRoot: root,
      keep: ["./sub/a.txt"],
    });
    await tree.ready;
    try {
      expect(tree.sha).toBe(base);
      expect(readFileSync(path.join(tree.dir, "se.yaml"), "utf8")).toBe("base se\n");
      // A file to keep is written whatever the change did to it.
      expect(readFileSync(path.join(tree.dir, "sub/a.txt"), "utf8")).toBe("a\n");
      expect(existsSync(path.join(tree.dir, "new.yaml"))).toBe(false);
      expect(existsSync(path.join(tree.dir, "README.md"))).toBe(false);
      // Files the change left alone, manifests and program code alike, are the head's as they are, and are not
      // written; a chart's files always are.
      expect(existsSync(path.join(tree.dir, "same.yaml"))).toBe(false);
      expect(existsSync(path.join(tree.dir, "app/main.py"))).toBe(false);
      expect(readFileSync(path.join(tree.dir, "app/old.py"), "utf8")).toBe("old\n");
      expect(readFileSync(path.join(tree.dir, "chart/files/hook.py"), "utf8")).toBe("h\n");
      expect([...(tree.changedInBase ?? [])].sort()).toEqual(["app/old.py", "se.yaml"]);
      expect(checkoutState(origin)).toBe(before);
    } finally {
      await tree.remove();
    }
    expect(existsSync(tree.dir)).toBe(false);
    expect(readdirSync(root).filter((f) => f.startsWith("egress-lint-base-"))).toEqual([]);
  });

  it("gives an empty base for a directory the change creates", async () => {
    const tree = await checkoutBase(path.join(origin, "fresh"), base, { fetch: false, tempRoot: root });
    await tree.ready;
    expect(readdirSync(tree.dir)).toEqual([]);
    await tree.remove();
  });

  it("fetches the base into a shallow clone that lacks it, and keeps the clone shallow", async () => {
    const clone = path.join(root, "shallow");
    gitIn(root, "clone", "--quiet", "--depth=1", "--no-local", `file://${origin}`, clone);
    expect(() => gitIn(clone, "cat-file", "-e", `${base}^{commit}`)).toThrow();
    const tree = await checkoutBase(clone, base, { fetch: true, tempRoot: root });
    await tree.ready;
    expect(readFileSync(path.join(tree.dir, "deploy/se.yaml"), "utf8")).toBe("base se\n");
    expect(gitIn(clone, "rev-parse", "--is-shallow-repository")).toBe("true");
    expect(gitIn(clone, "rev-parse", "HEAD")).toBe(head);
    await tree.remove();
  });

  it("says so when the base is not there and may not be fetched", async () => {
    const clone = path.join(root, "shallow-nofetch");
    gitIn(root, "clone", "--quiet", "--depth=1", "--no-local", `file://${origin}`, clone);
    await expect(checkoutBase(clone, base, { fetch: false, tempRoot: root })).rejects.toThrow(/not in this clone/);
  });

  it("refuses a ref git could read as an option", async () => {
    await expect(
      checkoutBase(origin, "--upload-pack=touch /tmp/x", { fetch: true, tempRoot: root }),
    ).rejects.toBeInstanceOf(GitError);
  });

  it("knows where a directory is inside its repository", async () => {
    expect(await repositoryPrefix(path.join(origin, "deploy/sub"))).toBe("deploy/sub");
    expect(await repositoryPrefix(origin)).toBe("");
  });
});
