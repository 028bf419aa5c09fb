// The few GitHub REST calls egress-lint makes, with retries and pagination. The token never leaves Octokit's
// authorization header: it is not in a URL, a message or a log line.
import { getOctokit } from "@actions/github";
import {
  DEFAULT_RETRY,
  realTime,
  withRetries,
  type FailedAttempt,
  type RetryHooks,
  type RetryPolicy,
} from "./retry.js";

export interface PullRef {
  owner: string;
  repo: string;
  number: number;
}

export interface IssueComment {
  id: number;
  body: string;
  /** The author's login; null for a deleted ("ghost") account. */
  author: string | null;
  url: string;
}

export interface GitHubApi {
  /** The login the token acts as, or undefined when GitHub will not say (installation tokens cannot read /user). */
  viewerLogin(): Promise<string | undefined>;
  pullHeadSha(pr: PullRef): Promise<string>;
  listIssueComments(pr: PullRef): Promise<IssueComment[]>;
  createIssueComment(pr: PullRef, body: string): Promise<IssueComment>;
  updateIssueComment(pr: PullRef, id: number, body: string): Promise<IssueComment>;
}

export class GitHubApiError extends Error {
  constructor(
    readonly status: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL: GitHub Enterprise Server and tests point it elsewhere. */
  baseUrl: string;
  retry?: RetryPolicy;
  hooks?: RetryHooks;
}

interface OctokitFailure {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

function failureOf(err: unknown): FailedAttempt {
  const e = err as OctokitFailure;
  const data = e.response?.data as { message?: unknown } | undefined;
  return {
    status: e.response ? e.status : undefined,
    headers: e.response?.headers ?? {},
    message: typeof data?.message === "string" ? data.message : undefined,
  };
}

/**
 * Octokit's messages carry documentation links and request details; ours say what was tried and what GitHub said.
 * What a server says is quoted, so the token is cut out of it: a proxy or a misconfigured instance may echo it.
 */
async function call<T>(operation: string, request: () => Promise<T>, token: string): Promise<T> {
  try {
    return await request();
  } catch (err) {
    const f = failureOf(err);
    const said = f.message ? `: ${f.message}` : "";
    const message =
      f.status === undefined
        ? `${operation}: no response from GitHub (${(err as Error).message})`
        : `${operation}: HTTP ${f.status}${said}`;
    throw new GitHubApiError(f.status, token ? message.split(token).join("***") : message);
  }
}

interface RawComment {
  id: number | bigint;
  body?: string | null;
  user?: { login?: string } | null;
  html_url: string;
}

function comment(c: RawComment): IssueComment {
  return { id: Number(c.id), body: c.body ?? "", author: c.user?.login ?? null, url: c.html_url };
}

export function createGitHubApi(options: ClientOptions): GitHubApi {
  const octokit = getOctokit(options.token, { baseUrl: options.baseUrl.replace(/\/+$/, "") });
  const policy = options.retry ?? DEFAULT_RETRY;
  const hooks = options.hooks ?? realTime;
  // Every request, each page of a listing included, gets its own retries.
  octokit.hook.wrap("request", (request, requestOptions) =>
    withRetries(async () => request(requestOptions), failureOf, policy, hooks),
  );
  const at = (pr: PullRef) => ({ owner: pr.owner, repo: pr.repo });

  return {
    async viewerLogin() {
      try {
        return await call("GET /user", async () => (await octokit.request("GET /user")).data.login, options.token);
      } catch (err) {
        if (err instanceof GitHubApiError && (err.status === 401 || err.status === 403 || err.status === 404))
          return undefined;
        throw err;
      }
    },
    pullHeadSha: (pr) =>
      call(
        `reading pull request #${pr.number}`,
        async () =>
          (
            await octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
              ...at(pr),
              pull_number: pr.number,
            })
          ).data.head.sha,
        options.token,
      ),
    listIssueComments: (pr) =>
      call(
        `listing the comments of #${pr.number}`,
        async () =>
          (
            await octokit.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
              ...at(pr),
              issue_number: pr.number,
              per_page: 100,
            })
          ).map(comment),
        options.token,
      ),
    createIssueComment: (pr, body) =>
      call(
        `commenting on #${pr.number}`,
        async () =>
          comment(
            (
              await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
                ...at(pr),
                issue_number: pr.number,
                body,
              })
            ).data,
          ),
        options.token,
      ),
    updateIssueComment: (pr, id, body) =>
      call(
        `updating comment ${id} on #${pr.number}`,
        async () =>
          comment(
            (
              await octokit.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
                ...at(pr),
                comment_id: id,
                body,
              })
            ).data,
          ),
        options.token,
      ),
  };
}
