// Running git: no prompts (a missing credential fails at once instead of hanging the job), messages without secrets.
import { execFile } from "node:child_process";

export class GitError extends Error {}

export interface GitOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Written to git's standard input (for `--stdin` commands). */
  input?: string;
}

/** Credentials written into a remote URL (`https://user:token@host`) are cut from anything git prints. */
function redact(text: string): string {
  return text.replace(/(\/\/)[^/@\s]+@/g, "$1***@");
}

export function git(args: readonly string[], options: GitOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    // The action's inputs (the token among them) are no business of git, its hooks or its credential helpers.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("INPUT_")));
    const env = { ...inherited, GIT_TERMINAL_PROMPT: "0", GCM_INTERACTIVE: "never", LC_ALL: "C", ...options.env };
    const child = execFile(
      "git",
      args,
      { cwd: options.cwd, env, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (!err) return resolve(stdout);
        // git's own verdict is the "fatal:" line; hints and advice follow it.
        const lines = String(stderr)
          .split("\n")
          .map((l) => l.trim())
          .filter(Boolean);
        const said = redact(lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0] ?? err.message);
        reject(new GitError(`git ${args[0]} failed: ${said}`));
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** Like `git`, but a failure is an answer (undefined), for questions such as "is this commit here?". */
export async function gitMaybe(args: readonly string[], options: GitOptions): Promise<string | undefined> {
  try {
    return await git(args, options);
  } catch (err) {
    if (err instanceof GitError) return undefined;
    throw err;
  }
}
