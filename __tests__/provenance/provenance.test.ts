// End to end: workload images -> placements (or unplaced, with why) -> which containers ship a file.
import { describe, expect, it } from "vitest";
import { buildProvenance, isBuildDefinitionFile, placementsShipping } from "../../src/provenance/index.js";
import type { BuildFile, WorkloadImage } from "../../src/provenance/types.js";

function image(workload: string, ref: string, namespace = "shop"): WorkloadImage {
  return { namespace, workload, container: workload, image: ref, file: `deploy/${workload}.yaml`, line: 20 };
}

/** A repository given as path -> text; texts of build-definition files are handed over as the pipeline would. */
function provenanceOf(repo: Record<string, string>, images: WorkloadImage[]) {
  const files = Object.keys(repo);
  const buildFiles: BuildFile[] = files.filter(isBuildDefinitionFile).map((path) => ({ path, text: repo[path]! }));
  return buildProvenance({ files, buildFiles, images });
}

const SHOP: Record<string, string> = {
  "docker-compose.yml": "services:\n  checkout:\n    image: ghcr.io/acme/checkout:dev\n    build: services/checkout\n",
  "services/checkout/Dockerfile":
    "FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app ./cmd/checkout\n" +
    "FROM gcr.io/distroless/static\nCOPY --from=build /app /app\n",
  "services/checkout/.dockerignore": "docs\n",
  "services/checkout/cmd/checkout/main.go": "",
  "services/checkout/client.go": "",
  "services/checkout/client_test.go": "",
  "services/checkout/docs/api.md": "",
  "web/Dockerfile":
    "FROM node:20 AS b\nCOPY . .\nRUN npm run build\nFROM nginx:1.27\nCOPY --from=b /w/dist /usr/share/nginx/html\n",
  "web/src/app.ts": "",
  "scripts/install.sh": "curl -fsSL https://get.example.io | sh\n",
  ".github/workflows/ci.yml": "on: push\njobs: {}\n",
};

describe("buildProvenance", () => {
  it("places a compose-built image with its Dockerfile's ships, .dockerignore and compiled-test excludes", () => {
    const p = provenanceOf(SHOP, [image("checkout", "ghcr.io/acme/checkout:1.4.2")]);
    expect(p.unplaced).toEqual([]);
    expect(p.placements).toHaveLength(1);
    const [checkout] = p.placements;
    expect(checkout).toMatchObject({
      how: "build-definition",
      context: "services/checkout",
      dockerfile: "services/checkout/Dockerfile",
      ships: ["services/checkout/**/*.go"],
      servesStaticFiles: false,
    });
    expect(checkout!.excludes).toContain("services/checkout/docs/**");
    expect(checkout!.excludes).toContain("services/checkout/**/*_test.go");
    expect(checkout!.evidence).toEqual([
      {
        file: "docker-compose.yml",
        line: 3,
        says: "compose service checkout builds ghcr.io/acme/checkout:dev from context services/checkout",
      },
      { file: "services/checkout/Dockerfile", line: 3, says: "COPY ships services/checkout/**/*.go in stage build" },
      {
        file: "services/checkout/Dockerfile",
        line: 6,
        says: "copies from stage build into stage 1: the artifact stage build builds from its .go files",
      },
    ]);
  });

  it("reads a README's docker build, run where the only Dockerfile below it is when its own is not there", () => {
    const readme = [
      "# Hello",
      "Build and push it yourself:",
      "```bash",
      "$ docker build --build-arg VER=1 -t your_dockerhub_id/hello:1 .",
      "docker push your_dockerhub_id/hello:1",
      "```",
      "```yaml",
      "run: docker build -t your_dockerhub_id/other:1 .",
      "```",
    ].join("\n");
    const repo = { "README.md": readme, "app/Dockerfile": "FROM node:20\nCOPY . /app\n", "app/server.js": "" };
    const p = provenanceOf(repo, [image("hello", "docker.io/acme/hello:1"), image("other", "acme/other:1")]);
    expect(p.placements.map((x) => [x.workload, x.dockerfile, x.context])).toEqual([
      ["hello", "app/Dockerfile", "app"],
    ]);
    expect(p.placements[0]!.evidence[0]).toEqual({
      file: "README.md",
      line: 4,
      says: "docker build tags your_dockerhub_id/hello:1 from context ., run in app, where the only Dockerfile is",
    });
    // With two Dockerfiles the folder cannot be told: the README places nothing, and says nothing either.
    const two = provenanceOf({ ...repo, "tools/Dockerfile": "FROM alpine\n" }, [image("hello", "acme/hello:1")]);
    expect(two.placements).toEqual([]);
    expect(two.problems).toEqual([]);
  });

  it("places a container a deploy job points at what the build job pushes, whatever image its manifest names", () => {
    const workflow = [
      "on: push",
      "jobs:",
      "  build:",
      "    outputs:",
      "      image-tag: ${{ steps.meta.outputs.tags }}",
      "    steps:",
      "      - id: meta",
      "        uses: docker/metadata-action@v5",
      "        with:",
      "          images: ghcr.io/acme/platform-api",
      "      - uses: docker/build-push-action@v6",
      "        with:",
      "          context: .",
      "          tags: ${{ steps.meta.outputs.tags }}",
      "  deploy:",
      "    needs: build",
      "    steps:",
      "      - run: |",
      "          kubectl apply -f k8s/",
      "          kubectl set image deployment/api api=${{ needs.build.outputs.image-tag }} -n prod",
    ].join("\n");
    const repo = {
      ".github/workflows/deploy.yml": workflow,
      Dockerfile: "FROM node:20\nCOPY src /app/src\n",
      "src/main.ts": "",
      "scripts/ops.sh": "",
    };
    const p = provenanceOf(repo, [image("api", "acme/backend:latest"), image("worker", "acme/backend:latest")]);
    expect(p.placements.map((x) => [x.workload, x.how, x.ships])).toEqual([["api", "build-definition", ["src/**"]]]);
    // The evidence names the command's line, beside the build's own.
    expect(p.placements[0]!.evidence.map((e) => `${e.file}:${e.line}`)).toEqual([
      ".github/workflows/deploy.yml:11",
      ".github/workflows/deploy.yml:20",
      "Dockerfile:2",
    ]);
    // Only the container the command names: the worker runs the same image name, but nothing says what it is.
    expect(p.unplaced.map((u) => u.workload)).toEqual(["worker"]);
  });

  it("places a container a deploy script points at the image it just built, through its variables", () => {
    const script = [
      "#!/bin/sh",
      'IMAGE="registry.acme.io/platform/api:$(git rev-parse --short HEAD)"',
      'docker build -t "$IMAGE" -f services/api/Dockerfile .',
      'kubectl -n prod set image deploy/backend backend="$IMAGE"',
    ].join("\n");
    const repo = {
      "scripts/deploy.sh": script,
      "services/api/Dockerfile": "FROM node:20\nCOPY services/api/src /app/src\n",
      "services/api/src/main.ts": "",
    };
    const p = provenanceOf(repo, [image("backend", "acme/backend:latest")]);
    expect(p.placements.map((x) => [x.workload, x.ships])).toEqual([["backend", ["services/api/src/**"]]]);
    expect(p.placements[0]!.evidence.map((e) => `${e.file}:${e.line}`)).toContain("scripts/deploy.sh:4");
  });

  it("reads a Dockerfile that copies before any FROM as one stage, and says so", () => {
    const repo = {
      "docker-compose.yml": "services:\n  api:\n    image: acme/api\n    build: .\n",
      Dockerfile: '# Build\nWORKDIR /app\nCOPY src ./src\nRUN npm run build\nENTRYPOINT ["node"]\n',
      "src/main.ts": "",
    };
    const p = provenanceOf(repo, [image("api", "acme/api")]);
    expect(p.placements.map((x) => x.ships)).toEqual([["src/**"]]);
    // Reported once, at the first instruction Docker would refuse.
    expect(p.problems.map((x) => `${x.file}:${x.line}`)).toEqual(["Dockerfile:2"]);
  });

  it("places an image no build names on the compose services named like its workload that build without an image", () => {
    const repo = {
      "deploy/docker/docker-compose.prod.yml":
        "services:\n  api-gateway:\n    build:\n      context: ../..\n      dockerfile: deploy/docker/Dockerfile\n  db:\n    image: postgres:16\n",
      "deploy/docker/Dockerfile": "FROM python:3.11-slim\nCOPY agent_os/ ./agent_os/\n",
      "tools/docker-compose.yml": "services:\n  linter:\n    build: .\n",
      "tools/Dockerfile": "FROM python:3.11-slim\nCOPY . /tools\n",
      "agent_os/main.py": "",
    };
    const p = provenanceOf(repo, [image("api-gateway", "agent-os:6.0.0"), image("worker", "agent-os:6.0.0")]);
    expect(p.placements.map((x) => [x.workload, x.how, x.dockerfile, x.ships])).toEqual([
      ["api-gateway", "build-definition", "deploy/docker/Dockerfile", ["agent_os/**"]],
    ]);
    expect(p.placements[0]!.evidence).toContainEqual({
      file: "deploy/docker/docker-compose.prod.yml",
      line: 3,
      says: "compose service api-gateway builds from context ., and the workload is named api-gateway",
    });
    // No service is named like it, and the image's own name matches no folder: nothing is guessed.
    expect(p.unplaced.map((u) => u.workload)).toEqual(["worker"]);
  });

  it("reads a script's build from the script's own folder where the Dockerfile it names is there", () => {
    const repo = {
      Dockerfile:
        "FROM golang:1.22 AS builder\nCOPY ./ /src\nRUN go build -o proxy .\nFROM alpine\nCOPY --from=builder /src/proxy /bin/\n",
      "main.go": "package main\n",
      "example/client/build.sh": "go build -o client\ndocker build -t acme/client:v2 .\n",
      "example/client/Dockerfile": "FROM ubuntu:22.04\nCOPY client /bin/client\n",
      "example/client/main.go": "package main\n",
      "deploy/docker/build.sh": "docker build -t acme/api:1 -f Dockerfile ../..\n",
      "deploy/docker/Dockerfile": "FROM python:3.12\nCOPY api /app\n",
      "api/main.py": "",
    };
    const p = provenanceOf(repo, [image("client", "acme/client:v2"), image("api", "acme/api:1")]);
    expect(p.placements.map((x) => [x.workload, x.context, x.dockerfile, x.evidence.at(-1)?.says])).toEqual([
      ["api", "", "deploy/docker/Dockerfile", "docker build tags acme/api:1 from context ."],
      [
        "client",
        "example/client",
        "example/client/Dockerfile",
        "docker build tags acme/client:v2 from context ., run in example/client, where example/client/Dockerfile is",
      ],
    ]);
  });

  it("reads the folder a build script works out for itself as the script's own", () => {
    const repo = {
      "deploy/docker/build.sh":
        'DIR="$(cd "$(dirname "$0")" && pwd)"\ndocker build -t acme/worker:1 -f "$DIR/Dockerfile" "$DIR/../.."\n',
      "deploy/docker/Dockerfile": "FROM python:3.12\nCOPY worker /app\n",
      "worker/main.py": "",
    };
    const p = provenanceOf(repo, [image("worker", "acme/worker:1")]);
    expect(p.placements.map((x) => [x.context, x.dockerfile, x.ships])).toEqual([
      ["", "deploy/docker/Dockerfile", ["worker/**"]],
    ]);
  });

  it("falls back to a folder that spells the name with underscores or run together", () => {
    const repo = {
      "agent_os/Dockerfile": "FROM python:3.11-slim\nCOPY . /app\n",
      "agent_os/main.py": "",
      "apps/ServiceC/Dockerfile": "FROM eclipse-temurin:17\nCOPY . /app\n",
      "apps/ServiceC/src/main/java/App.java": "",
    };
    const p = provenanceOf(repo, [
      image("gateway", "agent-os:6.0.0"),
      image("service-c", "acme/istio-basics-course:service-c"),
    ]);
    expect(p.placements.map((x) => [x.workload, x.dockerfile, x.evidence[0]?.says])).toEqual([
      ["gateway", "agent_os/Dockerfile", "folder agent_os is named like image agent-os and holds agent_os/Dockerfile"],
      [
        "service-c",
        "apps/ServiceC/Dockerfile",
        "folder apps/ServiceC is named like workload service-c and holds apps/ServiceC/Dockerfile",
      ],
    ]);
  });

  it("falls back to a folder named like the image holding a Dockerfile, and flags a static-file server", () => {
    const p = provenanceOf(SHOP, [image("storefront", "registry.acme.io/web:3")]);
    expect(p.placements).toEqual([
      expect.objectContaining({
        how: "image-name",
        context: "web",
        dockerfile: "web/Dockerfile",
        ships: ["web/**"],
        servesStaticFiles: true,
        evidence: expect.arrayContaining([
          { file: "web/Dockerfile", line: 1, says: "folder web is named like image web and holds web/Dockerfile" },
        ]),
      }),
    ]);
  });

  it("flags a static-file server installed on another base when the final command starts only it", () => {
    const dockerfile = (cmd: string) =>
      "FROM node:20 AS build\nCOPY . .\nRUN npm run build\n" +
      `FROM python:3.12-slim\nRUN apt-get install -y nginx\nCOPY --from=build /app/dist /usr/share/nginx/html\n${cmd}\n`;
    const serves = (cmd: string) =>
      provenanceOf({ "portal/Dockerfile": dockerfile(cmd), "portal/src/app.tsx": "" }, [
        image("portal", "acme/portal:1"),
      ]).placements[0]!.servesStaticFiles;
    expect(serves('CMD ["nginx", "-g", "daemon off;"]')).toBe(true);
    expect(serves("ENTRYPOINT /usr/sbin/nginx -g 'daemon off;'")).toBe(true);
    // A command that starts the application, or a script that may start anything, is no file server.
    expect(serves('CMD ["python", "-m", "portal"]')).toBe(false);
    expect(serves('ENTRYPOINT ["/start.sh"]\nCMD ["nginx"]')).toBe(false);
  });

  it("falls back to the tag's leading words when one repository holds many services' images", () => {
    const repo = {
      "apps/auth/Dockerfile": "FROM python:3.12\nCOPY apps/auth /app\n",
      "apps/auth/main.py": "",
      "apps/chat/Dockerfile": "FROM python:3.12\nCOPY apps/chat /app\n",
      "apps/chat_worker/Dockerfile": "FROM python:3.12\nCOPY apps/chat_worker /app\n",
      "Dockerfile.engine": "FROM python:3.12\nCOPY backend /app\n",
      "deploy/Containerfile.reports": "FROM python:3.12\nCOPY . /app\n",
      "client/customer-1/Dockerfile": "FROM node:20\nCOPY . /app\n",
      "client/customer-1/src/App.js": "",
      "backend/engine.py": "",
    };
    const p = provenanceOf(repo, [
      image("auth-api", "docker.io/acme/eco:auth-api-dev-latest"),
      image("chat-worker", "docker.io/acme/eco:chat-worker-1.2"),
      image("engine", "acme/engine:latest"),
      image("web", "docker.io/acme/eco:latest"),
      image("reports", "python:3.11-slim"),
      image("storefront", "acme/spotlight-client-customer-1:2"),
    ]);
    expect(p.placements.map((x) => [x.workload, x.dockerfile, x.evidence[0]?.says, x.ships])).toEqual([
      [
        "auth-api",
        "apps/auth/Dockerfile",
        "folder apps/auth is named like the start of tag auth-api-dev-latest and holds apps/auth/Dockerfile; its COPY lines name paths from the repository root",
        ["apps/auth/**"],
      ],
      [
        "chat-worker",
        "apps/chat_worker/Dockerfile",
        "folder apps/chat_worker is named like workload chat-worker and holds apps/chat_worker/Dockerfile; its COPY lines name paths from the repository root",
        ["apps/chat_worker/**"],
      ],
      ["engine", "Dockerfile.engine", "Dockerfile.engine is named like image engine", ["backend/**"]],
      [
        "storefront",
        "client/customer-1/Dockerfile",
        "image spotlight-client-customer-1 ends with the names of folder client/customer-1, which holds client/customer-1/Dockerfile",
        ["client/customer-1/**"],
      ],
    ]);
    // A tag that is a channel or a version names no service; an official image is pulled, whatever the workload's name.
    expect(p.unplaced.map((u) => u.workload)).toEqual(["reports", "web"]);
  });

  it("matches a build tagged with placeholders on the last segment", () => {
    const repo = {
      ...SHOP,
      "docker-compose.yml": "services: {}\n",
      Makefile: "build:\n\tdocker build -t $(REGISTRY)/checkout:$(TAG) services/checkout\n",
    };
    const p = provenanceOf(repo, [image("checkout", "ghcr.io/acme/checkout:1.4.2")]);
    expect(p.placements.map((x) => [x.how, x.context, x.evidence[0]])).toEqual([
      [
        "build-definition",
        "services/checkout",
        {
          file: "Makefile",
          line: 2,
          says: "docker build tags ${REGISTRY}/checkout:${TAG} from context services/checkout",
        },
      ],
    ]);
  });

  it("prefers the strongest match: an exact build over a last-segment one", () => {
    const repo = {
      ...SHOP,
      "scripts/dev.sh": "docker build -t checkout web\n",
    };
    const p = provenanceOf(repo, [image("checkout", "ghcr.io/acme/checkout:1")]);
    expect(p.placements.map((x) => x.context)).toEqual(["services/checkout"]);
  });

  it("takes the build that pushes the deployed tag where one repository holds several services' images", () => {
    const repo = {
      Makefile:
        "build-server:\n\tdocker build -f docker/server.Dockerfile -t acme/demo:server .\n" +
        "build-web:\n\tdocker build -f docker/web.Dockerfile -t acme/demo:web-ui .\n",
      "docker/server.Dockerfile": "FROM golang\nCOPY . .\n",
      "docker/web.Dockerfile": "FROM python\nCOPY web-ui web-ui\n",
      "web-ui/app.py": "",
    };
    const web = provenanceOf(repo, [image("web-ui", "acme/demo:web-ui")]);
    expect(web.placements.map((x) => x.dockerfile)).toEqual(["docker/web.Dockerfile"]);
    // A channel or a version names no service: every build of the repository stays a candidate.
    const latest = provenanceOf(repo, [image("web-ui", "acme/demo:latest")]);
    expect(latest.placements.map((x) => x.dockerfile).sort()).toEqual([
      "docker/server.Dockerfile",
      "docker/web.Dockerfile",
    ]);
  });

  it("places ko:// images on their Go module, and Jib folders without a Dockerfile", () => {
    const repo = {
      "go.mod": "module github.com/acme/shop\n\ngo 1.22\n",
      "cmd/ledger/main.go": "",
      "java/payments/pom.xml": "",
      "java/payments/src/main/java/App.java": "",
    };
    const p = provenanceOf(repo, [
      image("ledger", "ko://github.com/acme/shop/cmd/ledger"),
      image("payments", "ghcr.io/acme/payments:2"),
    ]);
    expect(p.placements.map((x) => [x.workload, x.how, x.context, x.dockerfile, x.ships, x.evidence[0]])).toEqual([
      [
        "ledger",
        "image-name",
        "",
        undefined,
        ["**/*.go"],
        {
          file: "go.mod",
          line: 1,
          says: "ko builds ko://github.com/acme/shop/cmd/ledger from package cmd/ledger of the Go module in .",
        },
      ],
      [
        "payments",
        "image-name",
        "java/payments",
        undefined,
        ["java/payments/**"],
        {
          file: "java/payments/pom.xml",
          line: 1,
          says: "folder java/payments is named like image payments and holds pom.xml (a Jib or buildpacks build)",
        },
      ],
    ]);
    expect(p.placements[1]!.excludes).toContain("java/payments/**/src/test/**");
    // A Go module built without a Dockerfile ships its binary: the YAML and examples beside the sources stay out.
    const isotope = provenanceOf(
      {
        "isotope/go.mod": "module istio.io/tools/isotope\n",
        "isotope/service/main.go": "",
        "isotope/example-topologies/chain.yaml": "services:\n- name: a\n  hostname: b.global\n",
      },
      [image("svc-0", "gcr.io/istio-testing/isotope:0.0.3")],
    );
    expect(isotope.placements.map((x) => x.ships)).toEqual([["isotope/**/*.go"]]);
    expect(placementsShipping(isotope, "isotope/example-topologies/chain.yaml")).toEqual([]);
    expect(placementsShipping(isotope, "isotope/service/main.go").map((x) => x.workload)).toEqual(["svc-0"]);
  });

  it("leaves public images and unknown ones unplaced, saying why", () => {
    const p = provenanceOf(SHOP, [image("cache", "redis:7"), image("db", "docker.io/bitnami/postgresql:16", "data")]);
    expect(p.placements).toEqual([]);
    expect(p.unplaced).toEqual([
      {
        namespace: "data",
        workload: "db",
        container: "db",
        image: "docker.io/bitnami/postgresql:16",
        why: "no build definition or folder named postgresql builds docker.io/bitnami/postgresql:16",
      },
      {
        namespace: "shop",
        workload: "cache",
        container: "cache",
        image: "redis:7",
        why: "no build definition or folder named redis builds redis:7",
      },
    ]);
  });

  it("reports a build naming a missing Dockerfile as a problem, and places no code by it", () => {
    const repo = { "services/x/app.py": "", "build.sh": "docker build -t acme/x -f ci/x.Dockerfile services/x\n" };
    const p = provenanceOf(repo, [image("x", "acme/x")]);
    expect(p.placements).toEqual([]);
    expect(p.unplaced.map((u) => u.workload)).toEqual(["x"]);
    expect(p.problems).toEqual([
      {
        file: "build.sh",
        line: 1,
        message: "Dockerfile ci/x.Dockerfile is not in the repository: this build places no code",
      },
    ]);
  });

  it("follows a script's cd to the build's context, and its Dockerfile's COPY lines from there", () => {
    const repo = {
      "services/gw/Dockerfile.fixed": "FROM python:3.12\nCOPY main.py /app/\n",
      "services/gw/main.py": "",
      "services/gw/other.py": "",
      "notes.json": "",
      "rebuild.sh": "#!/bin/sh\ncd services/gw\ndocker build -f Dockerfile.fixed -t acme/gw .\ncd -\n",
    };
    const p = provenanceOf(repo, [image("gw", "acme/gw")]);
    expect(p.placements.map((x) => [x.context, x.dockerfile, x.ships])).toEqual([
      ["services/gw", "services/gw/Dockerfile.fixed", ["services/gw/main.py"]],
    ]);
  });

  it("is deterministic whatever the input order", () => {
    const images = [image("storefront", "registry.acme.io/web:3"), image("checkout", "ghcr.io/acme/checkout:1")];
    const a = provenanceOf(SHOP, images);
    const b = provenanceOf(Object.fromEntries(Object.entries(SHOP).reverse()), [...images].reverse());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.placements.map((x) => x.workload)).toEqual(["checkout", "storefront"]);
  });
});

describe("placementsShipping", () => {
  const p = provenanceOf(SHOP, [image("checkout", "ghcr.io/acme/checkout:1"), image("storefront", "acme/web")]);
  const shippedBy = (file: string) => placementsShipping(p, file).map((x) => x.workload);

  it("names the containers whose image ships a file", () => {
    expect(shippedBy("services/checkout/client.go")).toEqual(["checkout"]);
    expect(shippedBy("services/checkout/cmd/checkout/main.go")).toEqual(["checkout"]);
    expect(shippedBy("web/src/app.ts")).toEqual(["storefront"]);
  });

  it("names none for excluded, unshipped and neighbouring files", () => {
    expect(shippedBy("services/checkout/client_test.go")).toEqual([]);
    expect(shippedBy("services/checkout/docs/api.md")).toEqual([]);
    expect(shippedBy("scripts/install.sh")).toEqual([]);
    expect(shippedBy(".github/workflows/ci.yml")).toEqual([]);
    expect(shippedBy("services/checkout-v2/client.go")).toEqual([]);
    expect(shippedBy("webapp/x.ts")).toEqual([]);
  });
});
