// Dockerfile analysis: what the final stage ships from the context, and the COPY lines that say so.
import { describe, expect, it } from "vitest";
import { parseDockerfile } from "../../src/provenance/dockerfile.js";
import { dockerignoreExcludes } from "../../src/provenance/dockerignore.js";
import { shippedFiles } from "../../src/provenance/ships.js";

function ships(text: string, files: string[] = [], target?: string) {
  return shippedFiles({
    dockerfile: parseDockerfile(text),
    dockerfilePath: "svc/Dockerfile",
    context: "svc",
    ...(target ? { target } : {}),
    isFile: (p) => files.includes(p),
  });
}

const MULTI_STAGE = `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod go.sum ./
COPY --chown=1000:1000 cmd/ ./cmd/
RUN go build -o /out/app ./cmd/app

FROM node:20 AS lint
COPY tools ./tools
RUN npm run lint

FROM gcr.io/distroless/static AS final
COPY --from=build /out/app /app
COPY ["config/app.yaml", "/etc/app.yaml"]
ADD https://example.com/ca.pem /etc/ca.pem
ENTRYPOINT ["/app"]
`;

describe("shippedFiles", () => {
  it("follows COPY --from to the stages the final stage copies from, not to unused ones", () => {
    const out = ships(MULTI_STAGE, ["svc/go.mod", "svc/go.sum", "svc/config/app.yaml"]);
    // The final stage takes only the binary the Go build stage compiles: of what that stage was given, the Go sources.
    expect(out.ships.sort()).toEqual(["svc/cmd/**/*.go", "svc/config/app.yaml"]);
    expect(out.ships.some((g) => g.includes("tools"))).toBe(false);
    expect(out.evidence.map((e) => e.line).sort((a, b) => a - b)).toEqual([5, 13, 14]);
    expect(out.evidence.find((e) => e.line === 13)?.says).toContain(".go");
    expect(out.servesStaticFiles).toBe(false);
  });

  it("excludes test files when the copying stage compiles, not when it only runs sources", () => {
    const compiled = ships("FROM golang AS b\nCOPY . .\nRUN go build ./...\nFROM scratch\nCOPY --from=b /x /x\n");
    expect(compiled.ships).toEqual(["svc/**/*.go"]);
    expect(compiled.excludes).toContain("svc/**/*_test.go");
    expect(compiled.excludes).toContain("svc/**/src/test/**");
    const interpreted = ships("FROM python:3.12\nCOPY . .\nCMD python app.py\n");
    expect(interpreted.ships).toEqual(["svc/**"]);
    expect(interpreted.excludes).toEqual([]);
  });

  it("detects a final stage that only serves static files, through FROM-stage chains", () => {
    const web = ships(
      "FROM node:20 AS build\nCOPY . .\nRUN npm run build\nFROM nginxinc/nginx-unprivileged:1.27 AS base\n" +
        "FROM base\nCOPY --from=build /app/dist /usr/share/nginx/html\n",
    );
    expect(web.servesStaticFiles).toBe(true);
    expect(web.ships).toEqual(["svc/**"]);
    expect(ships("FROM node:20\nCOPY . .\n").servesStaticFiles).toBe(false);
  });

  it("honours --target, line continuations, wildcards, heredocs and stage indexes", () => {
    const text =
      "FROM golang AS build\nCOPY \\\n  *.go \\\n  ./\nRUN <<EOF\nCOPY secret /x\nEOF\nFROM alpine AS debug\n" +
      "COPY --from=0 /b /b\nFROM scratch\nCOPY --from=build /b /b\n";
    const debug = ships(text, [], "debug");
    expect(debug.ships).toEqual(["svc/*.go", "svc/*.go/**"]);
    expect(debug.evidence.map((e) => e.line).sort((a, b) => a - b)).toEqual([2, 9]);
  });

  it("ships what a stage's FROM-stage parent copied in", () => {
    const out = ships(
      "FROM golang AS deps\nCOPY go.mod ./\nFROM deps AS build\nCOPY internal ./internal\nRUN go build\n" +
        "FROM scratch\nCOPY --from=build /app /app\n",
      ["svc/go.mod"],
    );
    expect(out.ships.sort()).toEqual(["svc/internal/**/*.go"]);
    expect(out.evidence.map((e) => e.line).sort((a, b) => a - b)).toEqual([4, 7]);
  });

  it("ships all a copied-from stage was given where its build may package more than sources, or it is final", () => {
    // Maven puts src/main/resources into the jar; a single-stage Go image holds everything it copied.
    const maven = ships(
      "FROM maven AS b\nCOPY . .\nRUN mvn package\nFROM eclipse-temurin\nCOPY --from=b /t/app.jar /\n",
    );
    expect(maven.ships).toEqual(["svc/**"]);
    const mixed = ships(
      "FROM golang AS b\nCOPY . .\nRUN go build && npm run build\nFROM scratch\nCOPY --from=b /x /x\n",
    );
    expect(mixed.ships).toEqual(["svc/**"]);
    const single = ships("FROM golang\nCOPY . .\nRUN go build -o /app\nCMD /app\n");
    expect(single.ships).toEqual(["svc/**"]);
  });

  it("reads RUN --mount=type=bind of a compiling RUN as a copy of the context", () => {
    const out = ships(
      "FROM golang AS b\nRUN --mount=type=bind,target=. go build -o /app\nFROM scratch\nCOPY --from=b /app /app\n",
    );
    expect(out.ships).toEqual(["svc/**/*.go"]);
    expect(out.excludes).toContain("svc/**/*_test.go");
  });
});

describe("dockerignoreExcludes", () => {
  it("puts patterns under the context and re-includes by dropping the excludes that cover a ! pattern", () => {
    const text = "# comment\nnode_modules\n/docs/\n*.md\n!README.md\n**/*.test.js\n";
    expect(dockerignoreExcludes(text, "web")).toEqual([
      "web/node_modules",
      "web/node_modules/**",
      "web/docs",
      "web/docs/**",
      "web/**/*.test.js",
      "web/**/*.test.js/**",
    ]);
  });
});
