// docker-compose / compose files: a service with both `image:` and `build:` says which context makes that image.
import { isRemote, joinRepoPath } from "./paths.js";
import type { ImageBuild, ProvenanceProblem } from "./types.js";
import { dirOf } from "./paths.js";
import { entries, isObj, lineAt, str, yamlDocuments } from "./yaml-docs.js";

export function composeBuilds(file: string, text: string, problems: ProvenanceProblem[]): ImageBuild[] {
  const builds: ImageBuild[] = [];
  for (const doc of yamlDocuments(file, text, problems)) {
    if (!isObj(doc.value)) continue;
    for (const [name, service] of entries(doc.value.services)) {
      const image = str(service.image);
      const build = service.build;
      if (image === undefined || build === undefined) continue;
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
        evidence: {
          file,
          line: lineAt(doc, ["services", name, "image"]),
          says: `compose service ${name} builds ${image} from context ${context || "."}`,
        },
      });
    }
  }
  return builds;
}
