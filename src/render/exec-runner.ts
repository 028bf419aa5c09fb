// The one place the rendering stage starts processes: no shell, a time limit, bounded output, no secrets passed on.
import { execFile } from "node:child_process";
import { access, constants, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { RenderCache } from "./cache.js";
import type { CommandRunner, RenderEnvironment, RenderTools } from "./types.js";

const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/** Only what the tools need to run; tokens and credentials in the caller's environment stay behind. */
const PASSED_ENV = [
  "PATH",
  "HOME",
  "TMPDIR",
  "LANG",
  "LC_ALL",
  "XDG_CACHE_HOME",
  "XDG_CONFIG_HOME",
  "HTTPS_PROXY",
  "HTTP_PROXY",
  "NO_PROXY",
  "https_proxy",
  "http_proxy",
  "no_proxy",
];

export function childEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const key of PASSED_ENV) if (env[key] !== undefined) out[key] = env[key];
  // A remote base must fail, not wait for a password on a terminal nobody watches.
  out.GIT_TERMINAL_PROMPT = "0";
  return out;
}

export function execRunner(env: NodeJS.ProcessEnv): CommandRunner {
  const childEnv = childEnvironment(env);
  return (cmd, args, options) =>
    new Promise((resolve) => {
      execFile(
        cmd,
        [...args],
        {
          cwd: options.cwd,
          timeout: options.timeoutMs,
          killSignal: "SIGKILL",
          maxBuffer: MAX_OUTPUT_BYTES,
          env: childEnv,
          windowsHide: true,
        },
        (err, stdout, stderr) => {
          if (!err) return resolve({ code: 0, stdout, stderr });
          const e = err as NodeJS.ErrnoException & { killed?: boolean; code?: number | string };
          const timedOut = e.killed === true && typeof e.code !== "number";
          resolve({ code: typeof e.code === "number" ? e.code : null, stdout, stderr: stderr || e.message, timedOut });
        },
      );
    });
}

/** Where `name` is on PATH, as a real path; undefined when it is not. */
async function onPath(name: string, pathEnv: string | undefined): Promise<string | undefined> {
  for (const dir of (pathEnv ?? "").split(path.delimiter).filter(Boolean)) {
    try {
      await access(path.join(dir, name), constants.X_OK);
      return await realpath(path.join(dir, name));
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** A tool's build as a file: asking it for its version would cost a process start per run. */
async function identity(file: string | undefined): Promise<string | undefined> {
  if (!file) return undefined;
  try {
    const s = await stat(file);
    return `${file}:${s.size}:${s.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** A standalone kustomize first (it is what `kustomize build` users run), else kubectl's built-in one. */
export async function findRenderTools(env: NodeJS.ProcessEnv): Promise<RenderTools> {
  return (await locateRenderTools(env)).tools;
}

async function locateRenderTools(
  env: NodeJS.ProcessEnv,
): Promise<{ tools: RenderTools; ids: NonNullable<RenderEnvironment["toolIds"]> }> {
  const [kustomize, kubectl, helm] = await Promise.all(
    ["kustomize", "kubectl", "helm"].map((n) => onPath(n, env.PATH)),
  );
  const [kustomizeId, helmId] = await Promise.all([identity(kustomize ?? kubectl), identity(helm)]);
  return {
    tools: {
      kustomize: kustomize
        ? { command: "kustomize", args: ["build"] }
        : kubectl
          ? { command: "kubectl", args: ["kustomize"] }
          : undefined,
      helm: helm ? "helm" : undefined,
    },
    ids: { ...(kustomizeId ? { kustomize: kustomizeId } : {}), ...(helmId ? { helm: helmId } : {}) },
  };
}

/** The environment the engine renders with: this machine's tools, two to four builds at a time, a limit per build. */
export async function machineRenderEnvironment(
  env: NodeJS.ProcessEnv,
  tempRoot: string,
  cpus: number,
  cache?: RenderCache,
): Promise<RenderEnvironment> {
  const found = await locateRenderTools(env);
  return {
    run: execRunner(env),
    tools: found.tools,
    toolIds: found.ids,
    ...(cache ? { cache } : {}),
    tempRoot,
    timeoutMs: BUILD_TIME_LIMIT_MS,
    concurrency: Math.min(4, Math.max(2, cpus)),
  };
}

/** Generous for a big overlay, short enough that a remote base waiting on the network cannot stall the check. */
export const BUILD_TIME_LIMIT_MS = 60_000;
