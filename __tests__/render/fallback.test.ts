// Builds that fail: a retry without plugins in a stripped copy, then the tree's files read as written. A fake runner
// plays Kustomize, so every path is exercised on any machine.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readSnapshot } from "../../src/discover/snapshot.js";
import { renderRepository, type RenderedRepository } from "../../src/render/index.js";
import type { CommandResult, RenderEnvironment } from "../../src/render/types.js";
import { DEFAULTS } from "../../src/settings.js";

let root: string;
const FILES: Record<string, string> = {
  "base/kustomization.yaml": "resources: [se.yaml]\n",
  "base/se.yaml":
    "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: api\nspec:\n  hosts: [api.vendor.io]\n  ports: [{number: 443, name: tls, protocol: TLS}]\n",
  "overlay/kustomization.yaml": "namespace: shop\nresources: [../base]\ngenerators: [gen.yaml]\n",
  "overlay/gen.yaml": "apiVersion: example.com/v1\nkind: Gen\nmetadata: {name: g}\n",
  "flux.yaml":
    "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: b, namespace: flux-system}\nspec:\n  path: ./base\n  targetNamespace: vendors\n",
};

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "egress-lint-render-"));
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Call {
  cwd: string;
  /** The built kustomization's text, as the tool saw it. */
  built: string;
  namespace?: string;
}

/**
 * Plays `kustomize build TOP`, where TOP lists one wrapper folder per kustomization: `answer` decides per process
 * (given one Call per kustomization); a success renders base/se.yaml of the tree it was given, labelled per wrapper.
 */
function fakeKustomize(answer: (builds: Call[]) => "ok" | CommandResult): {
  env: RenderEnvironment;
  calls: Call[];
  processes: number[];
} {
  const calls: Call[] = [];
  const processes: number[] = [];
  const env: RenderEnvironment = {
    tools: { kustomize: { command: "kustomize", args: ["build"] } },
    tempRoot: os.tmpdir(),
    timeoutMs: 1000,
    concurrency: 2,
    run: async (_cmd, args, { cwd }) => {
      const top = args[args.length - 1]!;
      const builds = (parse(readFileSync(path.join(top, "kustomization.yaml"), "utf8")).resources as string[]).map(
        (name) => {
          const spec = parse(readFileSync(path.join(top, name, "kustomization.yaml"), "utf8"));
          const target = path.resolve(top, name, spec.resources[0]);
          return {
            cwd,
            built: readFileSync(path.join(target, "kustomization.yaml"), "utf8"),
            namespace: spec.namespace as string | undefined,
            label: spec.labels[0].pairs as Record<string, string>,
          };
        },
      );
      calls.push(...builds.map(({ label: _label, ...call }) => call));
      processes.push(builds.length);
      const a = answer(builds);
      if (a !== "ok") return a;
      const origin = path.relative(top, path.join(cwd, "base/se.yaml"));
      const stdout = builds
        .map((b) => {
          const ns = b.namespace ?? /^namespace: (\S+)/m.exec(b.built)?.[1];
          const label = Object.entries(b.label)
            .map(([k, v]) => `    ${k}: ${v}\n`)
            .join("");
          return FILES["base/se.yaml"]!.replace(
            "  name: api\n",
            `  name: api\n${ns ? `  namespace: ${ns}\n` : ""}  labels:\n${label}  annotations:\n    config.kubernetes.io/origin: |\n      path: ${origin}\n`,
          );
        })
        .join("---\n");
      return { code: 0, stdout, stderr: "" };
    },
  };
  return { env, calls, processes };
}

async function render(env: RenderEnvironment): Promise<RenderedRepository> {
  const snapshot = await readSnapshot(root, {
    manifests: DEFAULTS.manifests,
    sources: [],
    exclude: [],
    maxFileBytes: DEFAULTS.maxFileBytes,
  });
  return renderRepository(root, snapshot, {
    manifests: DEFAULTS.manifests,
    defaultNamespace: "default",
    exclude: [],
    maxFileBytes: DEFAULTS.maxFileBytes,
    env,
  });
}

const refused: CommandResult = {
  code: 1,
  stdout: "",
  stderr: `Error: loading generator plugins: external plugins disabled; unable to load external plugin 'Gen'\n`,
};
const summary = (r: RenderedRepository) =>
  r.loaded.resources.map((x) => `${x.namespace}/${x.name} ${x.loc.file}:${x.loc.line}`).sort();
const fallbacks = (r: RenderedRepository) =>
  r.loaded.findings.filter((f) => f.rule === "render-fallback").map((f) => `${f.file}:${f.line} ${f.message}`);

describe("a plugin Kustomize does not run", () => {
  it("is left out before the build, in a copy of the tree, never in the repository, and reported", async () => {
    const { env, calls } = fakeKustomize((builds) =>
      builds.some((b) => b.built.includes("generators")) ? refused : "ok",
    );
    const rendered = await render(env);
    const overlayCalls = calls.filter((c) => c.built.includes("namespace: shop"));
    expect(overlayCalls).toHaveLength(1);
    expect(overlayCalls[0]!.cwd).not.toBe(root);
    expect(overlayCalls[0]!.built).not.toContain("generators");
    expect(readFileSync(path.join(root, "overlay/kustomization.yaml"), "utf8")).toBe(
      FILES["overlay/kustomization.yaml"],
    );
    expect(summary(rendered)).toEqual(["shop/api base/se.yaml:2", "vendors/api base/se.yaml:2"]);
    expect(fallbacks(rendered)).toEqual([
      "overlay/kustomization.yaml:1 kustomize build overlay: rendered without generator gen.yaml, which Kustomize does not run here (plugins and helmCharts need flags egress-lint never passes)",
    ]);
  });

  it("that still fails without it leaves the files read as written, in the kustomization's namespace", async () => {
    const { env } = fakeKustomize((builds) =>
      builds.some((b) => b.built.includes("namespace: shop"))
        ? { code: 1, stdout: "", stderr: "Error: something else\n" }
        : "ok",
    );
    const rendered = await render(env);
    expect(summary(rendered)).toEqual(["shop/api base/se.yaml:2", "vendors/api base/se.yaml:2"]);
    const [message] = fallbacks(rendered);
    expect(message).toMatch(
      /kustomize build overlay failed \(something else\), also without generator gen\.yaml, .*; read the tree's resource files as written with namespace shop/,
    );
  });
});

describe("builds that cannot run", () => {
  it("stop at the time limit and fall back", async () => {
    const { env } = fakeKustomize((builds) =>
      builds.some((b) => b.namespace === "vendors") ? { code: null, stdout: "", stderr: "", timedOut: true } : "ok",
    );
    const rendered = await render(env);
    expect(fallbacks(rendered).filter((m) => m.startsWith("base/"))).toEqual([
      "base/kustomization.yaml:1 kustomize build base failed: no result within 1 s; read the tree's resource files as written with namespace vendors (patches, generators and name changes not applied)",
    ]);
    expect(summary(rendered)).toContain("vendors/api base/se.yaml:2");
  });

  it("without kustomize or kubectl, read each tree's files as written, and run nothing", async () => {
    const { env, calls } = fakeKustomize(() => "ok");
    const rendered = await render({ ...env, tools: {} });
    expect(calls).toEqual([]);
    expect(summary(rendered)).toEqual(["shop/api base/se.yaml:2", "vendors/api base/se.yaml:2"]);
    expect(fallbacks(rendered).map((m) => m.split(":")[0])).toEqual([
      "base/kustomization.yaml",
      "overlay/kustomization.yaml",
    ]);
  });
});

it("applies Flux's targetNamespace through the wrapper kustomization, as Flux does", async () => {
  const { env, calls } = fakeKustomize(() => "ok");
  await render(env);
  expect(calls.filter((c) => c.namespace !== undefined).map((c) => c.namespace)).toEqual(["vendors"]);
});

it("runs no more builds at once than the concurrency allows", async () => {
  let running = 0;
  let most = 0;
  const { env } = fakeKustomize(() => "ok");
  const slow: RenderEnvironment = {
    ...env,
    concurrency: 1,
    run: async (...args) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 20));
      running--;
      return env.run(...args);
    },
  };
  await render(slow);
  expect(most).toBe(1);
});

describe("batches", () => {
  let many: string;
  beforeAll(() => {
    many = mkdtempSync(path.join(os.tmpdir(), "egress-lint-render-batch-"));
    const files: Record<string, string> = {
      "base/kustomization.yaml": FILES["base/kustomization.yaml"]!,
      "base/se.yaml": FILES["base/se.yaml"]!,
    };
    for (let i = 1; i <= 6; i++)
      files[`leaf-${i}/kustomization.yaml`] =
        `${i === 4 ? "# broken\n" : ""}namespace: ns-${i}\nresources: [../base]\n`;
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(many, rel)), { recursive: true });
      writeFileSync(path.join(many, rel), text);
    }
  });
  afterAll(() => rmSync(many, { recursive: true, force: true }));

  it("build many kustomizations per process, and split a failing batch until the failing build stands alone", async () => {
    const { env, processes } = fakeKustomize((builds) =>
      builds.some((b) => b.built.includes("broken"))
        ? { code: 1, stdout: "", stderr: "Error: no matches for Id\n" }
        : "ok",
    );
    const snapshot = await readSnapshot(many, {
      manifests: DEFAULTS.manifests,
      sources: [],
      exclude: [],
      maxFileBytes: DEFAULTS.maxFileBytes,
    });
    const rendered = await renderRepository(many, snapshot, {
      manifests: DEFAULTS.manifests,
      defaultNamespace: "default",
      exclude: [],
      maxFileBytes: DEFAULTS.maxFileBytes,
      env,
    });
    expect(processes.sort()).toEqual([1, 1, 1, 2, 3, 3]);
    expect(rendered.loaded.resources.map((r) => r.namespace).sort()).toEqual([
      "ns-1",
      "ns-2",
      "ns-3",
      "ns-4",
      "ns-5",
      "ns-6",
    ]);
    expect(fallbacks(rendered)).toEqual([
      "leaf-4/kustomization.yaml:1 kustomize build leaf-4 failed: no matches for Id; read the tree's resource files as written with namespace ns-4 (patches, generators and name changes not applied)",
    ]);
  });
});

describe("trees that lead out of the repository", () => {
  let repo: string;
  let outside: string;
  beforeAll(() => {
    repo = mkdtempSync(path.join(os.tmpdir(), "egress-lint-render-leak-"));
    outside = mkdtempSync(path.join(os.tmpdir(), "egress-lint-render-outside-"));
    writeFileSync(path.join(outside, "kustomization.yaml"), "resources: [secret.yaml]\n");
    writeFileSync(path.join(outside, "secret.yaml"), "apiVersion: v1\nkind: Secret\nmetadata: {name: runner-token}\n");
    mkdirSync(path.join(repo, "up"));
    writeFileSync(
      path.join(repo, "up/kustomization.yaml"),
      `resources: [${path.relative(path.join(repo, "up"), outside)}]\n`,
    );
    mkdirSync(path.join(repo, "linked"));
    writeFileSync(path.join(repo, "linked/kustomization.yaml"), "resources: [secret.yaml]\n");
    symlinkSync(path.join(outside, "secret.yaml"), path.join(repo, "linked/secret.yaml"));
  });
  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it("are never built, and nothing outside is read", async () => {
    const { env, calls } = fakeKustomize(() => "ok");
    const snapshot = await readSnapshot(repo, {
      manifests: DEFAULTS.manifests,
      sources: [],
      exclude: [],
      maxFileBytes: DEFAULTS.maxFileBytes,
    });
    const rendered = await renderRepository(repo, snapshot, {
      manifests: DEFAULTS.manifests,
      defaultNamespace: "default",
      exclude: [],
      maxFileBytes: DEFAULTS.maxFileBytes,
      env,
    });
    expect(calls).toEqual([]);
    expect(rendered.loaded.resources).toEqual([]);
    const messages = fallbacks(rendered);
    expect(messages.map((m) => m.split(" ")[0])).toEqual(["linked/kustomization.yaml:1", "up/kustomization.yaml:1"]);
    expect(messages[0]).toContain("not built, because linked/secret.yaml leads out of the repository");
    expect(messages[1]).toMatch(
      /not built, because \.\.\/.*egress-lint-render-outside-.* \(in up\/kustomization\.yaml\) leads out of the repository/,
    );
  });
});
