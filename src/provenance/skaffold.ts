// skaffold.yaml: `build.artifacts[]` (and each profile's) name the image, its context and Dockerfile; an artifact
// built by ko, Jib, buildpacks, Bazel or a custom script has no Dockerfile and is read as shipping its context.
import type { ParsedDocument } from "../manifests/parse-yaml.js";
import { dirOf, isRemote, joinRepoPath } from "./paths.js";
import type { ImageBuild, ProvenanceProblem } from "./types.js";
import { isObj, items, lineAt, type Obj, str, yamlDocuments } from "./yaml-docs.js";

export function skaffoldBuilds(file: string, text: string, problems: ProvenanceProblem[]): ImageBuild[] {
  const builds: ImageBuild[] = [];
  for (const doc of yamlDocuments(file, text, problems)) {
    if (!isObj(doc.value)) continue;
    const buildSections: [Obj, (string | number)[]][] = [];
    if (isObj(doc.value.build)) buildSections.push([doc.value.build, ["build"]]);
    items(doc.value.profiles).forEach((p, i) => {
      if (isObj(p.build)) buildSections.push([p.build, ["profiles", i, "build"]]);
    });
    for (const [section, at] of buildSections) artifacts(file, doc, section, at, builds);
  }
  return builds;
}

function artifacts(file: string, doc: ParsedDocument, section: Obj, at: (string | number)[], out: ImageBuild[]) {
  const list = Array.isArray(section.artifacts) ? section.artifacts : [];
  list.forEach((artifact: unknown, i: number) => {
    if (!isObj(artifact)) return;
    const image = str(artifact.image);
    const ctx = str(artifact.context) ?? ".";
    if (image === undefined || isRemote(ctx)) return;
    const context = joinRepoPath(dirOf(file), ctx);
    if (context === undefined) return;
    const docker = isObj(artifact.docker) ? artifact.docker : undefined;
    const usesDockerfile =
      docker !== undefined || !["ko", "jib", "buildpacks", "bazel", "custom"].some((k) => k in artifact);
    const dockerfile = usesDockerfile ? joinRepoPath(context, str(docker?.dockerfile) ?? "Dockerfile") : undefined;
    const target = str(docker?.target);
    const compiled = "ko" in artifact || "jib" in artifact;
    out.push({
      image,
      context,
      ...(dockerfile !== undefined ? { dockerfile } : {}),
      ...(target ? { target } : {}),
      ...(compiled ? { compiled } : {}),
      evidence: {
        file,
        line: lineAt(doc, [...at, "artifacts", i, "image"]),
        says: `skaffold artifact builds ${image} from context ${context || "."}`,
      },
    });
  });
}
