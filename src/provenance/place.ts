// One workload container's image -> where it is built from and what it ships: build definitions first (the
// strongest image match wins), naming conventions when none names the image, else unplaced with the reason.
import { cmp } from "../findings.js";
import { folderBuilds, koBuild, tagNamesService, tagOf } from "./conventions.js";
import { type ParsedDockerfile, parseDockerfile } from "./dockerfile.js";
import { dockerignoreExcludes } from "./dockerignore.js";
import { type ImageRef, lastSegment, matchStrength, parseImageRef } from "./image-ref.js";
import { PLACEMENT_LIMITS } from "./limits.js";
import { dirOf, joinRepoPath, under } from "./paths.js";
import type { RepoLayout } from "./repo-layout.js";
import { sourcesOfBuildOutput } from "./build-output.js";
import { shippedFiles } from "./ships.js";
import { testExcludes } from "./test-files.js";
import type {
  CodePlacement,
  Evidence,
  ImageBuild,
  PlacementHow,
  ProvenanceProblem,
  UnplacedImage,
  WorkloadImage,
} from "./types.js";

export interface KnownBuild {
  build: ImageBuild;
  ref: ImageRef;
}

export interface PlaceContext {
  builds: readonly KnownBuild[];
  layout: RepoLayout;
  goModules: ReadonlyMap<string, string>;
  texts: ReadonlyMap<string, string>;
  dockerfiles: Map<string, ParsedDockerfile>;
  problems: ProvenanceProblem[];
  /** The builds whose Dockerfile exists, worked out on first use. */
  usable?: readonly KnownBuild[];
}

export function place(wi: WorkloadImage, ctx: PlaceContext): CodePlacement[] | UnplacedImage {
  const unplaced = (why: string): UnplacedImage => ({
    namespace: wi.namespace,
    workload: wi.workload,
    container: wi.container,
    image: wi.image,
    why,
  });
  if (wi.image.startsWith("ko://")) {
    const ko = koBuild(wi, ctx.layout, ctx.goModules);
    return ko ? [placement(wi, ko, "image-name", ctx)] : unplaced(`no Go package in the repository is ${wi.image}`);
  }
  const ref = parseImageRef(wi.image);
  if (!ref) return unplaced(`${JSON.stringify(wi.image)} is not an image reference`);
  const named = sameTag(wi.image, strongestMatches(ref, usableBuilds(ctx)));
  const deployed = named.length > 0 ? named : deployedBuilds(wi, usableBuilds(ctx));
  const defined = deployed.length > 0 ? deployed : composeServiceBuilds(wi, usableBuilds(ctx));
  const builds = defined.length > 0 ? defined : folderBuilds(wi, ctx.layout).map((b) => withCopiedContext(b, ctx));
  if (builds.length === 0) {
    const name = lastSegment(wi.image) ?? wi.workload;
    return unplaced(`no build definition or folder named ${name} builds ${wi.image}`);
  }
  const how: PlacementHow = defined.length > 0 ? "build-definition" : "image-name";
  return mergeSameBuild(
    builds.map((b) => {
      const p = placement(wi, b, how, ctx);
      const deploy = deployment(b, wi);
      return deploy ? { ...p, evidence: sortEvidence([...p.evidence, deploy]) } : p;
    }),
  );
}

const FILES_BY_FOLDER = new WeakMap<RepoLayout, Map<string, string[]>>();

/** The files directly in a folder ("" is the root), from one pass over the listing made on first use. */
function filesIn(ctx: PlaceContext, dir: string): readonly string[] {
  let byFolder = FILES_BY_FOLDER.get(ctx.layout);
  if (!byFolder) {
    byFolder = new Map();
    for (const f of ctx.layout.files) {
      const folder = dirOf(f);
      let list = byFolder.get(folder);
      if (!list) byFolder.set(folder, (list = []));
      list.push(f);
    }
    FILES_BY_FOLDER.set(ctx.layout, byFolder);
  }
  return byFolder.get(dir) ?? [];
}

/** Where no build names the container's image, the builds a workflow points the container at (`kubectl set image`). */
function deployedBuilds(wi: WorkloadImage, builds: readonly KnownBuild[]): ImageBuild[] {
  return builds
    .filter(({ build }) => deployment(build, wi) !== undefined)
    .slice(0, PLACEMENT_LIMITS.maxBuildsPerImage)
    .map((kb) => kb.build);
}

/**
 * Where nothing else names the image, the compose services that build without naming their image and are named like
 * the workload or the container (`api-gateway:` in docker-compose.prod.yml for Deployment `api-gateway`). Several
 * files may define the service (a local and a production compose file): each build is kept, as for an image name.
 */
function composeServiceBuilds(wi: WorkloadImage, builds: readonly KnownBuild[]): ImageBuild[] {
  const names = new Set([wi.workload.toLowerCase(), wi.container.toLowerCase()]);
  const out = new Map<string, ImageBuild>();
  for (const { build } of builds) {
    const service = build.composeService?.toLowerCase();
    if (service === undefined || !names.has(service)) continue;
    const key = `${build.context}\0${build.dockerfile ?? ""}`;
    if (out.has(key) || out.size >= PLACEMENT_LIMITS.maxBuildsPerImage) continue;
    const named = service === wi.workload.toLowerCase() ? "workload" : "container";
    out.set(key, {
      ...build,
      evidence: { ...build.evidence, says: `${build.evidence.says}, and the ${named} is named ${service}` },
    });
  }
  return [...out.values()];
}

function deployment(build: ImageBuild, wi: WorkloadImage): Evidence | undefined {
  return build.deployedTo?.find((d) => d.workload === wi.workload && d.container === wi.container)?.evidence;
}

/**
 * The builds whose Dockerfile is in the repository. One that is not there means the build was misread (a path relative
 * to a folder a script changed to, or a file generated in CI): taking its context as shipped could place a whole
 * repository in one image, so it places nothing and is reported once.
 */
function usableBuilds(ctx: PlaceContext): readonly KnownBuild[] {
  if (ctx.usable) return ctx.usable;
  const usable: KnownBuild[] = [];
  const exists = (path: string) => ctx.layout.files.has(path) || ctx.texts.has(path);
  for (const found of ctx.builds) {
    const kb = runFromOwnFolder(found, exists);
    const { dockerfile, evidence } = kb.build;
    if (dockerfile === undefined || exists(dockerfile)) usable.push(kb);
    else if (kb.build.fromDocs) {
      const only = onlyDockerfileBelow(dirOf(evidence.file), ctx);
      if (only !== undefined) {
        const says = `${evidence.says}, run in ${dirOf(only) || "the repository root"}, where the only Dockerfile is`;
        usable.push({
          ...kb,
          build: { ...kb.build, dockerfile: only, context: dirOf(only), evidence: { ...evidence, says } },
        });
      }
      // A README block whose folder cannot be told is no build definition: nothing to report.
    } else
      ctx.problems.push({
        file: evidence.file,
        line: evidence.line,
        message: `Dockerfile ${dockerfile} is not in the repository: this build places no code`,
      });
  }
  ctx.usable = usable;
  return usable;
}

/** A script's build read from the script's own folder, where the Dockerfile it names is found from there. */
function runFromOwnFolder(kb: KnownBuild, exists: (path: string) => boolean): KnownBuild {
  const { runFrom, dockerfile, context, evidence } = kb.build;
  if (runFrom === undefined || dockerfile === undefined) return kb;
  const moved = joinRepoPath(runFrom, dockerfile);
  const movedContext = joinRepoPath(runFrom, context);
  if (moved === undefined || movedContext === undefined || !exists(moved)) return kb;
  const says = `${evidence.says}, run in ${runFrom}, where ${moved} is`;
  return { ...kb, build: { ...kb.build, dockerfile: moved, context: movedContext, evidence: { ...evidence, says } } };
}

/** The one Dockerfile in `dir` or below it, or undefined when there is none or more than one. */
function onlyDockerfileBelow(dir: string, ctx: PlaceContext): string | undefined {
  const below = ctx.layout.dockerfiles.filter((f) => dir === "" || f.startsWith(`${dir}/`));
  return below.length === 1 ? below[0] : undefined;
}

/**
 * A Dockerfile found by its name alone is built from its own folder, unless its COPY lines name paths that exist only
 * from a folder above (`COPY apps/auth /app` in apps/auth/Dockerfile, built from the root by CI): then from the
 * nearest folder where most of them exist.
 */
function withCopiedContext(build: ImageBuild, ctx: PlaceContext): ImageBuild {
  const text = build.dockerfile === undefined ? undefined : ctx.texts.get(build.dockerfile);
  if (text === undefined) return build;
  const sources = parsedDockerfile(build.dockerfile!, text, ctx)
    .stages.flatMap((s) => s.copies)
    .filter((c) => c.from === undefined)
    .flatMap((c) => c.sources)
    .filter((src) => !/[*?[]/.test(src) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(src) && src !== "." && src !== "./");
  if (sources.length === 0) return build;
  const exists = (dir: string, src: string) => {
    const path = joinRepoPath(dir, src);
    return path !== undefined && (ctx.layout.files.has(path) || ctx.layout.dirs.has(path));
  };
  let best = build.context;
  let bestCount = sources.filter((src) => exists(best, src)).length;
  for (let dir = build.context; dir !== ""; ) {
    dir = dir.includes("/") ? dir.slice(0, dir.lastIndexOf("/")) : "";
    const count = sources.filter((src) => exists(dir, src)).length;
    if (count > bestCount) [best, bestCount] = [dir, count];
  }
  if (best === build.context) return build;
  return {
    ...build,
    context: best,
    evidence: {
      ...build.evidence,
      says: `${build.evidence.says}; its COPY lines name paths from ${best || "the repository root"}`,
    },
  };
}

function strongestMatches(ref: ImageRef, builds: readonly KnownBuild[]): ImageBuild[] {
  let best = 0;
  let out: ImageBuild[] = [];
  for (const kb of builds) {
    const s = matchStrength(ref, kb.ref);
    if (s === 0 || s < best) continue;
    if (s > best) [best, out] = [s, []];
    if (out.length < PLACEMENT_LIMITS.maxBuildsPerImage) out.push(kb.build);
  }
  return out;
}

/**
 * One image repository often holds several services under different tags (`acme/demo:server`, `acme/demo:web-ui`):
 * where the deployed tag names a service and some of the matching builds push exactly that tag, those are the ones.
 * A version, a commit or a channel (`latest`) says nothing of which build it is, and keeps every match.
 */
function sameTag(image: string, builds: ImageBuild[]): ImageBuild[] {
  const tag = tagOf(image);
  if (tag === undefined || builds.length < 2 || !tagNamesService(tag)) return builds;
  const same = builds.filter((b) => tagOf(b.image) === tag);
  return same.length > 0 ? same : builds;
}

function placement(wi: WorkloadImage, build: ImageBuild, how: PlacementHow, ctx: PlaceContext): CodePlacement {
  const { namespace, workload, container, image } = wi;
  const base = { namespace, workload, container, image, how, context: build.context };
  const wholeContext = (evidence: Evidence[]): CodePlacement => ({
    ...base,
    ...(build.dockerfile !== undefined ? { dockerfile: build.dockerfile } : {}),
    ships: (build.sources ?? ["**"]).map((g) => under(build.context, g)),
    excludes: build.compiled ? testExcludes(build.context) : [],
    servesStaticFiles: false,
    evidence: sortEvidence([build.evidence, ...evidence]),
  });
  if (build.dockerfile === undefined) return wholeContext([]);
  const text = ctx.texts.get(build.dockerfile);
  if (text === undefined) {
    // A Dockerfile under a name the pipeline does not keep (`usableBuilds` dropped the ones that do not exist).
    const message = `Dockerfile ${build.dockerfile} was not read: its whole context is taken as shipped`;
    ctx.problems.push({ file: build.evidence.file, line: build.evidence.line, message });
    return wholeContext([]);
  }
  const parsed = parsedDockerfile(build.dockerfile, text, ctx);
  const shipped = shippedFiles({
    dockerfile: parsed,
    dockerfilePath: build.dockerfile,
    context: build.context,
    ...(build.target ? { target: build.target } : {}),
    isFile: (p) => ctx.layout.files.has(p),
    filesIn: (dir) => filesIn(ctx, dir),
  });
  const ignore =
    ctx.texts.get(`${build.dockerfile}.dockerignore`) ?? ctx.texts.get(under(build.context, ".dockerignore"));
  const output = sourcesOfBuildOutput(shipped.ships, ctx.layout, shipped.evidence);
  const excludes = [
    ...shipped.excludes,
    ...(ignore ? dockerignoreExcludes(ignore, build.context) : []),
    // Compiled output carries no tests.
    ...output.ships.flatMap((g) => testExcludes(g.replace(/\/?\*\*(?:\/[^/]*)?$/, ""))),
  ];
  return {
    ...base,
    dockerfile: build.dockerfile,
    ships: sortedUnique([...shipped.ships, ...output.ships]),
    excludes: sortedUnique(excludes),
    servesStaticFiles: shipped.servesStaticFiles,
    ...(shipped.baseImage !== undefined ? { baseImage: shipped.baseImage } : {}),
    evidence: sortEvidence([build.evidence, ...shipped.evidence, ...output.evidence]),
  };
}

function parsedDockerfile(path: string, text: string, ctx: PlaceContext): ParsedDockerfile {
  let parsed = ctx.dockerfiles.get(path);
  if (!parsed) {
    parsed = parseDockerfile(text);
    ctx.dockerfiles.set(path, parsed);
    for (const p of parsed.problems) ctx.problems.push({ file: path, line: p.line, message: p.message });
  }
  return parsed;
}

/** The same build named by several definitions (compose and CI both build it) is one placement, with all evidence. */
function mergeSameBuild(placements: CodePlacement[]): CodePlacement[] {
  const byKey = new Map<string, CodePlacement>();
  for (const p of placements) {
    const key = JSON.stringify([p.context, p.dockerfile ?? "", p.ships, p.excludes]);
    const seen = byKey.get(key);
    if (seen) seen.evidence = sortEvidence([...seen.evidence, ...p.evidence]);
    else byKey.set(key, p);
  }
  return [...byKey.values()];
}

export function sortEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return [...evidence]
    .sort((a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.says, b.says))
    .filter((e) => {
      const key = `${e.file}\n${e.line}\n${e.says}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function sortedUnique(xs: readonly string[]): string[] {
  return [...new Set(xs)].sort(cmp);
}
