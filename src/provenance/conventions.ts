// When no build definition names an image, naming conventions still tell where it is built from: ko's `ko://`
// import paths, and a folder named like the image (or the workload) holding a Dockerfile or a build manifest that
// Jib or buildpacks build without one.
import { lastSegment, parseImageRef } from "./image-ref.js";
import { baseName, dirOf, joinRepoPath, under } from "./paths.js";
import type { RepoLayout } from "./repo-layout.js";
import type { ImageBuild, WorkloadImage } from "./types.js";

const DOCKERFILE_NAMES = ["Dockerfile", "Containerfile"] as const;
/**
 * A Go image built without a Dockerfile (ko, buildpacks) holds the binary: the module's Go sources are its code, not
 * the YAML, scripts and examples beside them. Files pulled in by `//go:embed` are not followed.
 */
const GO_SOURCES = ["**/*.go"] as const;
/**
 * Build manifests a Dockerfile-less builder (Jib, buildpacks) builds from, whether that build compiles, and, where
 * the image holds only what is compiled, the sources that are.
 */
const BUILD_MANIFESTS: readonly (readonly [string, boolean, (readonly string[])?])[] = [
  ["pom.xml", true],
  ["build.gradle", true],
  ["build.gradle.kts", true],
  ["go.mod", true, GO_SOURCES],
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
    sources: GO_SOURCES,
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

/**
 * Folders named like the image's last segment, then like the workload, then like the leading words of the tag (one
 * repository for many services: `eco2:auth-api-1.2` is built from `auth-api` or `auth`), holding a Dockerfile; or a
 * `Dockerfile.NAME` / `NAME.Dockerfile` of that name. Failing those, a build manifest Jib or buildpacks build from.
 */
export function folderBuilds(wi: WorkloadImage, layout: RepoLayout): ImageBuild[] {
  const imageName = lastSegment(wi.image);
  const workload = wi.workload.toLowerCase();
  // An official image (`python:3.11-slim`, `redis`) is pulled, not built here: only a folder named like it may say
  // otherwise, never the workload's name or the tag.
  const ref = parseImageRef(wi.image);
  const official = ref !== undefined && ref.path.length === 1 && (ref.host === undefined || ref.host === "docker.io");
  const named: [string, string][] = [
    ...(imageName ? spellings(imageName).map((n): [string, string] => [n, `image ${imageName}`]) : []),
    ...(official
      ? []
      : [
          ...spellings(workload).map((n): [string, string] => [n, `workload ${workload}`]),
          ...tagNames(wi.image).map((n): [string, string] => [n, `the start of tag ${tagOf(wi.image)}`]),
        ]),
  ];
  const seen = new Set<string>();
  for (const [name, like] of named) {
    if (seen.has(name)) continue;
    seen.add(name);
    const builds: ImageBuild[] = [];
    for (const dir of layout.dirsByName.get(name) ?? []) {
      const file = DOCKERFILE_NAMES.map((f) => `${dir}/${f}`).find((f) => layout.files.has(f));
      if (file) {
        const says = `folder ${dir} is named like ${like} and holds ${file}`;
        builds.push({ image: wi.image, context: dir, dockerfile: file, evidence: { file, line: 1, says } });
      }
    }
    for (const file of layout.dockerfilesByName.get(name) ?? []) {
      const says = `${file} is named like ${like}`;
      builds.push({ image: wi.image, context: dirOf(file), dockerfile: file, evidence: { file, line: 1, says } });
    }
    if (builds.length > 0) return builds;
  }
  if (imageName === undefined) return [];
  const joined = official ? undefined : folderJoinedInto(wi.image, imageName, layout);
  if (joined) return [joined];
  const builds: ImageBuild[] = [];
  for (const dir of layout.dirsByName.get(imageName) ?? []) {
    const manifest = BUILD_MANIFESTS.find(([f]) => layout.files.has(`${dir}/${f}`));
    if (!manifest) continue;
    const file = `${dir}/${manifest[0]}`;
    const says = `folder ${dir} is named like image ${imageName} and holds ${manifest[0]} (a Jib or buildpacks build)`;
    const sources = manifest[2] ? { sources: manifest[2] } : {};
    builds.push({
      image: wi.image,
      context: dir,
      compiled: manifest[1],
      ...sources,
      evidence: { file, line: 1, says },
    });
  }
  return builds;
}

/** The tag of an image reference, if it has one (`auth-api-dev-latest` of `docker.io/acme/eco2:auth-api-dev-latest`). */
export function tagOf(image: string): string | undefined {
  const name = image.split("@")[0]!;
  const colon = name.lastIndexOf(":");
  return colon > name.lastIndexOf("/") ? name.slice(colon + 1) : undefined;
}

/** Words a tag may name a service by, longest first: `chat-worker-dev` -> chat-worker-dev, chat_worker_dev, chatworkerdev, …, chat. */
function tagNames(image: string): string[] {
  const tag = tagOf(image)?.toLowerCase();
  if (!tag) return [];
  if (!tagNamesService(tag)) return [];
  const words = tag.split("-");
  const out: string[] = [];
  for (let n = words.length; n >= 1; n--) out.push(...spellings(words.slice(0, n).join("-")));
  return [...new Set(out)];
}

/**
 * How a folder may spell a hyphenated name: as written, with underscores (Python packages cannot hold a hyphen:
 * `agent-os` is built from `agent_os/`), and run together (`service-c` from `ServiceC/`; folder names are compared
 * lower-cased).
 */
function spellings(name: string): string[] {
  return [...new Set([name, name.replace(/-/g, "_"), name.replace(/-/g, "")])];
}

/** A tag that starts with a version, a commit or a channel (`1.2`, `3f2a9c1`, `latest-arm64`) names no service. */
export function tagNamesService(tag: string): boolean {
  const first = tag.toLowerCase().split("-")[0]!;
  return /^[a-z][a-z0-9_]*$/.test(first) && !CHANNELS.has(first) && !/^[0-9a-f]{7,40}$/.test(first);
}

const CHANNELS = new Set([
  "latest",
  "stable",
  "main",
  "master",
  "dev",
  "develop",
  "prod",
  "production",
  "staging",
  "edge",
  "nightly",
  "canary",
  "release",
  "sha",
  "commit",
  "pr",
  "build",
  "alpine",
  "slim",
]);

const JOINED = new WeakMap<RepoLayout, Map<string, string[]>>();

/** Each Dockerfile's last two and last three folder names, joined by hyphens and lower-cased -> those Dockerfiles. */
function joinedFolderNames(layout: RepoLayout): Map<string, string[]> {
  let byJoined = JOINED.get(layout);
  if (byJoined) return byJoined;
  byJoined = new Map();
  for (const file of layout.dockerfiles) {
    if (!(DOCKERFILE_NAMES as readonly string[]).includes(baseName(file))) continue;
    const names = dirOf(file).toLowerCase().split("/");
    for (const k of [3, 2]) {
      if (names.length < k) continue;
      const joined = names.slice(-k).join("-");
      const list = byJoined.get(joined);
      if (!list) byJoined.set(joined, [file]);
      else if (!list.includes(file)) list.push(file);
    }
  }
  JOINED.set(layout, byJoined);
  return byJoined;
}

/**
 * The one folder holding a Dockerfile whose last two or three folder names, joined by hyphens, end the image's name
 * (`spotlight-client-customer-1` built from `client/customer-1/`); undefined when none or several do.
 */
function folderJoinedInto(image: string, imageName: string, layout: RepoLayout): ImageBuild | undefined {
  const byJoined = joinedFolderNames(layout);
  const hits = new Set<string>();
  // The image's name, and each end of it that starts after a hyphen: the joined folder names it may end with.
  const ends = [imageName];
  for (let h = imageName.indexOf("-"); h !== -1; h = imageName.indexOf("-", h + 1)) ends.push(imageName.slice(h + 1));
  for (const end of ends) for (const file of byJoined.get(end) ?? []) hits.add(file);
  if (hits.size !== 1) return undefined;
  const file = [...hits][0]!;
  const says = `image ${imageName} ends with the names of folder ${dirOf(file)}, which holds ${file}`;
  return { image, context: dirOf(file), dockerfile: file, evidence: { file, line: 1, says } };
}
