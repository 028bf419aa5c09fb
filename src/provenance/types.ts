// Build provenance: which repository files each workload container's image ships. Only code an image ships runs in
// the pod, so only its host references are that workload's egress.

/** A build-definition file the pipeline kept the text of (see isBuildDefinitionFile); repo-relative, `/` separators. */
export interface BuildFile {
  path: string;
  text: string;
}

/** A container of a workload and the image it runs, with where the manifest says so. */
export interface WorkloadImage {
  namespace: string;
  workload: string;
  container: string;
  image: string;
  file: string;
  line: number;
}

/** One step of the chain from an image to the files it ships, e.g. "builds ghcr.io/acme/checkout from context x". */
export interface Evidence {
  file: string;
  line: number;
  says: string;
}

export type PlacementHow = "build-definition" | "image-name";

export interface CodePlacement {
  namespace: string;
  workload: string;
  container: string;
  image: string;
  /** An explicit build definition, or the naming convention fallback. */
  how: PlacementHow;
  dockerfile?: string;
  /** Repo-relative; "" is the repository root. */
  context: string;
  /** What the final image ships, as repo-relative minimatch globs; `excludes` win over `ships`. */
  ships: string[];
  excludes: string[];
  /** The final stage only serves files (nginx, httpd, caddy…): the shipped JS runs in browsers, not in the pod. */
  servesStaticFiles: boolean;
  /**
   * The image the final stage starts from; undefined when the builder uses no Dockerfile (ko, Jib and buildpacks
   * put the compiled code on a runtime base of their own).
   */
  baseImage?: string;
  /** Sorted by file, line. */
  evidence: Evidence[];
}

export interface UnplacedImage {
  namespace: string;
  workload: string;
  container: string;
  image: string;
  why: string;
}

/** Input the provenance stage could not read (a YAML error, a Dockerfile cut short): data, never an exception. */
export interface ProvenanceProblem {
  file: string;
  line: number;
  message: string;
}

export interface Provenance {
  placements: CodePlacement[];
  unplaced: UnplacedImage[];
  problems: ProvenanceProblem[];
}

export interface ProvenanceInput {
  /** Every file path in the repository: conventions look for Dockerfiles, go.mod and build files by folder. */
  files: readonly string[];
  buildFiles: readonly BuildFile[];
  images: readonly WorkloadImage[];
  /** `owner/name` of the repository on GitHub, when known: what a workflow's `${{ github.repository }}` stands for. */
  repository?: string;
}

/**
 * What a build definition says: an image is built from a context with a Dockerfile (or, with no Dockerfile, by a
 * builder such as ko, Jib or buildpacks that ships the context's code).
 */
export interface ImageBuild {
  image: string;
  /** Repo-relative; "" is the repository root. */
  context: string;
  /** Repo-relative; undefined when the builder uses no Dockerfile. */
  dockerfile?: string;
  /** The stage `--target` selects, when the build names one. */
  target?: string;
  /** A Dockerfile-less builder that compiles (ko, Jib): the context's tests are not shipped. */
  compiled?: boolean;
  /** Globs, relative to the context, of what such a builder compiles into the image; absent: the whole context. */
  sources?: readonly string[];
  /**
   * A command a README tells people to run: the folder they run it in is not written, so a Dockerfile the command
   * does not find from the README's folder is the only one below that folder, if there is exactly one.
   */
  fromDocs?: boolean;
  /**
   * A script outside the root that builds without a `cd`: its folder. Where the Dockerfile the command names is found
   * from there (`example/api/build.sh` running `docker build .` beside `example/api/Dockerfile`), the build is read
   * as run there.
   */
  runFrom?: string;
  /** Containers a workflow points at this build's image (`kubectl set image`), whatever image their manifest names. */
  deployedTo?: DeployedContainer[];
  /**
   * A compose service that builds without naming its image: its name. Compose then tags the image after the project
   * and the service, which no manifest names, so a workload or container of the service's name is its evidence.
   */
  composeService?: string;
  evidence: Evidence;
}

export interface DeployedContainer {
  /** The workload's name, without its kind or namespace. */
  workload: string;
  container: string;
  evidence: Evidence;
}
