// Which shipped files a container that starts Python never loads: decided only where the command, the scripts it runs
// and every import on the way can be read; everywhere else every shipped file counts as run.
import { describe, expect, it } from "vitest";
import { pythonRuns, withPythonRuns } from "../../src/provenance/python-runs.js";
import type { CodePlacement, Provenance } from "../../src/provenance/types.js";
import { callersOf } from "../../src/rules/callers.js";
import { importsOf } from "../../src/scan/module-imports.js";
import { scanSource } from "../../src/scan/index.js";
import { modelOf, yamlDocs } from "../helpers/model.js";

/** One image per workload, each shipping its service folder and the shared package; Dockerfiles in build files. */
function placement(workload: string): CodePlacement {
  return {
    namespace: "shop",
    workload,
    container: "app",
    image: `ghcr.io/acme/${workload}:1`,
    how: "build-definition",
    dockerfile: `services/${workload}/Dockerfile`,
    context: "",
    ships: [`services/${workload}/**`, "packages/shared/**"],
    excludes: [],
    servesStaticFiles: false,
    evidence: [],
  };
}

const SHARED = {
  "packages/shared/shared/__init__.py": "",
  "packages/shared/shared/client.py": 'import httpx\nBASE = "https://api.billing-vendor.io"\n',
  "packages/shared/shared/agent.py": 'import requests\nrequests.get("https://api.github-vendor.io/repos")\n',
};

function runs(tree: Record<string, string>, workloads: string[], commands = new Map()) {
  const files = Object.keys(tree).sort();
  const provenance: Provenance = { placements: workloads.map(placement), unplaced: [], problems: [] };
  const buildFiles = files.filter((f) => /Dockerfile$|\.sh$/.test(f)).map((path) => ({ path, text: tree[path]! }));
  const imports = files.flatMap((f) => importsOf(f, tree[f]!) ?? []);
  return { provenance, result: pythonRuns({ provenance, files, imports, buildFiles, commands }) };
}

const dockerfile = (entry: string) =>
  `FROM python:3.12-slim\nCOPY packages/shared /opt/shared\nCOPY services/x /app\n${entry}\n`;

describe("what a container that starts Python runs", () => {
  it("is what its entry module's imports reach; the rest of the shipped package, and Go sources, are not run", () => {
    const { result } = runs(
      {
        ...SHARED,
        "services/api/Dockerfile": dockerfile('ENTRYPOINT ["python", "/app/main.py"]'),
        "services/api/main.py": "import shared.client\nfrom .routes import orders\n",
        "services/api/routes/__init__.py": "",
        "services/api/routes/orders.py": "import os\n",
        "services/api/scripts/backfill.py": "import shared.agent\n",
        "services/api/tools/gen.go": "package main\n",
      },
      ["api"],
    );
    const api = result.get("shop/api/app")!;
    expect(api.entries).toEqual(["services/api/main.py"]);
    expect([...api.notRun].sort()).toEqual([
      "packages/shared/shared/agent.py",
      "services/api/scripts/backfill.py",
      "services/api/tools/gen.go",
    ]);
  });

  it("follows app servers, `python -m`, a manifest's command and the shell script a command runs", () => {
    const tree = {
      ...SHARED,
      "services/api/Dockerfile": dockerfile('CMD ["uvicorn", "--port", "80", "app.server:app"]'),
      "services/api/app/__init__.py": "",
      "services/api/app/server.py": "from shared import client\n",
      "services/api/app/__main__.py": "import shared.agent\n",
      "services/api/start.sh": "#!/bin/sh\nset -e\necho starting\nexec python -m app\n",
    };
    const served = runs(tree, ["api"]).result.get("shop/api/app")!;
    expect(served.entries).toEqual(["services/api/app/server.py"]);
    expect(served.notRun.has("packages/shared/shared/agent.py")).toBe(true);
    expect(served.notRun.has("packages/shared/shared/client.py")).toBe(false);
    // The manifest's command wins over the Dockerfile's, and a script it runs is read line by line.
    const commands = new Map([["shop/api/app", { command: ["/app/start.sh"], args: [] }]]);
    const scripted = runs(tree, ["api"], commands).result.get("shop/api/app")!;
    expect(scripted.entries).toEqual(["services/api/app/__main__.py"]);
    expect(scripted.notRun.has("packages/shared/shared/agent.py")).toBe(false);
  });

  it("follows a task queue's modules, and takes Celery's beat for a scheduler that runs no task", () => {
    const tree = {
      ...SHARED,
      "services/api/Dockerfile": dockerfile('CMD ["taskiq", "worker", "app.broker:broker", "--workers", "4"]'),
      "services/api/app/__init__.py": "",
      "services/api/app/broker.py": "import shared.client\n",
      "services/api/app/studio.py": "import shared.agent\n",
      "services/api/app/celery.py": "from celery import Celery\napp = Celery(include=['app.tasks'])\n",
      "services/api/app/tasks.py": "import shared.agent\n",
    };
    const worker = runs(tree, ["api"]).result.get("shop/api/app")!;
    expect(worker.entries).toEqual(["services/api/app/broker.py"]);
    expect(worker.notRun.has("services/api/app/studio.py")).toBe(true);
    const beat = (args: string[]) =>
      runs(tree, ["api"], new Map([["shop/api/app", { command: ["celery"], args }]])).result.get("shop/api/app");
    expect(beat(["-A", "app", "beat", "--loglevel", "info"])?.notRun.has("packages/shared/shared/agent.py")).toBe(true);
    // A worker runs the tasks Celery imports by name: what it runs cannot be told.
    expect(beat(["-A", "app", "worker"])).toBeUndefined();
    // The same beat started by a script the command runs, after lines that start nothing.
    const scripted = runs(
      { ...tree, "services/api/start.sh": "#!/bin/sh\nchown app /data\nexec celery -A app beat\n" },
      ["api"],
      new Map([["shop/api/app", { command: ["sh", "-c", "/app/start.sh"], args: [] }]]),
    ).result.get("shop/api/app");
    expect(scripted?.notRun.has("packages/shared/shared/agent.py")).toBe(true);
  });

  it("cannot be told past a computed import, a framework that imports by name, or a command it cannot read", () => {
    const service = (main: string, entry = 'CMD ["python", "/app/main.py"]') =>
      runs({ ...SHARED, "services/api/Dockerfile": dockerfile(entry), "services/api/main.py": main }, [
        "api",
      ]).result.has("shop/api/app");
    expect(service("import shared.client\n")).toBe(true);
    expect(service("import importlib\nplugin = importlib.import_module(NAME)\n")).toBe(false);
    expect(service("from django.core.wsgi import get_wsgi_application\n")).toBe(false);
    expect(service("import shared.client\n", 'CMD ["/app/run-server"]')).toBe(false);
    expect(service("import shared.client\n", 'CMD ["python", "-c", "import shared"]')).toBe(false);
  });
});

describe("what a Python file imports", () => {
  it("is each module a statement names, with what `from` imports from it, and the scripts its strings name", () => {
    const text = [
      "import os, shared.client as c",
      "from . import views",
      "from ..models import (",
      "    User,",
      "    Group as G,",
      ")",
      "from x.y import *",
      "def lazy():",
      "    import plugins.late",
      'mod = importlib.import_module("plugins.alpha")',
      'subprocess.run(["python", "scripts/sync.py"])',
    ].join("\n");
    expect(importsOf("app/api.py", text)).toEqual({
      file: "app/api.py",
      specifiers: [
        ".",
        "..models",
        "..models.Group",
        "..models.User",
        ".views",
        "os",
        "plugins.alpha",
        "plugins.late",
        "scripts/sync.py",
        "shared.client",
        "x.y",
      ],
    });
    expect(importsOf("app/load.py", "import importlib\nm = importlib.import_module(name)\n")?.computed).toBe(true);
  });
});

describe("a reference in a shipped module", () => {
  it("has for callers only the workloads whose program loads it, and no caller when none does", () => {
    const tree = {
      ...SHARED,
      "services/api/Dockerfile": dockerfile('CMD ["python", "/app/main.py"]'),
      "services/api/main.py": "import shared.agent\nimport shared.client\n",
      "services/mailer/Dockerfile": dockerfile('CMD ["python", "/app/main.py"]'),
      "services/mailer/main.py": "import shared.client\n",
    };
    const { provenance, result } = runs(tree, ["api", "mailer"]);
    const model = modelOf({
      "deploy/shop.yaml": yamlDocs(
        ...["api", "mailer"].map(
          (w) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${w}, namespace: shop}
spec:
  selector: {matchLabels: {app: ${w}}}
  template:
    metadata: {labels: {app: ${w}}}
    spec:
      containers: [{name: app, image: "ghcr.io/acme/${w}:1"}]`,
        ),
      ),
    });
    model.provenance = provenance;
    const refs = Object.entries(SHARED).flatMap(([path, text]) => scanSource({ path, text }));
    const judged = withPythonRuns(refs, provenance, result);
    const github = judged.find((r) => r.host === "api.github-vendor.io")!;
    expect(github.notRunBy).toEqual(["shop/mailer/app"]);
    expect(callersOf(github, model).map((c) => c.workload)).toEqual(["api"]);
    expect(callersOf(judged.find((r) => r.host === "api.billing-vendor.io")!, model).map((c) => c.workload)).toEqual([
      "api",
      "mailer",
    ]);
    // With the api importing only the client too, nothing loads the agent: nobody's egress, with the reason.
    const none = runs({ ...tree, "services/api/main.py": "import shared.client\n" }, ["api", "mailer"]);
    const unread = withPythonRuns(refs, none.provenance, none.result).find((r) => r.host === "api.github-vendor.io")!;
    expect(unread.unread).toBe(true);
    expect(unread.reason).toContain(
      "shipped in the images of shop/api, shop/mailer, but no module their commands start (services/api/main.py, services/mailer/main.py) imports it",
    );
  });
});
