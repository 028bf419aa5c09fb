import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createGitHubApi, GitHubApiError } from "../../src/github/client.js";
import { FakeGitHub, GITHUB_ACTIONS_TOKEN } from "./fake-github.js";

const PR = { owner: "o", repo: "r", number: 7 };
const PAT = "ghp_fake_personal_token";
let gh: FakeGitHub;
let slept: number[];

function api(token = GITHUB_ACTIONS_TOKEN) {
  return createGitHubApi({ token, baseUrl: gh.url, hooks: { sleep: async (ms) => void slept.push(ms), now: () => 0 } });
}

beforeAll(async () => {
  gh = await new FakeGitHub().start();
  gh.users.set(PAT, { login: "alice", installation: false });
});
afterAll(() => gh.close());
afterEach(() => {
  gh.comments = [];
  gh.requests = [];
  gh.failures = [];
  slept = [];
});

describe("the GitHub client", () => {
  it("reads every page of a long comment listing", async () => {
    for (let i = 0; i < 250; i++) gh.addComment(PR.number, "someone", `comment ${i}`);
    const comments = await api().listIssueComments(PR);
    expect(comments.map((c) => c.body)).toEqual(Array.from({ length: 250 }, (_, i) => `comment ${i}`));
    expect(gh.requests.map((r) => r.path)).toEqual([
      "/repos/o/r/issues/7/comments?per_page=100",
      "/repos/o/r/issues/7/comments?per_page=100&page=2",
      "/repos/o/r/issues/7/comments?per_page=100&page=3",
    ]);
    expect(gh.requests.every((r) => r.authorized)).toBe(true);
  });

  it("retries a page that fails with a server error, with backoff", async () => {
    for (let i = 0; i < 150; i++) gh.addComment(PR.number, "someone", `comment ${i}`);
    gh.failures.push(
      { method: "GET", path: /\/comments$/, status: 502 },
      { method: "GET", path: /\/comments$/, status: 503 },
    );
    expect(await api().listIssueComments(PR)).toHaveLength(150);
    expect(slept).toEqual([1000, 2000]);
  });

  it("waits out a secondary rate limit as retry-after says", async () => {
    gh.failures.push({
      method: "POST",
      path: /\/comments$/,
      status: 403,
      headers: { "retry-after": "5" },
      message: "You have exceeded a secondary rate limit",
    });
    const c = await api().createIssueComment(PR, "hello");
    expect(c).toMatchObject({ body: "hello", author: "github-actions[bot]" });
    expect(slept).toEqual([5000]);
    expect(gh.commentsOn(PR.number)).toHaveLength(1);
  });

  it("does not retry a permission error, and says what failed without the token", async () => {
    gh.readOnly = true;
    try {
      const err = await api()
        .createIssueComment(PR, "hello")
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(GitHubApiError);
      expect((err as GitHubApiError).status).toBe(403);
      expect((err as Error).message).toBe("commenting on #7: HTTP 403: Resource not accessible by integration");
      expect((err as Error).message).not.toContain(GITHUB_ACTIONS_TOKEN);
      expect(gh.requests).toHaveLength(1);
      expect(slept).toEqual([]);
    } finally {
      gh.readOnly = false;
    }
  });

  it("fails with 401 for a token GitHub does not know", async () => {
    await expect(api("not-a-token").pullHeadSha(PR)).rejects.toMatchObject({ status: 401 });
  });

  it("learns who it is from /user, or hears nothing for an installation token", async () => {
    expect(await api(PAT).viewerLogin()).toBe("alice");
    expect(await api().viewerLogin()).toBeUndefined();
  });

  it("reports a body over GitHub's limit as the 422 GitHub sends", async () => {
    await expect(api().createIssueComment(PR, "x".repeat(65_537))).rejects.toMatchObject({ status: 422 });
  });
});
