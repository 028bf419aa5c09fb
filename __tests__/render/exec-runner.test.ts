// The real runner: no shell, a time limit, and none of the caller's secrets in the child's environment.
import os from "node:os";
import { describe, expect, it } from "vitest";
import { childEnvironment, execRunner, findRenderTools } from "../../src/render/exec-runner.js";

describe("execRunner", () => {
  const run = execRunner(process.env);

  it("passes arguments as they are, without a shell to interpret them", async () => {
    const result = await run("echo", ["a; echo injected", "$HOME"], { cwd: os.tmpdir(), timeoutMs: 5000 });
    expect(result).toMatchObject({ code: 0, stdout: "a; echo injected $HOME\n" });
  });

  it("stops a command at its time limit and says so", async () => {
    const started = Date.now();
    const result = await run("sleep", ["10"], { cwd: os.tmpdir(), timeoutMs: 200 });
    expect(result.timedOut).toBe(true);
    expect(result.code).toBeNull();
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("reports a missing program as a failure, not an exception", async () => {
    const result = await run("egress-lint-no-such-program", [], { cwd: os.tmpdir(), timeoutMs: 1000 });
    expect(result.code).toBeNull();
    expect(result.timedOut).toBe(false);
  });
});

it("keeps tokens and credentials out of the tools' environment", () => {
  const env = childEnvironment({
    PATH: "/bin",
    HOME: "/home/u",
    GITHUB_TOKEN: "ghs_x",
    "INPUT_GITHUB-TOKEN": "ghs_y",
    AWS_SECRET_ACCESS_KEY: "k",
    ACTIONS_RUNTIME_TOKEN: "t",
  });
  expect(env).toEqual({ PATH: "/bin", HOME: "/home/u", GIT_TERMINAL_PROMPT: "0" });
});

it("finds no tool on an empty PATH", async () => {
  expect(await findRenderTools({ PATH: "" })).toEqual({ kustomize: undefined, helm: undefined });
});
