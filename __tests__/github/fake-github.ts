// A local stand-in for the parts of GitHub's REST API egress-lint uses, answering the way GitHub does: 401 without
// credentials, 403 on /user for installation tokens and on other people's comments, 422 on bodies over 65,536
// characters, paginated listings with Link headers. Listens on 127.0.0.1 only.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeUser {
  login: string;
  /** Installation tokens (GITHUB_TOKEN) get 403 from GET /user. */
  installation: boolean;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

export interface ScriptedFailure {
  method: string;
  /** Matched against the path without the query. */
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  message?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorized: boolean;
}

export const GITHUB_ACTIONS_TOKEN = "ghs_fake_installation_token";
export const MAX_BODY = 65_536;

export class FakeGitHub {
  url = "";
  users = new Map<string, FakeUser>([[GITHUB_ACTIONS_TOKEN, { login: "github-actions[bot]", installation: true }]]);
  pulls = new Map<number, { head: string; base: string }>();
  comments: FakeComment[] = [];
  requests: RecordedRequest[] = [];
  failures: ScriptedFailure[] = [];
  /** A fork's pull request: the token may read but not write. */
  readOnly = false;
  private nextId = 1000;
  private server = createServer((req, res) => void this.handle(req, res));

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  addComment(issue: number, login: string, body: string): FakeComment {
    const id = this.nextId++;
    const c = {
      id,
      issue,
      body,
      user: { login, type: login.endsWith("[bot]") ? "Bot" : "User" },
      html_url: `https://github.example/o/r/pull/${issue}#issuecomment-${id}`,
    };
    this.comments.push(c);
    return c;
  }

  commentsOn(issue: number): FakeComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const method = req.method ?? "GET";
    const auth = req.headers.authorization;
    this.requests.push({ method, path: url.pathname + url.search, authorized: Boolean(auth) });
    const raw = await new Promise<string>((resolve) => {
      let data = "";
      req.on("data", (chunk) => (data += chunk));
      req.on("end", () => resolve(data));
    });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(status === 204 ? undefined : JSON.stringify(body));
    };
    const scripted = this.failures.findIndex((f) => f.method === method && f.path.test(url.pathname));
    if (scripted >= 0) {
      const [f] = this.failures.splice(scripted, 1);
      return send(f!.status, { message: f!.message ?? "scripted failure" }, f!.headers);
    }
    const token = auth?.replace(/^(token|bearer) /i, "");
    if (!token) return send(401, { message: "Requires authentication" });
    const user = this.users.get(token);
    if (!user) return send(401, { message: "Bad credentials" });

    let m: RegExpMatchArray | null;
    if (method === "GET" && url.pathname === "/user") {
      return user.installation
        ? send(403, { message: "Resource not accessible by integration" })
        : send(200, { login: user.login });
    }
    if (method === "GET" && (m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/))) {
      const pr = this.pulls.get(Number(m[1]));
      return pr
        ? send(200, { number: Number(m[1]), head: { sha: pr.head }, base: { sha: pr.base } })
        : send(404, { message: "Not Found" });
    }
    if (method === "GET" && (m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
      const all = this.commentsOn(Number(m[1]));
      const perPage = Math.min(100, Number(url.searchParams.get("per_page") ?? 30) || 30);
      const page = Math.max(1, Number(url.searchParams.get("page") ?? 1) || 1);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const link = (p: number, rel: string) =>
        `<${this.url}${url.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
      const links = [
        page < last ? link(page + 1, "next") : "",
        page < last ? link(last, "last") : "",
        page > 1 ? link(1, "first") : "",
        page > 1 ? link(page - 1, "prev") : "",
      ].filter(Boolean);
      return send(200, all.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(", ") } : {});
    }
    const tooLong = (body: string) => [...body].length > MAX_BODY;
    const validation = {
      message: "Validation Failed",
      errors: [
        {
          resource: "IssueComment",
          code: "custom",
          field: "body",
          message: "body is too long (maximum is 65536 characters)",
        },
      ],
    };
    if (method === "POST" && (m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
      if (this.readOnly) return send(403, { message: "Resource not accessible by integration" });
      const { body } = JSON.parse(raw) as { body: string };
      if (tooLong(body)) return send(422, validation);
      return send(201, this.addComment(Number(m[1]), user.login, body));
    }
    if (method === "PATCH" && (m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/))) {
      const c = this.comments.find((x) => x.id === Number(m![1]));
      if (!c) return send(404, { message: "Not Found" });
      if (this.readOnly || c.user.login !== user.login)
        return send(403, { message: "Resource not accessible by integration" });
      const { body } = JSON.parse(raw) as { body: string };
      if (tooLong(body)) return send(422, validation);
      c.body = body;
      return send(200, c);
    }
    return send(404, { message: "Not Found" });
  }
}
