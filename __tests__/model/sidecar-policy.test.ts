import { describe, expect, it } from "vitest";
import { modelOf, yamlDocs } from "../helpers/model.js";

const mesh = (mode: string) => `apiVersion: v1
kind: ConfigMap
metadata: {name: istio, namespace: istio-system}
data:
  mesh: |
    outboundTrafficPolicy: {mode: ${mode}}`;

const deployment = (name: string, ns: string, labels = `app: ${name}`) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: ${ns}}
spec:
  template:
    metadata:
      labels: {${labels}}
    spec:
      containers: [{name: main, image: busybox}]`;

const sidecar = (name: string, ns: string, extra: string) => `apiVersion: networking.istio.io/v1
kind: Sidecar
metadata: {name: ${name}, namespace: ${ns}}
spec:
${extra}`;

function workload(files: Record<string, string>, ns: string, name: string) {
  const w = modelOf(files).workloads.find((x) => x.namespace === ns && x.name === name);
  if (!w) throw new Error(`no workload ${ns}/${name}`);
  return w;
}

describe("effective outbound policy of a workload", () => {
  it("is the mesh's when no Sidecar applies", () => {
    const w = workload({ "a.yaml": yamlDocs(mesh("REGISTRY_ONLY"), deployment("api", "shop")) }, "shop", "api");
    expect(w).toMatchObject({ mode: "REGISTRY_ONLY", modeSource: "mesh" });
    expect(w.sidecar).toBeUndefined();
  });

  it("is overridden by a namespace-wide Sidecar", () => {
    const files = {
      "a.yaml": yamlDocs(
        mesh("ALLOW_ANY"),
        deployment("api", "shop"),
        sidecar("default", "shop", "  outboundTrafficPolicy: {mode: REGISTRY_ONLY}"),
      ),
    };
    expect(workload(files, "shop", "api")).toMatchObject({
      mode: "REGISTRY_ONLY",
      modeSource: "sidecar",
      sidecar: { namespace: "shop", name: "default" },
    });
  });

  it("prefers a Sidecar whose selector matches over the namespace-wide one", () => {
    const files = {
      "a.yaml": yamlDocs(
        mesh("REGISTRY_ONLY"),
        deployment("api", "shop"),
        deployment("web", "shop"),
        sidecar("default", "shop", "  egress: [{hosts: ['./*']}]"),
        sidecar(
          "api-open",
          "shop",
          "  workloadSelector: {labels: {app: api}}\n  outboundTrafficPolicy: {mode: ALLOW_ANY}",
        ),
      ),
    };
    expect(workload(files, "shop", "api")).toMatchObject({
      mode: "ALLOW_ANY",
      modeSource: "sidecar",
      sidecar: { name: "api-open" },
    });
    expect(workload(files, "shop", "web")).toMatchObject({
      mode: "REGISTRY_ONLY",
      modeSource: "mesh",
      sidecar: { name: "default" },
    });
  });

  it("falls back to the root namespace's Sidecar for namespaces without their own", () => {
    const files = {
      "a.yaml": yamlDocs(
        deployment("api", "shop"),
        sidecar("default", "istio-system", "  outboundTrafficPolicy: {mode: REGISTRY_ONLY}"),
      ),
    };
    expect(workload(files, "shop", "api")).toMatchObject({
      mode: "REGISTRY_ONLY",
      modeSource: "sidecar",
      sidecar: { namespace: "istio-system" },
    });
  });

  it("applies a Sidecar written in one numbered part of a course only to that part's workloads", () => {
    const rootSidecar = sidecar("default", "istio-system", "  outboundTrafficPolicy: {mode: REGISTRY_ONLY}");
    const files = {
      "6week/ch11/sidecar-mesh-wide.yaml": rootSidecar,
      "6week/ch11/catalog.yaml": deployment("catalog", "shop"),
      "3week/ch5/forum.yaml": deployment("forum", "shop"),
      "services/webapp/kubernetes/webapp.yaml": deployment("webapp", "shop"),
    };
    expect(workload(files, "shop", "catalog")).toMatchObject({ mode: "REGISTRY_ONLY", modeSource: "sidecar" });
    // Another week's cluster, and the shared services no part sets up: the mesh's policy.
    expect(workload(files, "shop", "forum")).toMatchObject({
      mode: "ALLOW_ANY",
      modeSource: "mesh",
      sidecar: undefined,
    });
    expect(workload(files, "shop", "webapp")).toMatchObject({ mode: "ALLOW_ANY", modeSource: "mesh" });
    // Written outside any part, it holds every workload.
    expect(
      workload(
        { ...files, "mesh/sidecar.yaml": rootSidecar, "6week/ch11/sidecar-mesh-wide.yaml": "" },
        "shop",
        "forum",
      ),
    ).toMatchObject({ mode: "REGISTRY_ONLY", modeSource: "sidecar" });
  });

  it("treats a policy without a mode as REGISTRY_ONLY, the proto enum's zero value", () => {
    const files = {
      "a.yaml": yamlDocs(deployment("api", "shop"), sidecar("default", "shop", "  outboundTrafficPolicy: {}")),
    };
    expect(workload(files, "shop", "api")).toMatchObject({ mode: "REGISTRY_ONLY", modeSource: "sidecar" });
  });

  it("ignores a mode Istio rejects and keeps the mesh's", () => {
    const files = {
      "a.yaml": yamlDocs(
        mesh("REGISTRY_ONLY"),
        deployment("api", "shop"),
        sidecar("default", "shop", "  outboundTrafficPolicy: {mode: OPEN}"),
      ),
    };
    expect(workload(files, "shop", "api")).toMatchObject({ mode: "REGISTRY_ONLY", modeSource: "mesh" });
  });

  it("lets the oldest of two matching selector Sidecars win (document order stands in for creation time)", () => {
    const files = {
      "a.yaml": yamlDocs(
        deployment("api", "shop"),
        sidecar(
          "first",
          "shop",
          "  workloadSelector: {labels: {app: api}}\n  outboundTrafficPolicy: {mode: REGISTRY_ONLY}",
        ),
        sidecar(
          "second",
          "shop",
          "  workloadSelector: {labels: {app: api}}\n  outboundTrafficPolicy: {mode: ALLOW_ANY}",
        ),
      ),
    };
    expect(workload(files, "shop", "api")).toMatchObject({ mode: "REGISTRY_ONLY", sidecar: { name: "first" } });
  });

  it("reads pod templates of every workload kind", () => {
    const cron = `apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly, namespace: jobs}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          labels: {app: nightly}
        spec:
          containers: [{name: main, image: busybox, env: [{name: URL, value: "https://api.example.org"}]}]`;
    const files = {
      "a.yaml": yamlDocs(
        cron,
        deployment("d", "jobs").replace("Deployment", "StatefulSet"),
        deployment("e", "jobs").replace("Deployment", "DaemonSet"),
        deployment("f", "jobs").replace("apps/v1", "batch/v1").replace("Deployment", "Job"),
        deployment("g", "jobs").replace("apps/v1", "apps.openshift.io/v1").replace("Deployment", "DeploymentConfig"),
        deployment("h", "jobs").replace("apps/v1", "argoproj.io/v1alpha1").replace("Deployment", "Rollout"),
        // The kind names its group's: a Job in apps, or a Rollout elsewhere, runs nothing.
        deployment("x", "jobs").replace("Deployment", "Job"),
        deployment("y", "jobs").replace("apps/v1", "example.io/v1").replace("Deployment", "Rollout"),
        sidecar(
          "nightly",
          "jobs",
          "  workloadSelector: {labels: {app: nightly}}\n  outboundTrafficPolicy: {mode: REGISTRY_ONLY}",
        ),
      ),
    };
    const m = modelOf(files);
    expect(m.workloads.map((w) => `${w.kind}:${w.name}`).sort()).toEqual([
      "CronJob:nightly",
      "DaemonSet:e",
      "DeploymentConfig:g",
      "Job:f",
      "Rollout:h",
      "StatefulSet:d",
    ]);
    const nightly = m.workloads.find((w) => w.name === "nightly")!;
    expect(nightly.mode).toBe("REGISTRY_ONLY");
    expect(nightly.containers[0]!.env[0]).toMatchObject({
      name: "URL",
      value: "https://api.example.org",
      loc: { file: "a.yaml", line: 12 },
    });
  });
});

describe("sidecar injection", () => {
  const ns = (name: string, labels: string) =>
    `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  labels: {${labels}}`;
  const injected = (files: Record<string, string>, name: string) =>
    modelOf(files).workloads.find((w) => w.name === name)!.injected;

  it("follows the namespace label, the revision label, and the pod's own label", () => {
    expect(
      injected({ "a.yaml": yamlDocs(ns("shop", "istio-injection: enabled"), deployment("api", "shop")) }, "api"),
    ).toBe(true);
    expect(injected({ "a.yaml": yamlDocs(ns("shop", "istio.io/rev: canary"), deployment("api", "shop")) }, "api")).toBe(
      true,
    );
    expect(injected({ "a.yaml": yamlDocs(ns("shop", "team: a"), deployment("api", "shop")) }, "api")).toBe(false);
    expect(
      injected(
        {
          "a.yaml": yamlDocs(
            ns("shop", "istio-injection: enabled"),
            deployment("api", "shop", 'app: api, sidecar.istio.io/inject: "false"'),
          ),
        },
        "api",
      ),
    ).toBe(false);
    expect(
      injected(
        {
          "a.yaml": yamlDocs(
            ns("shop", "team: a"),
            deployment("api", "shop", 'app: api, sidecar.istio.io/inject: "true"'),
          ),
        },
        "api",
      ),
    ).toBe(true);
  });

  it("takes a namespace the repository does not declare as injected when it enables injection elsewhere", () => {
    const elsewhere = ns("shop", "istio-injection: enabled");
    expect(injected({ "a.yaml": yamlDocs(elsewhere, deployment("api", "elsewhere")) }, "api")).toBe(true);
    const byPod = deployment("web", "shop", 'app: web, sidecar.istio.io/inject: "true"');
    expect(injected({ "a.yaml": yamlDocs(byPod, deployment("api", "elsewhere")) }, "api")).toBe(true);
    expect(modelOf({ "a.yaml": yamlDocs(elsewhere, deployment("api", "elsewhere")) }).injectionShown).toEqual({
      file: "a.yaml",
      line: 2,
    });
  });

  it("takes evidence from one example of a collection as saying nothing of the other examples", () => {
    const mesh = ns("shop", "istio-injection: enabled");
    const files = {
      "examples/mesh-demo/ns.yaml": mesh,
      "examples/mesh-demo/app.yaml": deployment("demo", "elsewhere"),
      "examples/redis/job.yaml": deployment("redis", "default"),
      "tools/sync/deploy.yaml": deployment("sync", "default"),
    };
    expect(modelOf(files).injectionScopes).toEqual(["examples/mesh-demo"]);
    expect(injected(files, "demo")).toBe(true);
    expect(injected(files, "redis")).toBe(false);
    expect(injected(files, "sync")).toBe(false);
    // Evidence outside any example speaks for the whole repository.
    const global = { ...files, "deploy/ns.yaml": ns("api", "istio-injection: enabled") };
    expect(modelOf(global).injectionScopes).toBeUndefined();
    expect(injected(global, "redis")).toBe(true);
  });

  it("takes no gateway, nor a namespace labelled only for its gateway, as a sign that applications are injected", () => {
    const gatewayNs = ns("istio-egress", "istio-injection: enabled");
    const gateway = deployment(
      "egressgateway",
      "istio-egress",
      'istio: egressgateway, sidecar.istio.io/inject: "true"',
    );
    const files = { "a.yaml": yamlDocs(gatewayNs, gateway, deployment("api", "elsewhere")) };
    expect(modelOf(files).injectionShown).toBeNull();
    expect(injected(files, "api")).toBe(false);
    expect(injected(files, "egressgateway")).toBe(true);
  });

  it("never takes an undeclared Kubernetes or mesh root namespace as injected, unless the pod or a label says so", () => {
    const elsewhere = ns("shop", "istio-injection: enabled");
    for (const system of ["istio-system", "kube-system", "kube-public", "kube-node-lease"])
      expect(injected({ "a.yaml": yamlDocs(elsewhere, deployment("grafana", system)) }, "grafana"), system).toBe(false);
    // The root namespace is the mesh's, whatever its name.
    const root = `apiVersion: v1
kind: ConfigMap
metadata: {name: istio, namespace: mesh-admin}
data:
  mesh: |
    rootNamespace: mesh-admin`;
    expect(injected({ "a.yaml": yamlDocs(root, elsewhere, deployment("grafana", "mesh-admin")) }, "grafana")).toBe(
      false,
    );
    expect(injected({ "a.yaml": yamlDocs(root, elsewhere, deployment("grafana", "istio-system")) }, "grafana")).toBe(
      true,
    );
    const asked = deployment("kiali", "istio-system", 'app: kiali, sidecar.istio.io/inject: "true"');
    expect(injected({ "a.yaml": yamlDocs(elsewhere, asked) }, "kiali")).toBe(true);
    const labelled = ns("istio-system", "istio-injection: enabled");
    expect(injected({ "a.yaml": yamlDocs(labelled, deployment("grafana", "istio-system")) }, "grafana")).toBe(true);
  });

  it("under OpenShift Service Mesh 2 (maistra.io objects), follows the pod's annotation only", () => {
    const memberRoll =
      "apiVersion: maistra.io/v1\nkind: ServiceMeshMemberRoll\nmetadata: {name: default, namespace: istio-system}\nspec:\n  members: [shop]";
    const labelled = ns("shop", "istio-injection: enabled");
    expect(injected({ "a.yaml": yamlDocs(memberRoll, labelled, deployment("api", "shop")) }, "api")).toBe(false);
    const annotated = deployment("api", "shop", 'app: api, sidecar.istio.io/inject: "true"');
    expect(injected({ "a.yaml": yamlDocs(memberRoll, annotated) }, "api")).toBe(true);
    expect(injected({ "a.yaml": yamlDocs(labelled, deployment("api", "shop")) }, "api")).toBe(true);
  });

  it("under OpenShift Service Mesh 2, injects an annotated pod only in a member namespace, where members are named", () => {
    const roll = (spec: string) =>
      `apiVersion: maistra.io/v1\nkind: ServiceMeshMemberRoll\nmetadata: {name: default, namespace: istio-system}\nspec:\n${spec}`;
    const annotated = (name: string, namespace: string) =>
      deployment(name, namespace, `app: ${name}, sidecar.istio.io/inject: "true"`);
    const files = (spec: string, ...more: string[]) => ({
      "a.yaml": yamlDocs(roll(spec), annotated("api", "shop"), annotated("mock", "outside"), ...more),
    });
    expect(injected(files("  members: [shop]"), "api")).toBe(true);
    expect(injected(files("  members: [shop]"), "mock")).toBe(false);
    // A ServiceMeshMember makes its own namespace a member.
    const member = "apiVersion: maistra.io/v1\nkind: ServiceMeshMember\nmetadata: {name: default, namespace: outside}";
    expect(injected(files("  members: [shop]", member), "mock")).toBe(true);
    // Members chosen by label cannot be told: the annotation decides, as without a roll.
    expect(injected(files("  memberSelectors: [{matchLabels: {mesh: 'on'}}]"), "mock")).toBe(true);
  });

  it("takes it as without a sidecar when the repository enables injection nowhere", () => {
    const files = { "a.yaml": yamlDocs(ns("shop", "team: a"), deployment("api", "elsewhere")) };
    expect(injected(files, "api")).toBe(false);
    expect(modelOf(files).injectionShown).toBeNull();
  });

  it("takes an ambient namespace's or pod's workloads as without a sidecar, unless the pod asks for one", () => {
    const files = (pod: string) => ({
      "a.yaml": yamlDocs(
        ns("mesh", "istio.io/dataplane-mode: ambient"),
        ns("shop", "istio-injection: enabled"),
        deployment("api", "mesh", pod),
        deployment("web", "shop", "app: web, istio.io/dataplane-mode: ambient"),
      ),
    });
    expect(injected(files("app: api"), "api")).toBe(false);
    expect(injected(files("app: api"), "web")).toBe(false);
    expect(injected(files("app: api, sidecar.istio.io/inject: 'true'"), "api")).toBe(true);
  });

  it("takes a pod that istioctl kube-inject already wrote the sidecar into as injected, whatever else says", () => {
    const injectedByHand = `apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: elsewhere}
spec:
  template:
    metadata:
      annotations: {sidecar.istio.io/status: '{"containers":["istio-proxy"]}'}
    spec:
      containers:
        - {name: main, image: busybox}
        - {name: istio-proxy, image: docker.io/istio/proxyv2:1.22.0}`;
    expect(injected({ "a.yaml": injectedByHand }, "api")).toBe(true);
    const proxyOnly = injectedByHand.replace(/ {6}annotations: .*\n/, "");
    expect(injected({ "a.yaml": proxyOnly }, "api")).toBe(true);
  });
});
