// Builds a model from inline files, the way the pipeline does, for tests that start from YAML.
import { loadManifests, type LoadedManifests } from "../../src/manifests/load.js";
import { buildModel } from "../../src/model/build.js";
import { meshSourceFromFile } from "../../src/model/mesh-policy.js";
import { installScriptsFrom } from "../../src/model/script-texts.js";
import type { EgressModel } from "../../src/model/types.js";

export function loadInline(files: Record<string, string>, defaultNamespace = "default"): LoadedManifests {
  return loadManifests(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    { defaultNamespace },
  );
}

export function modelOf(files: Record<string, string>, meshConfigFile?: { path: string; text: string }): EgressModel {
  return buildModel(
    loadInline(files),
    meshConfigFile ? meshSourceFromFile(meshConfigFile.path, meshConfigFile.text) : undefined,
  );
}

/**
 * A model from build files (scripts, READMEs, tutorial steps, Terraform) and manifests, set up as the pipeline sets
 * it up; `yaml` are the files a command may name (by default the manifests).
 */
export function modelWithSetup(
  buildFiles: Record<string, string>,
  o: { manifests?: Record<string, string>; yaml?: Record<string, string> } = {},
): EgressModel {
  const files = (r: Record<string, string>) => Object.entries(r).map(([path, text]) => ({ path, text }));
  const manifests = o.manifests ?? {};
  return buildModel(
    loadInline(manifests),
    undefined,
    installScriptsFrom(files(buildFiles), files(o.yaml ?? manifests)),
  );
}

/** Joins YAML documents with separators, so tests can count lines from a known start. */
export function yamlDocs(...docs: string[]): string {
  return `${docs.map((d) => d.trim()).join("\n---\n")}\n`;
}

/**
 * A Deployment of one container that mounts a ConfigMap, as the tests of ConfigMap-held files write it. `container`
 * lines go under the container (`command: [...]`, more mounts), indented by the helper.
 */
export function deploymentMounting(o: {
  namespace: string;
  name: string;
  container: string;
  image: string;
  configMap: string;
  mount: string;
  lines?: string[];
}): string {
  const extra = (o.lines ?? []).map((l) => `\n          ${l}`).join("");
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${o.name}, namespace: ${o.namespace}}
spec:
  selector: {matchLabels: {app: ${o.name}}}
  template:
    metadata: {labels: {app: ${o.name}}}
    spec:
      containers:
        - name: ${o.container}
          image: ${o.image}
          volumeMounts: [{name: ${o.configMap}, ${o.mount}}]${extra}
      volumes: [{name: ${o.configMap}, configMap: {name: ${o.configMap}}}]
`;
}
