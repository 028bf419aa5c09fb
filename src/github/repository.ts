// Which GitHub repository a checkout is. Workflows name the images they build after it
// (`ghcr.io/${{ github.repository }}`), so build provenance needs it to tie those images to the manifests' names.
import { gitMaybe } from "./git.js";

const OWNER_NAME = /^[\w.-]+\/[\w.-]+$/;

/** `owner/name` from a GitHub remote URL (`https://github.com/o/n.git`, `git@github.com:o/n.git`), or undefined. */
export function repositoryOfRemote(url: string): string | undefined {
  const m = /github\.com[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** GITHUB_REPOSITORY when a runner sets it, else the `origin` remote of the work tree at `dir`, if it is GitHub's. */
export async function repositoryOf(dir: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const given = env.GITHUB_REPOSITORY?.trim();
  if (given && OWNER_NAME.test(given)) return given;
  const remote = await gitMaybe(["config", "--get", "remote.origin.url"], { cwd: dir });
  return remote === undefined ? undefined : repositoryOfRemote(remote);
}
