// A small repository in many languages, with the traps around it (tests, docs, CI, the allowlist, manifests):
// the references collected from it must be exactly the expected list.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Allowlist } from "../../src/allowlist/types.js";
import { collectReferences, holdsKubernetesObjects, scanRepositoryFiles } from "../../src/scan/collect.js";
import { isScannableSource } from "../../src/scan/index.js";
import { modelOf } from "../helpers/model.js";

const ROOT = "__tests__/fixtures/scan/polyglot";

function readTree(dir: string, prefix = ""): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? readTree(full, rel) : [{ path: rel, text: readFileSync(full, "utf8") }];
  });
}

const files = readTree(ROOT).sort((a, b) => (a.path < b.path ? -1 : 1));
const manifests = files.filter((f) => f.path.startsWith("deploy/"));
const model = modelOf(Object.fromEntries(manifests.map((f) => [f.path, f.text])));
const allowlist: Allowlist = {
  file: "egress-allowlist.yaml",
  version: 1,
  hosts: [],
  ignore: { hosts: [], paths: ["scripts/vendor-*.sh"], rules: [] },
  workloads: [],
};
const expected = JSON.parse(readFileSync("__tests__/fixtures/scan/polyglot.expected.json", "utf8"));

describe("the polyglot fixture repository", () => {
  const refs = collectReferences(model, scanRepositoryFiles(files), allowlist);

  it("yields exactly the expected references, in order", () => {
    expect(refs).toEqual(expected);
  });

  it("never reads tests, test data, docs or CI config", () => {
    const skipped = files.filter((f) => !isScannableSource(f.path)).map((f) => f.path);
    expect(skipped).toEqual([
      ".github/workflows/ci.yml",
      "docs/example.py",
      "docs/setup.md",
      "services/billing/main_test.go",
      "services/billing/testdata/golden.json",
      "services/ledger/src/test/java/com/acme/LedgerTest.java",
      "services/orders/test_app.py",
      "services/web/src/client.spec.ts",
    ]);
    expect(refs.map((r) => r.host)).not.toContain("test-only.acme.io");
  });

  it("reads Kubernetes manifests through the model only, and skips the allowlist and ignored paths", () => {
    expect(holdsKubernetesObjects({ path: "deploy/app.yaml", text: manifests[0]?.text ?? "" })).toBe(true);
    expect(
      holdsKubernetesObjects({
        path: "config/app.yaml",
        text: files.find((f) => f.path === "config/app.yaml")?.text ?? "",
      }),
    ).toBe(false);
    expect(refs.filter((r) => r.file === "deploy/app.yaml").every((r) => r.namespace === "shop")).toBe(true);
    expect(refs.map((r) => r.file)).not.toContain("egress-allowlist.yaml");
    expect(refs.map((r) => r.host)).not.toContain("ignored-by-allowlist.acme.io");
  });

  it("is deterministic whatever order the files come in", () => {
    expect(collectReferences(model, scanRepositoryFiles([...files].reverse()), allowlist)).toEqual(refs);
  });
});
