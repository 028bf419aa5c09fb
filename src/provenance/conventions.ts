// When no build definition names an image, naming conventions still tell where it is built from: ko's `ko://`
// import paths, and a folder named like the image (or the workload) holding a Dockerfile or a build manifest that
// Jib or buildpacks build without one.
import { lastSegment } from "./image-ref.js";
import { dirOf, joinRepoPath, under } from "./paths.js";
import type { RepoLayout } from "./repo-layout.js";
import type { ImageBuild, WorkloadImage } from "./types.js";

const DOCKERFILE_NAMES = ["Dockerfile", "Containerfile"] as const;
/** Build manifests a Dockerfile-less builder (Jib, buildpacks) builds from, and whether that build compiles. */
const BUILD_MANIFESTS: readonly [string, boolean][] = [
  ["pom.xml", true],
  ["build.gradle", true],
  ["build.gradle.kts", true],
  ["go.mod", true],
  ["package.json", false],
  ["requirements.txt", false],
  ["pyproject.toml", false],
];

/** `module` lines of go.mod files: the module path -> its folder. */
export function goModules(goMods: readonly { path: string; text: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of goMods) {
    const mod = /^\s*module\s+"?([^\s"]+)"?/m.exec(m.text.slice(0, 10_000));
    if (mod) out.set(mod[1]!, dirOf(m.path));
  }
  return out;
}

export function koBuild(
  wi: WorkloadImage,
  layout: RepoLayout,
  modules: ReadonlyMap<string, string>,
): ImageBuild | undefined {
  const image = wi.image;
  const importPath = image.slice("ko://".length).replace(/[@:].*$/, "");
  const pkgDir = packageDir(importPath, layout, modules);
  if (pkgDir === undefined) return undefined;
  let moduleDir = pkgDir;
  while (!layout.files.has(under(moduleDir, "go.mod")) && moduleDir !== "") moduleDir = dirOf(moduleDir);
  if (!layout.files.has(under(moduleDir, "go.mod"))) moduleDir = pkgDir;
  const goMod = under(moduleDir, "go.mod");
  return {
    image,
    context: moduleDir,
    compiled: true,
    evidence: {
      // Without a go.mod, the manifest's `ko://` reference is the only place that says it.
      file: layout.files.has(goMod) ? goMod : wi.file,
      line: layout.files.has(goMod) ? 1 : wi.line,
      says: `ko builds ${image} from package ${pkgDir || "."} of the Go module in ${moduleDir || "."}`,
    },
  };
}

function packageDir(importPath: string, layout: RepoLayout, modules: ReadonlyMap<string, string>): string | undefined {
  let best: string | undefined;
  for (const mod of modules.keys()) {
    if ((importPath === mod || importPath.startsWith(`${mod}/`)) && (best === undefined || mod.length > best.length)) {
      best = mod;
    }
  }
  if (best !== undefined) return joinRepoPath(modules.get(best)!, importPath.slice(best.length + 1));
  // No go.mod text to map the module path: the longest tail of the import path that is a folder here.
  const segments = importPath.split("/");
  for (let k = 0; k < segments.length; k++) {
    const candidate = segments.slice(k).join("/");
    if (layout.dirs.has(candidate)) return candidate;
  }
  return undefined;
}

/** Folders named like the image's last segment, then like the workload, holding a Dockerfile or a build manifest. */
export function folderBuilds(wi: WorkloadImage, layout: RepoLayout): ImageBuild[] {
  const imageName = lastSegment(wi.image);
  const names = [...new Set([imageName, wi.workload.toLowerCase()].filter((n): n is string => !!n))];
  for (const name of names) {
    const builds: ImageBuild[] = [];
    for (const dir of layout.dirsByName.get(name) ?? []) {
      const file = DOCKERFILE_NAMES.map((f) => `${dir}/${f}`).find((f) => layout.files.has(f));
      if (file) {
        const says = `folder ${dir} is named like ${name === imageName ? "image" : "workload"} ${name} and holds ${file}`;
        builds.push({ image: wi.image, context: dir, dockerfile: file, evidence: { file, line: 1, says } });
      }
    }
    if (builds.length > 0) return builds;
  }
  if (imageName === undefined) return [];
  const builds: ImageBuild[] = [];
  for (const dir of layout.dirsByName.get(imageName) ?? []) {
    const manifest = BUILD_MANIFESTS.find(([f]) => layout.files.has(`${dir}/${f}`));
    if (!manifest) continue;
    const file = `${dir}/${manifest[0]}`;
    const says = `folder ${dir} is named like image ${imageName} and holds ${manifest[0]} (a Jib or buildpacks build)`;
    builds.push({ image: wi.image, context: dir, compiled: manifest[1], evidence: { file, line: 1, says } });
  }
  return builds;
}
