// Shell scripts an image ships: run only where something names them, or where a folder's scripts all run.
import { describe, expect, it } from "vitest";
import { withShellRuns } from "../../src/provenance/shell-runs.js";
import type { Provenance } from "../../src/provenance/types.js";
import { importsOf, shellScriptsNamed } from "../../src/scan/module-imports.js";
import { scanSource } from "../../src/scan/index.js";

const PROVENANCE: Provenance = {
  placements: [
    {
      namespace: "shop",
      workload: "api",
      container: "app",
      image: "ghcr.io/acme/api:1",
      how: "build-definition",
      dockerfile: "Dockerfile",
      context: "",
      ships: ["**"],
      excludes: [],
      servesStaticFiles: false,
      evidence: [],
    },
  ],
  unplaced: [],
  problems: [],
};

const TREE = {
  "scripts/terraform.sh": "wget https://releases.tool-vendor.io/terraform.zip\n",
  "scripts/entrypoint.sh": "curl -fsS https://hooks.vendor.io/started\nexec node dist/main.js\n",
  "src/main.ts": "fetch('https://api.vendor.io/v1');\n",
  "README.md": "Run `./scripts/terraform.sh apply` from your machine.\n",
};

function judged(tree: Record<string, string>, dockerfile: string, commands: string[] = []) {
  const files = Object.keys(tree).sort();
  const refs = files.flatMap((path) => scanSource({ path, text: tree[path]! }));
  const imports = files.flatMap((f) => importsOf(f, tree[f]!) ?? []);
  const out = withShellRuns(refs, PROVENANCE, { imports, texts: [{ path: "Dockerfile", text: dockerfile }], commands });
  return out.map((r) => [r.file, r.host, r.unread === true]);
}

describe("withShellRuns", () => {
  it("makes a shipped script nothing names unread, not one the Dockerfile starts, and never code", () => {
    const dockerfile = 'FROM node:20\nCOPY . /app\nENTRYPOINT ["/app/scripts/entrypoint.sh"]\n';
    expect(judged(TREE, dockerfile)).toEqual([
      ["scripts/entrypoint.sh", "hooks.vendor.io", false],
      ["scripts/terraform.sh", "releases.tool-vendor.io", true],
      ["src/main.ts", "api.vendor.io", false],
    ]);
  });

  it("counts a script a container command, another script or the code names as run", () => {
    const dockerfile = "FROM node:20\nCOPY . /app\n";
    const byCommand = judged(TREE, dockerfile, ["sh -c /app/scripts/terraform.sh init"]);
    expect(byCommand.filter(([, , unread]) => unread)).toEqual([["scripts/entrypoint.sh", "hooks.vendor.io", true]]);
    const byCode = judged({ ...TREE, "src/ops.ts": "execSync('bash scripts/terraform.sh');\n" }, dockerfile);
    expect(byCode.filter(([, , unread]) => unread).map(([f]) => f)).toEqual(["scripts/entrypoint.sh"]);
  });

  it("counts every script as run where a folder's scripts run by a glob", () => {
    const dockerfile = "FROM nginx\nCOPY scripts/ /docker-entrypoint.d/\n";
    expect(judged(TREE, dockerfile).some(([, , unread]) => unread)).toBe(false);
  });
});

describe("shellScriptsNamed", () => {
  it("reads a path's last part, at the end of a sentence too, and not other extensions", () => {
    expect(shellScriptsNamed("Run ./setup.sh. Then `bash ../lib/x-y.bash`; see notes.shtml and a.shell")).toEqual([
      "setup.sh",
      "x-y.bash",
    ]);
    expect(shellScriptsNamed("for f in /etc/init/*.sh; do . $f; done")).toEqual(["*.sh"]);
    expect(shellScriptsNamed("no scripts here")).toBeUndefined();
    // A minified bundle: a name is read back at most 100 characters, however long the run before `.sh`.
    const named = shellScriptsNamed(`${"a".repeat(1_000_000)}.sh ${".sh".repeat(100_000)}`);
    expect(named?.length).toBeLessThan(40);
    expect(Math.max(...(named ?? []).map((n) => n.length))).toBe(103);
  });
});
