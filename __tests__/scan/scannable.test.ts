// Which files the scanner reads.
import { describe, expect, it } from "vitest";
import { isScannableSource } from "../../src/scan/index.js";
import { languageOfText } from "../../src/scan/language.js";

describe("isScannableSource", () => {
  it.each([
    "services/curl/client.py",
    "web/src/api.ts",
    "web/src/App.tsx",
    "cmd/billing/main.go",
    "src/main/java/com/acme/Payments.java",
    "src/main/kotlin/App.kt",
    "app/models/hook.rb",
    "scripts/install.sh",
    "Dockerfile",
    "build/Dockerfile.prod",
    "config/app.yaml",
    "config/app.json",
    ".env",
    "deploy/.env.production",
    "src/main/resources/application.properties",
    "config.toml",
    "src/Api/Client.cs",
    "examples/demo/app.py",
  ])("scans %s", (path) => {
    expect(isScannableSource(path)).toBe(true);
  });

  it.each([
    "pkg/billing/billing_test.go",
    "web/src/api.test.ts",
    "web/src/api.spec.js",
    "app/test_client.py",
    "app/client_test.py",
    "app/conftest.py",
    "services/alerts/jest.setup.js",
    "web/src/setupTests.ts",
    "src/test/java/com/acme/PaymentsTest.java",
    "src/main/java/com/acme/PaymentsTest.java",
    "web/__tests__/api.ts",
    "tests/integration/run.sh",
    "test/helpers.js",
    "pkg/parser/testdata/input.json",
    "web/fixtures/users.json",
    "web/__mocks__/api.ts",
    "spec/models/hook_spec.rb",
  ])("skips the test file %s, unless tests are included", (path) => {
    expect(isScannableSource(path)).toBe(false);
    expect(isScannableSource(path, { includeTests: true })).toBe(true);
  });

  it.each([
    "docs/setup.py",
    "README.md",
    "docs/guide.md",
    ".github/workflows/ci.yml",
    ".circleci/config.yml",
    ".buildkite/pipeline.yml",
    ".gitlab/ci/deploy.yml",
    "web/node_modules/lib/index.js",
    "vendor/github.com/x/y/z.go",
    "web/package.json",
    "web/package-lock.json",
    "services/rating/.mvn/wrapper/MavenWrapperDownloader.java",
    "web/pnpm-lock.yaml",
    "dashboards/jsonnetfile.json",
    "dashboards/jsonnetfile.lock.json",
    "web/tsconfig.json",
    "web/tsconfig.build.json",
    "charts/app/Chart.yaml",
    "deploy/kustomization.yaml",
    "pyproject.toml",
    "web/dist/app.min.js",
    "build.gradle.kts",
    "web/src/types.d.ts",
    "assets/logo.png",
    "Makefile",
  ])("never scans %s", (path) => {
    expect(isScannableSource(path, { includeTests: true })).toBe(false);
  });

  it("accepts Windows separators", () => {
    expect(isScannableSource("web\\__tests__\\api.ts")).toBe(false);
    expect(isScannableSource("web\\src\\api.ts")).toBe(true);
  });
});

describe("executables in a bin folder", () => {
  it("are read, in the language their #! line names", () => {
    expect(isScannableSource("api/bin/www")).toBe(true);
    expect(isScannableSource("api/www")).toBe(false);
    expect(isScannableSource("api/bin/www.bak")).toBe(false);
    expect(languageOfText("api/bin/www", "#!/usr/bin/env node\nrequire('../app');\n")).toBe("javascript");
    expect(languageOfText("bin/setup", "#!/bin/bash\nset -e\n")).toBe("shell");
    expect(languageOfText("tools/bin/sync", "#!/usr/bin/env python3\nimport requests\n")).toBe("python");
    expect(languageOfText("bin/tool", "\x7fELF\x02\x01")).toBeUndefined();
  });
});
