// Against a base commit, the head's scan of the files a change left alone stands for the base's own: the report
// must be exactly the one a full scan of a full checkout of the base gives, renames and deletions included.
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCheck } from "../../src/engine.js";
import { checkoutBase } from "../../src/github/base-tree.js";
import { parseSettings } from "../../src/settings.js";
import { commitFiles, gitIn, initRepo, removeDir, tempDir } from "../github/git-fixture.js";

const call = (host: string) => `import urllib.request\nurllib.request.urlopen("https://${host}/v1", timeout=5)\n`;
const MESH = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: istio, namespace: istio-system}\ndata:\n  mesh: |\n    outboundTrafficPolicy: {mode: REGISTRY_ONLY}\n";
const SE = (host: string) => `apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: se, namespace: default}\nspec:\n  hosts: [${host}]\n  location: MESH_EXTERNAL\n  resolution: DNS\n  ports: [{number: 443, name: https, protocol: HTTPS}]\n`;

const root = tempDir("egress-lint-reuse-");
afterAll(() => removeDir(root));

describe("reusing the head's scan for the base", () => {
  it("gives the report of a full base scan", async () => {
    const repo = path.join(root, "repo");
    initRepo(repo);
    const body = (host: string, n: number) => `${call(host)}${Array.from({ length: 12 }, (_, i) => `# line ${i} of file ${n}\n`).join("")}`;
    const base = commitFiles(repo, { "mesh.yaml": MESH, "egress.yaml": SE("api.kept.io"), "svc/a.py": body("api.a.io", 1), "svc/b.py": body("api.b.io", 2), "svc/c.py": body("api.c.io", 3), "svc/d.py": body("api.d.io", 4), "svc/bin.py": "\u0000" }, "base");
    gitIn(repo, "mv", "svc/d.py", "svc/e.py");
    commitFiles(repo, { "egress.yaml": SE("api.b2.io"), "svc/b.py": body("api.b2.io", 2), "svc/c.py": null, "svc/f.py": body("api.f.io", 5) }, "head");
    const full = path.join(root, "full");
    gitIn(repo, "worktree", "add", "--quiet", "--detach", full, base);
    const settings = parseSettings({ root: repo, failOn: "never" });

    const partial = await checkoutBase(repo, base, { fetch: false, tempRoot: root });
    try {
      expect(partial.renames).toEqual(new Map([["svc/d.py", "svc/e.py"]]));
      const reference = await runCheck(settings, { dir: full, renames: partial.renames });
      const reused = await runCheck(settings, { dir: full, renames: partial.renames, changed: partial.changed, changedInBase: partial.changedInBase });
      const checkedOutInPart = await runCheck(settings, partial);
      expect(reused.report).toEqual(reference.report);
      expect(checkedOutInPart.report).toEqual(reference.report);
      // The case is not empty: a fixed finding from the deleted file, an existing one from the renamed file, a new one.
      const status = (host: string) => reference.report.findings.find((f) => f.rule === "unregistered-host" && f.host === host)?.status;
      expect([status("api.a.io"), status("api.d.io"), status("api.f.io")]).toEqual(["existing", "existing", "new"]);
      expect(reference.report.fixed?.map((f) => f.host)).toContain("api.c.io");
    } finally {
      await partial.remove();
    }
  });
});
