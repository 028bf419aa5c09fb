import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createGitHubApi } from "../../src/github/client.js";
import { parseMarker, withMarker } from "../../src/github/marker.js";
import { upsertStickyComment, type StickyRequest } from "../../src/github/sticky-comment.js";
import { FakeGitHub, GITHUB_ACTIONS_TOKEN } from "./fake-github.js";

const HEAD = "1111111111111111111111111111111111111111";
const NEWER = "2222222222222222222222222222222222222222";
const PR = { owner: "o", repo: "r", number: 3 };
const PAT = "ghp_fake_personal_token";
let gh: FakeGitHub;

const api = (token = GITHUB_ACTIONS_TOKEN) =>
  createGitHubApi({ token, baseUrl: gh.url, hooks: { sleep: async () => {}, now: () => 0 } });
const request = (over: Partial<StickyRequest> = {}): StickyRequest => ({
  pr: PR,
  marker: { id: ".", headSha: HEAD },
  body: "findings\n",
  mode: "on-change",
  hasNews: true,
  ...over,
});
const writes = () => gh.requests.filter((r) => r.method === "POST" || r.method === "PATCH");

beforeAll(async () => {
  gh = await new FakeGitHub().start();
  gh.users.set(PAT, { login: "alice", installation: false });
});
afterAll(() => gh.close());
beforeEach(() => {
  gh.comments = [];
  gh.requests = [];
  gh.pulls.set(PR.number, { head: HEAD, base: "0".repeat(40) });
});

describe("the sticky comment", () => {
  it("is created once and then edited in place", async () => {
    const first = await upsertStickyComment(api(), request());
    expect(first.action).toBe("created");
    const second = await upsertStickyComment(api(), request({ body: "fixed\n" }));
    expect(second).toMatchObject({ action: "updated", url: "url" in first ? first.url : "" });
    const mine = gh.commentsOn(PR.number);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toBe(withMarker({ id: ".", headSha: HEAD }, "fixed\n"));
  });

  it("does not write when nothing changed", async () => {
    await upsertStickyComment(api(), request());
    gh.requests = [];
    expect((await upsertStickyComment(api(), request())).action).toBe("unchanged");
    expect(writes()).toEqual([]);
  });

  it("never edits someone else's comment, even one that carries a marker", async () => {
    const forged = gh.addComment(PR.number, "mallory", withMarker({ id: ".", headSha: HEAD }, "fake"));
    const outcome = await upsertStickyComment(api(), request());
    expect(outcome.action).toBe("created");
    expect(gh.comments.find((c) => c.id === forged.id)!.body).toBe(withMarker({ id: ".", headSha: HEAD }, "fake"));
  });

  it("edits the comments of the token's own user when it can learn who that is", async () => {
    const bots = gh.addComment(PR.number, "github-actions[bot]", withMarker({ id: ".", headSha: HEAD }, "bot's"));
    const alices = gh.addComment(PR.number, "alice", withMarker({ id: ".", headSha: HEAD }, "alice's"));
    expect(await upsertStickyComment(api(PAT), request())).toMatchObject({ action: "updated" });
    expect(gh.comments.find((c) => c.id === alices.id)!.body).toContain("findings");
    expect(gh.comments.find((c) => c.id === bots.id)!.body).toContain("bot's");
  });

  it("keeps one comment per linted directory", async () => {
    await upsertStickyComment(api(), request({ marker: { id: "prod", headSha: HEAD } }));
    await upsertStickyComment(api(), request({ marker: { id: "staging", headSha: HEAD } }));
    expect(gh.commentsOn(PR.number).map((c) => parseMarker(c.body)?.id)).toEqual(["prod", "staging"]);
  });

  it("leaves the comment alone when the pull request's head moved on", async () => {
    gh.pulls.set(PR.number, { head: NEWER, base: "0".repeat(40) });
    // The run for the newer commit finishes first; the run for the older one after it.
    await upsertStickyComment(api(), request({ marker: { id: ".", headSha: NEWER }, body: "newer\n" }));
    gh.requests = [];
    const stale = await upsertStickyComment(api(), request({ body: "older\n" }));
    expect(stale.action).toBe("skipped");
    expect(writes()).toEqual([]);
    expect(parseMarker(gh.commentsOn(PR.number)[0]!.body)?.headSha).toBe(NEWER);
  });

  it("with on-change, posts nothing for a clean first run, but updates an existing comment once clean", async () => {
    expect((await upsertStickyComment(api(), request({ hasNews: false, body: "clean\n" }))).action).toBe("skipped");
    expect(gh.commentsOn(PR.number)).toHaveLength(0);
    await upsertStickyComment(api(), request());
    expect((await upsertStickyComment(api(), request({ hasNews: false, body: "clean\n" }))).action).toBe("updated");
    expect(gh.commentsOn(PR.number)[0]!.body).toContain("clean");
  });

  it("with always, posts even a clean result; with never, makes no request at all", async () => {
    expect((await upsertStickyComment(api(), request({ mode: "always", hasNews: false }))).action).toBe("created");
    gh.requests = [];
    expect((await upsertStickyComment(api(), request({ mode: "never" }))).action).toBe("skipped");
    expect(gh.requests).toEqual([]);
  });
});
