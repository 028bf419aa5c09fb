// One Go program of several in a folder: `go build ./cmd/server.go` compiles that file and what it imports, not the
// other `main` files beside it, which are other programs built into other images.
import { describe, expect, it } from "vitest";
import { goBuildFiles } from "../../src/provenance/go-targets.js";
import { parseDockerfile } from "../../src/provenance/dockerfile.js";
import { shippedFiles } from "../../src/provenance/ships.js";

describe("the files a go build names", () => {
  it.each([
    [
      "CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -v -mod=vendor -o bin/server ./cmd/server.go",
      ["cmd/server.go"],
    ],
    ["go build -o /out/a ./cmd/a.go && go build -o /out/b cmd/b.go", ["cmd/a.go", "cmd/b.go"]],
    ["go build -ldflags '-s -w' -o app main.go", ["main.go"]],
  ])("%s", (command, files) => {
    expect(goBuildFiles(command)).toEqual(files);
  });

  it.each([
    "go build ./...",
    "go build -o app .",
    "go build -o app ./cmd/server",
    "go build",
    "cd cmd && go build -o /app server.go",
    "go install github.com/acme/tool@latest",
    "go build -o app $MAIN",
    "npm run build",
  ])("builds more than named files, or none: %s", (command) => {
    expect(goBuildFiles(command)).toBeUndefined();
  });
});

const DOCKERFILE = `FROM golang:1.20 AS builder
WORKDIR /root/go/src/demo/
COPY ./ .
RUN CGO_ENABLED=0 go build -o bin/server ./cmd/server.go
FROM alpine:3.18
COPY --from=builder /root/go/src/demo/bin/server /bin/
CMD ["/bin/server"]
`;

const FILES = ["svc/cmd/server.go", "svc/cmd/client.go", "svc/cmd/notes.md", "svc/pkg/api/api.go", "svc/ser.json"];

function ships(text: string) {
  return shippedFiles({
    dockerfile: parseDockerfile(text),
    dockerfilePath: "svc/docker/server.Dockerfile",
    context: "svc",
    isFile: (p) => FILES.includes(p),
    filesIn: (dir) => FILES.filter((f) => f.slice(0, f.lastIndexOf("/")) === dir),
  });
}

describe("a Go build stage whose binary the final stage copies", () => {
  it("ships the Go sources, less the other programs beside the file it builds, and says so", () => {
    const out = ships(DOCKERFILE);
    expect(out.ships).toEqual(["svc/**/*.go"]);
    expect(out.excludes).toContain("svc/cmd/client.go");
    expect(out.excludes).not.toContain("svc/cmd/server.go");
    // The evidence is the COPY that brought the other program in, and names it.
    expect(out.evidence.filter((e) => e.says.includes("svc/cmd/client.go")).map((e) => e.line)).toEqual([3]);
  });

  it("keeps every Go file where the build takes a package, or the context lands elsewhere than the build runs", () => {
    expect(ships(DOCKERFILE.replace("./cmd/server.go", "./cmd/server")).excludes).not.toContain("svc/cmd/client.go");
    const elsewhere = DOCKERFILE.replace("COPY ./ .", "COPY ./ /other/");
    expect(ships(elsewhere).excludes).not.toContain("svc/cmd/client.go");
  });
});
