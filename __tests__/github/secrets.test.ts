// The token never appears in what the client says about a failure, whatever the server or the network answers.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGitHubApi } from "../../src/github/client.js";

const TOKEN = "ghs_secretTOKENthatMustNotLeak0000000000";
const PR = { owner: "o", repo: "r", number: 1 };
const noWait = { sleep: async () => {}, now: () => 0 };
let server: Server;
let url: string;

beforeAll(async () => {
  // A server that quotes the request's credentials back, as a misconfigured proxy or enterprise instance might.
  server = createServer((req, res) => {
    res.writeHead(403, { "content-type": "application/json" });
    res.end(JSON.stringify({ message: `forbidden for ${req.headers.authorization ?? ""} at ${req.url}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function failure(baseUrl: string): Promise<string> {
  try {
    await createGitHubApi({
      token: TOKEN,
      baseUrl,
      hooks: noWait,
      retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
    }).createIssueComment(PR, "body");
  } catch (err) {
    return `${(err as Error).message} ${(err as Error).stack ?? ""}`;
  }
  throw new Error("the request did not fail");
}

describe("the GitHub client's failures", () => {
  it("never repeat the token, even when the server quotes it", async () => {
    const text = await failure(url);
    expect(text).toContain("HTTP 403");
    expect(text).not.toContain(TOKEN);
  });

  it("never name the token when nothing answers", async () => {
    const text = await failure("http://127.0.0.1:9");
    expect(text).toContain("no response from GitHub");
    expect(text).not.toContain(TOKEN);
  });
});
