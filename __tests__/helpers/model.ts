// Builds a model from inline files, the way the pipeline does, for tests that start from YAML.
import { loadManifests, type LoadedManifests } from "../../src/manifests/load.js";
import { buildModel } from "../../src/model/build.js";
import { meshSourceFromFile } from "../../src/model/mesh-policy.js";
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

/** Joins YAML documents with separators, so tests can count lines from a known start. */
export function yamlDocs(...docs: string[]): string {
  return `${docs.map((d) => d.trim()).join("\n---\n")}\n`;
}
