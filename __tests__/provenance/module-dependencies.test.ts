// An image that ships a module ships the in-repository modules it depends on: a Maven sibling, an npm workspace
// package. The Dockerfile may copy only the module itself; the build takes the sibling from a registry or the workspace.
import { describe, expect, it } from "vitest";
import { buildProvenance, isBuildDefinitionFile, placementsShipping } from "../../src/provenance/index.js";
import type { BuildFile, WorkloadImage } from "../../src/provenance/types.js";

function image(workload: string, ref: string): WorkloadImage {
  return { namespace: "shop", workload, container: workload, image: ref, file: `deploy/${workload}.yaml`, line: 20 };
}

function provenanceOf(repo: Record<string, string>, images: WorkloadImage[]) {
  const files = Object.keys(repo);
  const buildFiles: BuildFile[] = files.filter(isBuildDefinitionFile).map((path) => ({ path, text: repo[path]! }));
  return buildProvenance({ files, buildFiles, images });
}

const pom = (id: string, deps: string[] = [], testDeps: string[] = []) =>
  [
    "<project>",
    "  <parent><artifactId>parent</artifactId></parent>",
    `  <artifactId>${id}</artifactId>`,
    "  <dependencies>",
    ...deps.map((d) => `    <dependency><artifactId>${d}</artifactId></dependency>`),
    ...testDeps.map((d) => `    <dependency><artifactId>${d}</artifactId><scope>test</scope></dependency>`),
    "  </dependencies>",
    "</project>",
    "",
  ].join("\n");

describe("module dependencies inside the repository", () => {
  it("ships the Maven modules a shipped module depends on, transitively, without their tests", () => {
    const repo = {
      "orders/Dockerfile":
        "FROM maven AS b\nCOPY pom.xml .\nCOPY orders/ orders/\nRUN mvn package\nFROM jre\nCOPY --from=b /x /x\n",
      "orders/pom.xml": pom("orders", ["security"], ["testkit"]),
      "orders/src/main/java/Orders.java": "",
      "security/pom.xml": pom("security", ["common"]),
      "security/src/main/java/Breach.java": "",
      "security/src/test/java/BreachTest.java": "",
      "common/pom.xml": pom("common"),
      "common/src/main/java/Http.java": "",
      "testkit/pom.xml": pom("testkit"),
      "testkit/src/main/java/Kit.java": "",
      "build.sh": "docker build -t acme/orders -f orders/Dockerfile .\n",
    };
    const p = provenanceOf(repo, [image("orders", "acme/orders:1")]);
    const shippedBy = (file: string) => placementsShipping(p, file).map((x) => x.workload);
    expect(shippedBy("security/src/main/java/Breach.java")).toEqual(["orders"]);
    expect(shippedBy("common/src/main/java/Http.java")).toEqual(["orders"]);
    expect(shippedBy("security/src/test/java/BreachTest.java")).toEqual([]);
    expect(shippedBy("testkit/src/main/java/Kit.java")).toEqual([]);
    expect(p.placements[0]!.evidence).toContainEqual({
      file: "orders/pom.xml",
      line: 5,
      says: "depends on module security",
    });
  });

  it("ships the npm workspace packages a shipped package depends on at run time", () => {
    const repo = {
      "services/auth/Dockerfile": "FROM node:20\nCOPY . .\nCMD node index.js\n",
      "services/auth/package.json": JSON.stringify(
        { name: "@shop/auth", dependencies: { "@shop/shared": "workspace:*" }, devDependencies: { "@shop/lint": "*" } },
        null,
        2,
      ),
      "services/auth/index.js": "",
      "packages/shared/package.json": JSON.stringify({ name: "@shop/shared" }),
      "packages/shared/src/breach.ts": "",
      "packages/lint/package.json": JSON.stringify({ name: "@shop/lint" }),
      "packages/lint/index.js": "",
    };
    const p = provenanceOf(repo, [image("auth", "ghcr.io/shop/auth:2")]);
    const shippedBy = (file: string) => placementsShipping(p, file).map((x) => x.workload);
    expect(shippedBy("packages/shared/src/breach.ts")).toEqual(["auth"]);
    expect(shippedBy("packages/lint/index.js")).toEqual([]);
  });
});

describe("build output", () => {
  it("ships the sources a build output folder the repository does not hold was compiled from", () => {
    const repo = {
      "apps/auth/Dockerfile":
        "FROM node:18 AS b\nCOPY package.json ./\nRUN yarn install\nFROM node:18-alpine\nCOPY --from=b /n ./node_modules\nCOPY dist/libs dist/libs\nCOPY dist/apps/auth dist/apps/auth\n",
      "apps/auth/src/oauth.ts": "",
      "apps/auth/test/oauth.e2e-spec.ts": "",
      "apps/gateway/src/main.ts": "",
      "libs/core/config.ts": "",
      "package.json": JSON.stringify({ name: "backend" }),
      "build.sh": "docker build -t acme/auth -f apps/auth/Dockerfile .\n",
    };
    const p = provenanceOf(repo, [image("auth", "acme/auth:1")]);
    const shippedBy = (file: string) => placementsShipping(p, file).map((x) => x.workload);
    expect(shippedBy("apps/auth/src/oauth.ts")).toEqual(["auth"]);
    expect(shippedBy("libs/core/config.ts")).toEqual(["auth"]);
    expect(shippedBy("apps/gateway/src/main.ts")).toEqual([]);
    expect(shippedBy("apps/auth/test/oauth.e2e-spec.ts")).toEqual([]);
    expect(p.placements[0]!.evidence).toContainEqual({
      file: "apps/auth/Dockerfile",
      line: 7,
      says: "dist/apps/auth is build output the repository does not hold: ships the sources in apps/auth",
    });
  });

  it("ships the Go sources beside a binary the image copies and the repository does not hold", () => {
    const repo = {
      "example/server/build.sh": "go build -o server\ndocker build -t acme/server:2 .\n",
      "example/server/Dockerfile": 'FROM ubuntu:22.04\nCOPY server /bin/server\nCMD ["server"]\n',
      "example/server/main.go": "package main\n",
      "example/server/service/mail.go": "package service\n",
      "example/server/service/mail_test.go": "package service\n",
      "example/client/main.go": "package main\n",
    };
    const p = provenanceOf(repo, [image("server", "acme/server:2")]);
    const shippedBy = (file: string) => placementsShipping(p, file).map((x) => x.workload);
    expect(shippedBy("example/server/service/mail.go")).toEqual(["server"]);
    expect(shippedBy("example/server/service/mail_test.go")).toEqual([]);
    expect(shippedBy("example/client/main.go")).toEqual([]);
    expect(p.placements[0]!.evidence).toContainEqual({
      file: "example/server/Dockerfile",
      line: 2,
      says: "example/server/server is not in the repository, beside the Go sources of example/server: the binary built from them",
    });
  });

  it("ships the Go sources above a bin/ folder a Makefile's go build -o writes and the repository does not hold", () => {
    const repo = {
      Makefile:
        "build:\n\tCGO_ENABLED=0 go build -o bin/app main.go\n\ndocker: build\n\tdocker build . -t acme/items:latest\n",
      Dockerfile: 'FROM alpine:3\nWORKDIR /items\nCOPY bin/app ./app\nCMD ["/items/app"]\n',
      "main.go": "package main\n",
      "tools/bin/gen.go": "package main\n",
    };
    const p = provenanceOf(repo, [image("items", "acme/items:latest")]);
    expect(placementsShipping(p, "main.go").map((x) => x.workload)).toEqual(["items"]);
    expect(p.placements[0]!.evidence).toContainEqual({
      file: "Dockerfile",
      line: 3,
      says: "bin/app is not in the repository, in a bin/ folder the repository does not hold, above the Go sources of .: the binary built from them",
    });
  });
});
