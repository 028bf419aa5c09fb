// What a whole file is, when that decides every reference in it: an example to copy, an API description, a
// dashboard, or a Dockerfile whose build steps run while the image is built.
import { baseName } from "./language.js";
import type { ReferenceClass } from "./types.js";

/** An `examples` folder inside a source tree (`src/cache/examples/usage.ts`); a top-level one may hold real apps. */
const EXAMPLE_CODE = /(?:^|\/)src\/(?:[^/]+\/)*(?:examples?|samples?)\//;
/**
 * A JVM package named after the reserved domain (`com.example.demo`, Spring Initializr's default): its folders are
 * `src/main/java/com/example/…`, and the code in them is the service itself.
 */
const EXAMPLE_PACKAGE = /(\bsrc\/(?:main|test)\/(?:java|kotlin|scala|groovy)\/[a-z]{2,6}\/)(?:examples?|samples?)\//;
const EXAMPLE_FILE = /(?:^|[._-])(?:example|examples|sample|samples|template|tmpl|dist)(?:[._-]|$)/i;
/** A file of made-up data for tests and demos, by its name: `mock-authservice-config.json`, `users.fake.ts`. */
const MOCK_FILE = /(?:^|[._-])(?:mock|mocks|mocked|fake|fakes|dummy|stub|stubs)(?:[._-]|$)/i;

/**
 * A data file inside an `assets` folder (`app/assets/data/prices.yaml`): content the program ships and reads, such as
 * tables with their sources' links. Configuration lives elsewhere.
 */
const ASSET_DATA = /(?:^|\/)assets\/(?:[^/]+\/)*[^/]+\.(?:ya?ml|json|csv|tsv|xml)$/i;

/** Build and deploy tools' own settings: the repositories and distributions they download from. */
const BUILD_TOOL_FILES = new Set([
  "maven-wrapper.properties",
  "gradle-wrapper.properties",
  "gradle.properties",
  ".npmrc",
  ".yarnrc",
  ".yarnrc.yml",
  ".pypirc",
  "pip.conf",
  ".bowerrc",
  "nuget.config",
  // Deploy tools: the chart repositories and registries they name are fetched by whoever deploys, not by a pod.
  "helmfile.yaml",
  "helmfile.yml",
  "helmfile.yaml.gotmpl",
  "requirements.yaml",
  "skaffold.yaml",
  "skaffold.yml",
  "devspace.yaml",
  "werf.yaml",
  // Zarf and UDS package and bundle definitions: read by their CLIs when a package is built or deployed.
  "zarf.yaml",
  "zarf-config.yaml",
  "zarf-config.toml",
  "uds-bundle.yaml",
  "uds-config.yaml",
]);

/** The class and reason every reference in the file has, or undefined when each is judged on its own. */
export function wholeFileClass(path: string, text: string): { class: ReferenceClass; reason: string } | undefined {
  const base = baseName(path);
  if (EXAMPLE_CODE.test(path.replace(EXAMPLE_PACKAGE, "$1_/")))
    return { class: "mention", reason: "example code inside a source tree: it shows how to call, nothing runs it" };
  if (BUILD_TOOL_FILES.has(base.toLowerCase()))
    return {
      class: "build",
      reason: `${base} configures a build or deploy tool: it downloads while building or deploying, not at run time`,
    };
  if (EXAMPLE_FILE.test(base))
    return { class: "mention", reason: "an example or template file, for people to copy; nothing reads it" };
  if (MOCK_FILE.test(base))
    return {
      class: "mention",
      reason: `${base} is named as made-up data for tests or demos: nothing calls what it holds`,
    };
  if (isClientModule(base, text))
    return {
      class: "browser",
      reason: `${base} starts with the "use client" directive: it runs in the browser, which makes this call`,
    };
  if (isHandRunScript(base, text))
    return {
      class: "mention",
      reason: `${base} is a script someone runs by hand: a name with a hyphen cannot be imported, so no program loads it`,
    };
  const data = /\.(?:ya?ml|json)$/i.test(base);
  if (ASSET_DATA.test(path))
    return {
      class: "mention",
      reason: `${base} is data the program bundles as an asset: the links in it are content it reads, not where it connects`,
    };
  if (data && isTaskRunnerFile(text))
    return {
      class: "build",
      reason: `${base} holds a task runner's tasks (actions with cmd or wait): they run on a developer's machine or in CI`,
    };
  return data ? documentClass(base, text) : undefined;
}

/**
 * A YAML or JSON document whose every link is for people, whether a file or a ConfigMap key holds it: an OpenAPI or
 * AsyncAPI document (a spec built in code is judged where its `servers` are, mention.ts; AsyncAPI documents describe
 * event payloads, whose examples are full of the API's URLs), or a Grafana dashboard.
 */
export function documentClass(name: string, text: string): { class: ReferenceClass; reason: string } | undefined {
  const api = apiDocumentKind(text);
  if (api) return { class: "mention", reason: `${api}: it describes an API and calls nothing` };
  if (name.toLowerCase().endsWith(".json") && /"panels"\s*:/.test(text) && /"schemaVersion"\s*:/.test(text))
    return { class: "mention", reason: "a Grafana dashboard: its links are for people" };
  return undefined;
}

/**
 * A React Server Components client module (Next.js): its first statement is `"use client"`, so it is sent to the
 * browser and runs there. Comments and blank lines may come before it.
 */
export function isClientModule(base: string, text: string): boolean {
  if (!/\.[cm]?[jt]sx?$/i.test(base)) return false;
  // One forward walk over blanks and comments: a pattern for them backtracks on an unclosed `/*`.
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith("//", i)) {
      const nl = text.indexOf("\n", i);
      if (nl === -1) return false;
      i = nl + 1;
    } else if (text.startsWith("/*", i)) {
      const close = text.indexOf("*/", i + 2);
      if (close === -1) return false;
      i = close + 2;
    } else break;
  }
  return text.startsWith('"use client"', i) || text.startsWith("'use client'", i);
}

/**
 * The tasks file of a task runner such as uds-cli's or maru's: a top-level `tasks:` list whose items have `actions:`
 * that run a command or wait for a host. Taskfiles (`Taskfile.yml`) are read as build definitions instead.
 */
function isTaskRunnerFile(text: string): boolean {
  return (
    text.includes("tasks:") &&
    /^tasks:\s*$/m.test(text) &&
    /^\s+actions:\s*$/m.test(text) &&
    /^\s+-?\s*(?:cmd|wait|task):/m.test(text)
  );
}

/**
 * A Python file with a `__main__` guard whose name is no module name (`issue-refresh-token.py`): shipped beside a
 * library or an app, it runs only when someone runs it. (A container started with it as its command is missed.)
 */
function isHandRunScript(base: string, text: string): boolean {
  return (
    /\.py$/i.test(base) && !/^[A-Za-z_]\w*\.py$/i.test(base) && /^if\s+__name__\s*==\s*["']__main__["']\s*:/m.test(text)
  );
}

/**
 * Whether a YAML or JSON text is an OpenAPI (or Swagger) or AsyncAPI document: its version key, with a version number.
 * Generated JSON often sorts its keys, which puts `swagger` at the very end, so the whole text is searched, after a
 * cheap test for the word.
 */
function apiDocumentKind(text: string): string | undefined {
  if (!text.includes("swagger") && !text.includes("openapi") && !text.includes("asyncapi")) return undefined;
  const m =
    /^["']?(openapi|swagger|asyncapi)["']?\s*:\s*["']?\d/m.exec(text) ??
    /^\s*"(openapi|swagger|asyncapi)"\s*:\s*"\d/m.exec(text);
  if (!m) return undefined;
  return m[1] === "asyncapi" ? "an AsyncAPI document" : "an OpenAPI document";
}

/**
 * The 1-based lines of a Dockerfile that run or fetch at build time, with their continuation lines: every instruction
 * but the settings the container runs with (`ENV API_URL=...`, `CMD`, `ENTRYPOINT`), and those too in a stage the
 * final image is not built on (`ENV GOPROXY=…` in a `golang AS builder` stage whose binary is copied to `scratch`).
 */
export function dockerfileBuildLines(text: string): Set<number> {
  const out = new Set<number>();
  const lines = text.split("\n");
  // Each stage's first line, name and base; then which stages the last one is built on.
  const stages: { from: number; name?: string; base: string }[] = [];
  let continued = false;
  for (let i = 0; i < lines.length; i++) {
    if (!continued) {
      const from = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(lines[i]!);
      if (from)
        stages.push({ from: i, base: from[1]!.toLowerCase(), ...(from[2] ? { name: from[2].toLowerCase() } : {}) });
    }
    continued = /\\\s*$/.test(lines[i]!);
  }
  const runtime = new Set<number>();
  for (let s = stages.length - 1; s >= 0; ) {
    runtime.add(s);
    const base = stages[s]!.base;
    let parent = -1;
    for (let k = s - 1; k >= 0 && parent === -1; k--) if (stages[k]!.name === base) parent = k;
    s = parent;
  }
  let stage = -1;
  let building = false;
  continued = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!continued) {
      if (stage + 1 < stages.length && stages[stage + 1]!.from === i) stage++;
      const instruction = /^\s*([A-Za-z]+)/.exec(line)?.[1]?.toUpperCase();
      building =
        instruction !== undefined && (!RUNTIME_INSTRUCTIONS.has(instruction) || (stage >= 0 && !runtime.has(stage)));
    }
    if (building) out.add(i + 1);
    continued = /\\\s*$/.test(line);
  }
  return out;
}

const RUNTIME_INSTRUCTIONS = new Set(["ENV", "CMD", "ENTRYPOINT"]);
