// Against a base commit, the head's scan of the files a change left alone stands for the base's own: the report
// must be exactly the one a full scan of a full checkout of the base gives, renames and deletions included.
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCheck } from "../../src/engine.js";
import { checkoutBase } from "../../src/github/base-tree.js";
import { parseSettings } from "../../src/settings.js";
import { commitFiles, gitIn, initRepo, removeDir, tempDir } from "../github/git-fixture.js";
import { hasHelm } from "../render/tools.js";

const call = (host: string) => `import urllib.request\nurllib.request.urlopen("https://${host}/v1", timeout=5)\n`;
const MESH =
  "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: istio, namespace: istio-system}\ndata:\n  mesh: |\n    outboundTrafficPolicy: {mode: REGISTRY_ONLY}\n";
const SE = (host: string) =>
  `apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: se, namespace: default}\nspec:\n  hosts: [${host}]\n  location: MESH_EXTERNAL\n  resolution: DNS\n  ports: [{number: 443, name: https, protocol: HTTPS}]\n`;

const DEPLOYMENT =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: svc, namespace: default}\nspec:\n  template:\n    metadata: {labels: {app: svc, sidecar.istio.io/inject: "true"}}\n    spec: {containers: [{name: app, image: app}]}\n';

const root = tempDir("egress-lint-reuse-");
afterAll(() => removeDir(root));

describe("reusing the head's scan for the base", () => {
  it("gives the report of a full base scan", async () => {
    const repo = path.join(root, "repo");
    initRepo(repo);
    const body = (host: string, n: number) =>
      `${call(host)}${Array.from({ length: 12 }, (_, i) => `# line ${i} of file ${n}\n`).join("")}`;
    const base = commitFiles(
      repo,
      {
        "mesh.yaml": MESH,
        "egress.yaml": SE("api.kept.io"),
        // The code in svc/ runs in the workload svc: code no workload runs is never judged.
        "deploy/app.yaml": DEPLOYMENT,
        "svc/a.py": body("api.a.io", 1),
        "svc/b.py": body("api.b.io", 2),
        "svc/c.py": body("api.c.io", 3),
        "svc/d.py": body("api.d.io", 4),
        "svc/bin.py": "\u0000",
      },
      "base",
    );
    gitIn(repo, "mv", "svc/d.py", "svc/e.py");
    commitFiles(
      repo,
      {
        "egress.yaml": SE("api.b2.io"),
        "svc/b.py": body("api.b2.io", 2),
        "svc/c.py": null,
        "svc/f.py": body("api.f.io", 5),
      },
      "head",
    );
    const full = path.join(root, "full");
    gitIn(repo, "worktree", "add", "--quiet", "--detach", full, base);
    const settings = parseSettings({ root: repo, failOn: "never" });

    const partial = await checkoutBase(repo, base, { fetch: false, tempRoot: root });
    try {
      expect(partial.renames).toEqual(new Map([["svc/d.py", "svc/e.py"]]));
      const reference = await runCheck(settings, { dir: full, renames: partial.renames });
      const reused = await runCheck(settings, {
        dir: full,
        renames: partial.renames,
        changed: partial.changed,
        changedInBase: partial.changedInBase,
      });
      const checkedOutInPart = await runCheck(settings, partial);
      expect(reused.report).toEqual(reference.report);
      expect(checkedOutInPart.report).toEqual(reference.report);
      // The case is not empty: a fixed finding from the deleted file, an existing one from the renamed file, a new one.
      const status = (host: string) =>
        reference.report.findings.find((f) => f.rule === "unregistered-host" && f.host === host)?.status;
      expect([status("api.a.io"), status("api.d.io"), status("api.f.io")]).toEqual(["existing", "existing", "new"]);
      expect(reference.report.fixed?.map((f) => f.host)).toContain("api.c.io");
    } finally {
      await partial.remove();
    }
  });

  it("takes the manifests a change left alone from the head, the allowlist from the base, and gives the full base's report", async () => {
    const repo = path.join(root, "manifests");
    initRepo(repo);
    const allowlist = (host: string) =>
      `version: 1\nhosts:\n  - host: ${host}\n    reason: a test\n    owner: platform-team\n`;
    const named = (name: string, host: string) => SE(host).replace("name: se,", `name: ${name},`);
    const base = commitFiles(
      repo,
      {
        "mesh.yaml": MESH,
        "deploy/app.yaml": DEPLOYMENT,
        "deploy/kept.yaml": named("kept", "api.kept.io"),
        "deploy/edited.yaml": named("edited", "api.old.io"),
        "deploy/gone.yaml": named("gone", "api.gone.io"),
        "deploy/bin.yaml": "a\u0000b",
        "egress-allowlist.yaml": allowlist("api.allowed.io"),
        "svc/a.py": `${call("api.kept.io")}${call("api.old.io")}${call("api.gone.io")}${call("api.allowed.io")}${call("api.new.io")}`,
      },
      "base",
    );
    commitFiles(
      repo,
      {
        "deploy/edited.yaml": named("edited", "api.new.io"),
        "deploy/gone.yaml": null,
        "deploy/added.yaml": named("added", "api.added.io"),
        "svc/b.py": call("api.added.io"),
      },
      "head",
    );
    const full = path.join(root, "manifests-full");
    gitIn(repo, "worktree", "add", "--quiet", "--detach", full, base);
    const partial = await checkoutBase(repo, base, { fetch: false, tempRoot: root, keep: ["egress-allowlist.yaml"] });
    try {
      for (const scan of ["all", "changed"] as const) {
        const settings = parseSettings({ root: repo, failOn: "never", scan });
        // With `changed` known, a full checkout reads every file from disk: the head stands in for none of them.
        const reference = await runCheck(settings, {
          dir: full,
          renames: partial.renames,
          ...(scan === "changed" ? { changed: partial.changed, changedInBase: partial.changedInBase } : {}),
        });
        const checkedOutInPart = await runCheck(settings, partial);
        expect(checkedOutInPart.report, scan).toEqual(reference.report);
      }
      const { report } = await runCheck(parseSettings({ root: repo, failOn: "never" }), partial);
      // Not an empty case: the edit and the deletion change the tables, the base's allowlist judged the base.
      expect(report.clusterDiff?.length ?? 0).toBeGreaterThan(0);
      const status = (rule: string, host: string) =>
        report.findings.find((f) => f.host === host && f.rule === rule)?.status;
      expect([status("unregistered-host", "api.old.io"), status("unregistered-host", "api.gone.io")]).toEqual([
        "new",
        "new",
      ]);
      // Only an allowlist in the base makes the base's unapproved call an existing finding.
      expect([status("unapproved-egress", "api.kept.io"), status("unapproved-egress", "api.allowed.io")]).toEqual([
        "existing",
        undefined,
      ]);
      expect(report.findings.filter((f) => f.file === "deploy/bin.yaml").map((f) => [f.rule, f.status])).toEqual([
        ["unreadable-file", "existing"],
      ]);
    } finally {
      await partial.remove();
    }
  });
});

describe.skipIf(!hasHelm)("a base checked out in part, with helm on PATH (skipped: helm is not on PATH)", () => {
  it("renders a chart with a values file outside it that the change left alone, as a full checkout does", async () => {
    const repo = path.join(root, "helm");
    initRepo(repo);
    const app = (valueFile: string) =>
      `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: egress, namespace: argocd}\nspec:\n  source:\n    path: charts/egress\n    helm: {valueFiles: [${valueFile}]}\n  destination: {namespace: default}\n`;
    const template =
      "{{- range .Values.hosts }}\n---\napiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: {{ .name }}}\nspec:\n  hosts: [{{ .host }}]\n  location: MESH_EXTERNAL\n  resolution: DNS\n  ports: [{number: 443, name: https, protocol: HTTPS}]\n{{- end }}\n";
    const base = commitFiles(
      repo,
      {
        "mesh.yaml": MESH,
        "deploy/app.yaml": DEPLOYMENT,
        "apps/egress.yaml": app("../../envs/prod.yaml"),
        "charts/egress/Chart.yaml": "apiVersion: v2\nname: egress\nversion: 0.1.0\n",
        "charts/egress/values.yaml": "hosts: []\n",
        "charts/egress/templates/se.yaml": template,
        "envs/prod.yaml": "hosts:\n  - {name: partner, host: api.partner.io}\n",
        "svc/a.py": call("api.partner.io"),
      },
      "base",
    );
    commitFiles(repo, { "svc/a.py": `${call("api.partner.io")}${call("api.other.io")}` }, "head");
    const full = path.join(root, "helm-full");
    gitIn(repo, "worktree", "add", "--quiet", "--detach", full, base);
    const partial = await checkoutBase(repo, base, { fetch: false, tempRoot: root });
    try {
      const settings = parseSettings({ root: repo, failOn: "never" });
      const reference = await runCheck(settings, { dir: full, renames: partial.renames });
      const checkedOutInPart = await runCheck(settings, partial);
      expect(checkedOutInPart.report).toEqual(reference.report);
      // The chart rendered in both: the partner host is registered, and nothing failed to render.
      expect(
        reference.report.findings.filter((f) => f.rule === "render-fallback" || f.host === "api.partner.io"),
      ).toEqual([]);
    } finally {
      await partial.remove();
    }
  });
});
