// What the runner tells an action about the run: the event, the repository, where GitHub and the workspace are.
import { readFile } from "node:fs/promises";
import os from "node:os";
import { DEFAULT_DOCS_URL } from "../report/links.js";
import type { PullRef } from "./client.js";

export interface PullRequestEvent {
  pr: PullRef;
  baseSha: string;
  headSha: string;
}

export interface RunContext {
  eventName: string;
  /** Set on pull_request and pull_request_target events. */
  pullRequest?: PullRequestEvent;
  /** The commit file links point at: the pull request's head, else the commit the workflow runs for. */
  headSha?: string;
  /** https://github.com/owner/repo */
  repositoryUrl?: string;
  apiUrl: string;
  /** The workflow run, whose job summary holds the full report. */
  runUrl?: string;
  workspace: string;
  tempDir: string;
  /** Where this action's docs/rules pages are, at the ref the workflow uses. */
  docsUrl: string;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** The pull request an event is about; undefined for other events or a payload without what the rule needs. */
export function pullRequestOf(
  eventName: string,
  payload: unknown,
  repository: string | undefined,
): PullRequestEvent | undefined {
  if (eventName !== "pull_request" && eventName !== "pull_request_target") return undefined;
  const p = payload as {
    pull_request?: { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } };
    repository?: { full_name?: unknown };
  };
  const pr = p?.pull_request;
  const full = typeof p?.repository?.full_name === "string" ? p.repository.full_name : repository;
  const [number, baseSha, headSha] = [pr?.number, pr?.base?.sha, pr?.head?.sha];
  if (
    typeof number !== "number" ||
    typeof baseSha !== "string" ||
    typeof headSha !== "string" ||
    !full ||
    !REPOSITORY.test(full)
  )
    return undefined;
  if (!SHA.test(baseSha) || !SHA.test(headSha)) return undefined;
  const [owner, repo] = full.split("/") as [string, string];
  return { pr: { owner, repo, number }, baseSha, headSha };
}

async function readPayload(file: string | undefined): Promise<unknown> {
  if (!file) return undefined;
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch {
    return undefined;
  }
}

export async function readRunContext(env: NodeJS.ProcessEnv): Promise<RunContext> {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const repository =
    env.GITHUB_REPOSITORY && REPOSITORY.test(env.GITHUB_REPOSITORY) ? env.GITHUB_REPOSITORY : undefined;
  const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const pullRequest = pullRequestOf(eventName, await readPayload(env.GITHUB_EVENT_PATH), repository);
  const headSha = pullRequest?.headSha ?? (env.GITHUB_SHA && SHA.test(env.GITHUB_SHA) ? env.GITHUB_SHA : undefined);
  const actionRepo = env.GITHUB_ACTION_REPOSITORY;
  const actionRef = env.GITHUB_ACTION_REF;
  return {
    eventName,
    ...(pullRequest ? { pullRequest } : {}),
    ...(headSha ? { headSha } : {}),
    ...(repository ? { repositoryUrl: `${serverUrl}/${repository}` } : {}),
    apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    ...(repository && env.GITHUB_RUN_ID
      ? { runUrl: `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    tempDir: env.RUNNER_TEMP || os.tmpdir(),
    docsUrl:
      actionRepo && REPOSITORY.test(actionRepo) && actionRef
        ? `${serverUrl}/${actionRepo}/blob/${encodeURIComponent(actionRef)}`
        : DEFAULT_DOCS_URL,
  };
}
