// Whether a container's code reads a variable its manifest sets: decided only where all the code the pod runs is
// known and nothing reads variables by a naming rule; everywhere else the variable counts as read.
import { describe, expect, it } from "vitest";
import { buildProvenance, unreadVariables } from "../../src/provenance/index.js";
import { environmentOf, type FileEnvironment } from "../../src/scan/environment-names.js";
import { modelOf } from "../helpers/model.js";

const deployment = (image: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop}
spec:
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      containers:
        - name: app
          image: ${image}
          args: ["--cache", "$(CACHE_URL)"]
`;

/** A repository with one service folder (api/, built by its Dockerfile) and another service's code beside it. */
function oracle(dockerfile: string, code: Record<string, string>) {
  const model = modelOf({ "deploy/api.yaml": deployment("ghcr.io/acme/api:1") });
  const files = ["api/Dockerfile", ...Object.keys(code)];
  const w = model.workloads[0]!;
  const c = w.containers[0]!;
  model.provenance = buildProvenance({
    files,
    buildFiles: [{ path: "api/Dockerfile", text: dockerfile }],
    images: [{ namespace: w.namespace, workload: w.name, container: c.name, image: c.image, file: "", line: 1 }],
  });
  const environment: FileEnvironment[] = Object.entries(code).flatMap(
    ([file, text]) => environmentOf(file, text) ?? [],
  );
  const scanned = Object.keys(code).filter((f) => !f.endsWith(".rs"));
  const unread = unreadVariables(model, { environment, scanned, files });
  return (name: string) => unread(w.namespace, w.name, c, name);
}

const PYTHON = "FROM python:3.12-slim\nCOPY . /app\n";
const code = {
  "api/main.py": 'import os\nLEDGER = os.environ["LEDGER_URL"]\n',
  "worker/main.py": 'import os\nQUEUE = os.environ["QUEUE_URL"]\n',
};

describe("variables no code reads", () => {
  it("are those no file the image ships names, on an image that runs only the code it is given", () => {
    const unread = oracle(PYTHON, code);
    expect(unread("LEDGER_URL")).toBeUndefined();
    // Another service's code reads it; this image does not ship that code.
    // The reason names the variable and where the code was looked for.
    expect(unread("QUEUE_URL")).toEqual(expect.stringContaining("QUEUE_URL"));
    expect(unread("QUEUE_URL")).toEqual(expect.stringContaining("from api"));
    // Kubernetes expands `$(CACHE_URL)` in the container's own arguments.
    expect(unread("CACHE_URL")).toBeUndefined();
  });

  it("count as read when a library reads them by convention, or the name is not one code is searched for", () => {
    const unread = oracle(PYTHON, code);
    expect(unread("OTEL_EXPORTER_OTLP_ENDPOINT")).toBeUndefined();
    expect(unread("HTTPS_PROXY")).toBeUndefined();
    expect(unread("upstream")).toBeUndefined();
    expect(unread("UPSTREAM")).toBeUndefined();
  });

  it("count as read when the image is based on an application of its own", () => {
    const unread = oracle("FROM grafana/grafana:10.2.3\nCOPY . /etc/grafana\n", code);
    expect(unread("QUEUE_URL")).toBeUndefined();
  });

  it("count as read when the shipped code binds the environment by a naming rule", () => {
    const spring = {
      ...code,
      "api/App.java": "import org.springframework.boot.SpringApplication;\npublic class App {}\n",
    };
    expect(oracle(PYTHON, spring)("QUEUE_URL")).toBeUndefined();
  });

  it("count as read when the image's code is not in the repository", () => {
    const model = modelOf({ "deploy/api.yaml": deployment("ghcr.io/elsewhere/api:1") });
    model.provenance = buildProvenance({ files: [], buildFiles: [], images: [] });
    const w = model.workloads[0]!;
    const unread = unreadVariables(model, { environment: [], scanned: [], files: [] });
    expect(unread(w.namespace, w.name, w.containers[0]!, "QUEUE_URL")).toBeUndefined();
  });

  it("count as read when the image ships code in a language the scan does not read, or nothing it read", () => {
    const rust = { ...code, "api/src/main.rs": 'let queue = std::env::var("LEDGER_URL");\n' };
    expect(oracle(PYTHON, rust)("QUEUE_URL")).toBeUndefined();
    expect(oracle(PYTHON, { "worker/main.py": code["worker/main.py"] })("QUEUE_URL")).toBeUndefined();
  });
});
