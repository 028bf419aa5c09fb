// Which files hold code or config that runs in a workload: a known language, and not a test, a fixture, the docs,
// CI config, third-party code or build metadata (whose URLs are fetched at build time, not by the workload).
import { baseName, isBinScript, languageOf } from "./language.js";

export interface ScannableOptions {
  /** Scan test files and test/fixture directories too. */
  includeTests?: boolean;
}

const EXCLUDED_DIRS = new Set([
  "docs",
  // The Maven wrapper's downloader and settings: they run on the machine that builds, before Maven does.
  ".mvn",
  ".github",
  // CI configuration: it runs on CI machines, never in a pod (GitHub workflows are read as build definitions).
  ".circleci",
  ".buildkite",
  ".gitlab",
  ".git",
  "node_modules",
  "vendor",
  ".vscode",
  ".devcontainer",
  ".idea",
]);
const TEST_DIRS = new Set(["__tests__", "tests", "test", "testdata", "fixtures", "__fixtures__", "__mocks__", "spec"]);
const TEST_FILE =
  /(^test_.*\.py$|_test\.(go|py)$|\.(test|spec)\.[cm]?[jt]sx?$|_spec\.rb$|Tests?\.(java|kt)$|^conftest\.py$|^(jest|vitest|karma|playwright|cypress)\.(setup|config)\.[cm]?[jt]s$|^setupTests\.[cm]?[jt]sx?$)/;
const BUILD_METADATA = new Set([
  "package.json",
  "package-lock.json",
  "pnpm-lock.yaml",
  "pnpm-workspace.yaml",
  ".yarnrc.yml",
  "bower.json",
  // jsonnet-bundler's dependencies, fetched by `jb install` when the image is built.
  "jsonnetfile.json",
  "jsonnetfile.lock.json",
  "npm-shrinkwrap.json",
  "jsconfig.json",
  "composer.json",
  "renovate.json",
  "lerna.json",
  "chart.yaml",
  "kustomization.yaml",
  "kustomization.yml",
  ".gitlab-ci.yml",
  ".pre-commit-config.yaml",
  "mkdocs.yml",
  ".goreleaser.yml",
  ".goreleaser.yaml",
  "codecov.yml",
  ".golangci.yml",
  ".golangci.yaml",
  ".travis.yml",
  "azure-pipelines.yml",
  "bitbucket-pipelines.yml",
  "setup.cfg",
  "tox.ini",
  "pytest.ini",
  "pyproject.toml",
  "cargo.toml",
  ".eslintrc.json",
  ".prettierrc.json",
  "turbo.json",
  "nx.json",
  "angular.json",
  "biome.json",
]);

export function isScannableSource(path: string, options: ScannableOptions = {}): boolean {
  const normal = path.includes("\\") ? path.replace(/\\/g, "/") : path;
  if (languageOf(normal) === undefined && !isBinScript(normal)) return false;
  const base = baseName(normal);
  const lowerBase = base.toLowerCase();
  if (BUILD_METADATA.has(lowerBase) || /^tsconfig.*\.json$/.test(lowerBase)) return false;
  if (lowerBase.endsWith(".min.js") || lowerBase.endsWith(".gradle.kts")) return false;
  // Every file of a monorepo is asked about: its folders are looked up where they stand, with no list built.
  let inTests = false;
  for (let from = 0, slash = normal.indexOf("/"); slash !== -1; from = slash + 1, slash = normal.indexOf("/", from)) {
    const lower = normal.slice(from, slash).toLowerCase();
    if (EXCLUDED_DIRS.has(lower)) return false;
    if (TEST_DIRS.has(lower)) inTests = true;
  }
  if (options.includeTests) return true;
  return !inTests && !TEST_FILE.test(base);
}

/**
 * A JavaScript or TypeScript file the scan skips only for a `docs` folder on its path (`app/api/docs/route.ts`): it
 * may still be code that runs, so it is read for the modules it imports.
 */
export function isModuleInDocsFolder(path: string): boolean {
  const normal = path.replace(/\\/g, "/");
  if (languageOf(normal) !== "javascript") return false;
  const parts = normal.split("/");
  if (!parts.slice(0, -1).some((d) => d.toLowerCase() === "docs")) return false;
  return isScannableSource(
    parts.map((d, i) => (i < parts.length - 1 && d.toLowerCase() === "docs" ? "_" : d)).join("/"),
  );
}
