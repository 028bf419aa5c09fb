// A generated GitOps monorepo in the shape real ones have: shared bases, components, and one overlay per cluster and
// service, with namespaces, name prefixes, patches, a generator plugin that cannot run here (a third of the
// overlays) and two overlays whose secretGenerator names a file nobody committed. Deterministic: no clock, no random.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export const SERVICES = 10;
export const CLUSTERS = 10;

function writer(root) {
  return (rel, text) => {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
}

const svcName = (s) => `svc-${String(s).padStart(2, "0")}`;
const clusterName = (c) => `cluster-${String(c).padStart(2, "0")}`;

/** The overlays the tree deploys, as folders relative to the root. */
export function overlayDirs() {
  const out = [];
  for (let c = 0; c < CLUSTERS; c++)
    for (let s = 0; s < SERVICES; s++) out.push(`clusters/${clusterName(c)}/${svcName(s)}`);
  return out;
}

/** The patch a pull request changes: one overlay's replica count. */
export function patchOf(overlay, replicas) {
  const svc = overlay.slice(overlay.lastIndexOf("/") + 1);
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${svc}}\nspec:\n  replicas: ${replicas}\n`;
}

export function generateGitops(root) {
  rmSync(root, { recursive: true, force: true });
  const write = writer(root);
  write(
    "mesh/istio.yaml",
    "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: istio, namespace: istio-system}\ndata:\n  mesh: |\n    outboundTrafficPolicy:\n      mode: REGISTRY_ONLY\n",
  );
  write(
    "components/egress-sidecar/kustomization.yaml",
    "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [sidecar.yaml]\n",
  );
  write(
    "components/egress-sidecar/sidecar.yaml",
    "apiVersion: networking.istio.io/v1\nkind: Sidecar\nmetadata: {name: default}\nspec:\n  egress: [{hosts: ['./*', 'istio-system/*']}]\n",
  );
  // A secret generator plugin, as teams use for SOPS or sealed secrets: Kustomize cannot run it without its binary.
  write(
    "components/sealed-secrets/kustomization.yaml",
    "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\ngenerators: [secret-generator.yaml]\n",
  );
  write(
    "components/sealed-secrets/secret-generator.yaml",
    "apiVersion: viaduct.ai/v1\nkind: ksops\nmetadata: {name: secrets, annotations: {config.kubernetes.io/function: 'exec:\\n  path: ksops\\n'}}\nfiles: [secrets.enc.yaml]\n",
  );
  write("components/sealed-secrets/secrets.enc.yaml", "sops: {}\n");
  for (let s = 0; s < SERVICES; s++) {
    const svc = svcName(s);
    const vendor = `api.vendor-${s}.io`;
    write(
      `bases/${svc}/kustomization.yaml`,
      "resources: [deployment.yaml, service.yaml, serviceentry.yaml]\nconfigMapGenerator:\n  - name: settings\n    literals: [LOG_LEVEL=info]\n",
    );
    write(
      `bases/${svc}/deployment.yaml`,
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${svc}}\nspec:\n  selector: {matchLabels: {app: ${svc}}}\n  template:\n    metadata: {labels: {app: ${svc}}}\n    spec:\n      containers:\n        - name: app\n          image: registry.example/${svc}:1\n          env:\n            - {name: VENDOR_URL, value: "https://${vendor}/v1"}\n            - {name: PARTNER_URL, value: "https://partner-${s}.example-partner.io/api"}\n`,
    );
    write(
      `bases/${svc}/service.yaml`,
      `apiVersion: v1\nkind: Service\nmetadata: {name: ${svc}}\nspec:\n  selector: {app: ${svc}}\n  ports: [{name: http, port: 80}]\n`,
    );
    write(
      `bases/${svc}/serviceentry.yaml`,
      `apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: vendor}\nspec:\n  hosts: [${vendor}]\n  exportTo: ["."]\n  location: MESH_EXTERNAL\n  resolution: DNS\n  ports: [{number: 443, name: tls, protocol: TLS}]\n`,
    );
  }
  for (const [i, dir] of overlayDirs().entries()) {
    const [, cluster, svc] = dir.split("/");
    const c = Number(cluster.slice(-2));
    const components = ["../../../components/egress-sidecar"];
    if (c % 3 === 0) components.push("../../../components/sealed-secrets");
    const missingSecret = i === 17 || i === 62;
    write(
      `${dir}/kustomization.yaml`,
      [
        `namespace: ${svc}-${cluster}`,
        `namePrefix: ${cluster}-`,
        `resources: [../../../bases/${svc}]`,
        `components: [${components.join(", ")}]`,
        "patches:",
        "  - path: replicas.yaml",
        ...(missingSecret ? ["secretGenerator:", "  - name: credentials", "    files: [credentials.env]"] : []),
        "",
      ].join("\n"),
    );
    write(`${dir}/replicas.yaml`, patchOf(dir, 1 + (c % 3)));
  }
}
