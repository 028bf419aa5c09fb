// docker-compose / compose files: a service with both `image:` and `build:` says which context makes that image. One
// with `build:` alone makes the image compose names `<project>-<service>`, where the project is the file's folder.
import { baseName, dirOf, isRemote, joinRepoPath } from "./paths.js";
import type { ImageBuild, ProvenanceProblem } from "./types.js";
import { entries, isObj, lineAt, str, yamlDocuments } from "./yaml-docs.js";

export function composeBuilds(file: string, text: string, problems: ProvenanceProblem[]): ImageBuild[] {
  const builds: ImageBuild[] = [];
  for (const doc of yamlDocuments(file, text, problems)) {
    if (!isObj(doc.value)) continue;
    for (const [name, service] of entries(doc.value.services)) {
      const build = service.build;
      if (build === undefined) continue;
      const named = str(service.image);
      const image = named ?? composeImageName(file, name);
      if (image === undefined) continue;
      const spec = isObj(build) ? build : { context: build };
      const ctx = str(spec.context) ?? ".";
      if (isRemote(ctx)) continue;
      const context = joinRepoPath(dirOf(file), ctx);
      if (context === undefined) continue;
      // `dockerfile_inline` has no file: the build is read as shipping its whole context.
      const dockerfile =
        spec.dockerfile_inline !== undefined ? undefined : joinRepoPath(context, str(spec.dockerfile) ?? "Dockerfile");
      const target = str(spec.target);
      builds.push({
        image,
        context,
        ...(dockerfile !== undefined ? { dockerfile } : {}),
        ...(target ? { target } : {}),
        ...(named === undefined ? { composeService: name } : {}),
        evidence: {
          file,
          line: lineAt(doc, ["services", name, named === undefined ? "build" : "image"]),
          says:
            named === undefined
              ? `compose service ${name} builds from context ${context || "."}`
              : `compose service ${name} builds ${image} from context ${context || "."}`,
        },
      });
    }
  }
  return builds;
}

/** Compose's default project name is the file's folder, lower-cased, with what an image name cannot hold dropped. */
function composeImageName(file: string, service: string): string | undefined {
  const folder = baseName(dirOf(file))
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, "");
  const name = `${folder}-${service.toLowerCase()}`.replace(/^[-_]+/, "");
  return /^[a-z0-9][a-z0-9_.-]*$/.test(name) ? name : undefined;
}
