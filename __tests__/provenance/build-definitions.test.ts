// Each build-definition form -> the image, context, Dockerfile and the line that says so.
import { describe, expect, it } from "vitest";
import { buildFileKind, buildsOf } from "../../src/provenance/build-files.js";
import type { ProvenanceProblem } from "../../src/provenance/types.js";

function builds(path: string, text: string, repository?: string) {
  const problems: ProvenanceProblem[] = [];
  const out = buildsOf({ path, text }, problems, repository).map((b) => ({
    image: b.image,
    context: b.context,
    dockerfile: b.dockerfile,
    ...(b.target ? { target: b.target } : {}),
    line: b.evidence.line,
  }));
  return { out, problems };
}

describe("buildFileKind", () => {
  it.each([
    ["deploy/docker-compose.prod.yml", "compose"],
    ["compose.yaml", "compose"],
    ["skaffold.yaml", "skaffold"],
    [".github/workflows/release.yml", "workflow"],
    ["scripts/build.sh", "shell"],
    ["Makefile", "makefile"],
    ["mk/images.mk", "makefile"],
    ["Taskfile.yml", "taskfile"],
    ["svc/Dockerfile", "dockerfile"],
    ["svc/Dockerfile.dev", "dockerfile"],
    ["svc/api.Dockerfile", "dockerfile"],
    ["svc/Containerfile", "dockerfile"],
    ["svc/.dockerignore", "dockerignore"],
    ["svc/Dockerfile.dockerignore", "dockerignore"],
    ["go.mod", "go.mod"],
    ["README.md", "readme"],
    ["app/README.ja.md", "readme"],
  ])("%s is %s", (path, kind) => {
    expect(buildFileKind(path)).toBe(kind);
  });

  it("keeps no other file", () => {
    expect(buildFileKind("docs/compose.md")).toBeUndefined();
    expect(buildFileKind("src/app.ts")).toBeUndefined();
    expect(buildFileKind("ci/.github/workflows/x.yml")).toBeUndefined();
  });
});

describe("compose", () => {
  it("reads string and object build forms relative to the compose file, citing the image: line", () => {
    const text = `services:
  checkout:
    image: ghcr.io/acme/checkout:dev
    build: ../services/checkout
  cart:
    build:
      context: ../services/cart
      dockerfile: docker/Dockerfile.prod
      target: runtime
    image: acme/cart
  redis:
    image: redis:7
`;
    expect(builds("deploy/docker-compose.yml", text).out).toEqual([
      {
        image: "ghcr.io/acme/checkout:dev",
        context: "services/checkout",
        dockerfile: "services/checkout/Dockerfile",
        line: 3,
      },
      {
        image: "acme/cart",
        context: "services/cart",
        dockerfile: "services/cart/docker/Dockerfile.prod",
        target: "runtime",
        line: 10,
      },
    ]);
  });

  it("reports a YAML error as a problem with its line, not an exception", () => {
    const { out, problems } = builds("compose.yaml", "services:\n  a: [\n");
    expect(out).toEqual([]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.file).toBe("compose.yaml");
  });
});

describe("skaffold", () => {
  it("reads build.artifacts and profiles[].build.artifacts", () => {
    const text = `apiVersion: skaffold/v4beta11
kind: Config
build:
  artifacts:
    - image: ghcr.io/acme/checkout
      context: services/checkout
      docker:
        dockerfile: build/Dockerfile
profiles:
  - name: jvm
    build:
      artifacts:
        - image: ghcr.io/acme/ledger
          context: services/ledger
          jib: {}
`;
    expect(builds("skaffold.yaml", text).out).toEqual([
      {
        image: "ghcr.io/acme/checkout",
        context: "services/checkout",
        dockerfile: "services/checkout/build/Dockerfile",
        line: 5,
      },
      { image: "ghcr.io/acme/ledger", context: "services/ledger", dockerfile: undefined, line: 13 },
    ]);
  });
});

describe("GitHub workflows", () => {
  it("reads docker/build-push-action with multi-line and comma tags, and metadata-action images", () => {
    const text = `on: push
jobs:
  images:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/build-push-action@v6
        with:
          context: services/checkout
          file: services/checkout/Dockerfile.release
          tags: |
            \${{ env.REGISTRY }}/acme/checkout:\${{ github.sha }}
            ghcr.io/acme/checkout:latest, ghcr.io/acme/checkout:edge
      - id: meta
        uses: docker/metadata-action@v5
        with:
          images: |
            name=ghcr.io/acme/cart,enable=true
      - uses: docker/build-push-action@v6
        with:
          context: services/cart
          tags: \${{ steps.meta.outputs.tags }}
`;
    const { out } = builds(".github/workflows/release.yml", text);
    expect(out.map((b) => [b.image, b.context, b.dockerfile, b.line])).toEqual([
      [
        "${{ env.REGISTRY }}/acme/checkout:${{ github.sha }}",
        "services/checkout",
        "services/checkout/Dockerfile.release",
        7,
      ],
      ["ghcr.io/acme/checkout:latest", "services/checkout", "services/checkout/Dockerfile.release", 7],
      ["ghcr.io/acme/checkout:edge", "services/checkout", "services/checkout/Dockerfile.release", 7],
      ["ghcr.io/acme/cart", "services/cart", "services/cart/Dockerfile", 19],
    ]);
  });

  it("expands env and the repository's name in tags and metadata images, as the runner does", () => {
    const text = `on: push
env:
  REGISTRY: ghcr.io
  IMAGE_NAME: \${{ github.repository }}
jobs:
  image:
    runs-on: ubuntu-latest
    env:
      OWNER_IMAGE: \${{ github.repository_owner }}/worker
    steps:
      - id: meta
        uses: docker/metadata-action@v5
        with:
          images: \${{ env.REGISTRY }}/\${{ env.IMAGE_NAME }}
      - uses: docker/build-push-action@v6
        with:
          tags: \${{ steps.meta.outputs.tags }}
      - uses: docker/build-push-action@v6
        with:
          context: worker
          tags: \${{ env.REGISTRY }}/\${{ env.OWNER_IMAGE }}:\${{ github.sha }}
      - run: docker build -t "$REGISTRY/$IMAGE_NAME-cli" tools/cli
`;
    const known = builds(".github/workflows/image.yml", text, "Acme/Shop-API").out;
    expect(known.map((b) => [b.image, b.context])).toEqual([
      ["ghcr.io/acme/shop-api", ""],
      ["ghcr.io/acme/worker:${{ github.sha }}", "worker"],
      ["ghcr.io/acme/shop-api-cli", "tools/cli"],
    ]);
    // Without the repository's name, the expressions stay as written and name no image.
    expect(builds(".github/workflows/image.yml", text).out.map((b) => b.image)).toEqual([
      "ghcr.io/${{ env.IMAGE_NAME }}",
      "ghcr.io/${{ env.OWNER_IMAGE }}:${{ github.sha }}",
      "ghcr.io/$IMAGE_NAME-cli",
    ]);
  });

  it("reads docker build in run: blocks, on the command's own line, from the step's working-directory", () => {
    const text = `jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - working-directory: services
        run: |
          echo building
          docker buildx build \\
            --platform linux/amd64 \\
            -t "\${REGISTRY}/checkout:\${TAG}" \\
            -f checkout/Dockerfile checkout
      - run: docker build -t acme/inline .
`;
    expect(builds(".github/workflows/ci.yaml", text).out).toEqual([
      {
        image: "${REGISTRY}/checkout:${TAG}",
        context: "services/checkout",
        dockerfile: "services/checkout/Dockerfile",
        line: 8,
      },
      { image: "acme/inline", context: "", dockerfile: "Dockerfile", line: 12 },
    ]);
  });
});

describe("image names a build writes through variables and outputs", () => {
  it("expands the workflow's env and the script's own assignments, after a cd, in a buildx --output name", () => {
    const text = `env:
  REGISTRY: ghcr.io
jobs:
  bot:
    runs-on: ubuntu-latest
    env:
      IMAGE: cortex-bot
    steps:
      - run: |
          IMAGE_PATH="\${GITHUB_REPOSITORY}/\${IMAGE}"
          export GHCR_IMAGE="\${REGISTRY}/\${IMAGE_PATH}"
          cd cluster/applications
          docker buildx build -f bot/Dockerfile --output "type=docker,name=\${GHCR_IMAGE}:\${TAG},push=false" .
`;
    expect(builds(".github/workflows/bot.yaml", text).out).toEqual([
      {
        image: "ghcr.io/${GITHUB_REPOSITORY}/cortex-bot:${TAG}",
        context: "cluster/applications",
        dockerfile: "cluster/applications/bot/Dockerfile",
        line: 13,
      },
    ]);
  });

  it("reads every name of an image output, and no other output", () => {
    const text = "docker buildx build -o type=image,name=acme/a,acme/b,push=true -o type=local,dest=out .\n";
    expect(builds("scripts/build.sh", text).out.map((b) => b.image)).toEqual(["acme/a", "acme/b"]);
  });
});

describe("docker build command lines", () => {
  it("reads -t/--tag/-f/--file/--target and the trailing context in shell scripts", () => {
    const text = `#!/bin/sh
set -eu
# docker build -t commented/out .
docker build --build-arg V=1 --tag=ghcr.io/acme/api:$(git rev-parse --short HEAD) \\
  --file services/api/Dockerfile --target runtime services/api && docker push ghcr.io/acme/api
podman build -t acme/worker -t acme/worker:dev workers/
`;
    expect(builds("scripts/build.sh", text).out).toEqual([
      {
        image: "ghcr.io/acme/api:${_}",
        context: "services/api",
        dockerfile: "services/api/Dockerfile",
        target: "runtime",
        line: 4,
      },
      { image: "acme/worker", context: "workers", dockerfile: "workers/Dockerfile", line: 6 },
      { image: "acme/worker:dev", context: "workers", dockerfile: "workers/Dockerfile", line: 6 },
    ]);
  });

  it("resolves Make variables defined in the same Makefile, relative to the Makefile's folder", () => {
    const text = `REGISTRY ?= ghcr.io/acme
IMG ?= $(REGISTRY)/operator:v$(VERSION)
CONTAINER_TOOL ?= docker

.PHONY: docker-build
docker-build:
\t$(CONTAINER_TOOL) build -t \${IMG} .
\t@docker build -t $(OTHER_IMG) -f Dockerfile.debug .
`;
    expect(builds("operator/Makefile", text).out).toEqual([
      {
        image: "ghcr.io/acme/operator:v${VERSION}",
        context: "operator",
        dockerfile: "operator/Dockerfile",
        line: 7,
      },
      { image: "${OTHER_IMG}", context: "operator", dockerfile: "operator/Dockerfile.debug", line: 8 },
    ]);
  });

  it("reads Taskfile cmds from the task's dir", () => {
    const text = `version: "3"
tasks:
  image:
    dir: services/checkout
    cmds:
      - go test ./...
      - docker build -t {{.REGISTRY}}/checkout:{{ .TAG }} .
`;
    expect(builds("Taskfile.yml", text).out).toEqual([
      {
        image: "${_}/checkout:${_}",
        context: "services/checkout",
        dockerfile: "services/checkout/Dockerfile",
        line: 7,
      },
    ]);
  });
});
