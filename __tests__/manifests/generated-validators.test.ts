// The validators compiled ahead of time must be those of the schemas as they are: a schema changed without
// `npm run validators` would be checked by its old code.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateValidators } from "../../scripts/validators.mjs";

describe("generated schema validators", async () => {
  const files = Object.entries(await generateValidators());

  it("are generated for the Istio kinds and both configuration files", () => {
    expect(files.map(([file]) => file).sort()).toEqual([
      "src/manifests/config-validators.generated.d.ts",
      "src/manifests/config-validators.generated.js",
      "src/manifests/istio-validators.generated.d.ts",
      "src/manifests/istio-validators.generated.js",
    ]);
  });

  it.each(files)("%s is up to date (npm run validators)", (file, text) => {
    expect(readFileSync(file, "utf8")).toBe(text);
  });
});
