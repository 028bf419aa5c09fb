// What the rendering stage plans and runs: jobs that turn a Kustomize tree or a Helm chart into what the cluster gets.
import type { RenderCache } from "./cache.js";
import type { LocalDependency } from "./plan.js";
import type { SourceLocation } from "../model/types.js";

export interface CommandResult {
  /** Null when the command did not exit by itself (killed at its time limit, or it could not start). */
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut?: boolean;
}

export interface CommandOptions {
  cwd: string;
  timeoutMs: number;
}

/** The only way the rendering stage runs a program; tests pass a fake. */
export type CommandRunner = (cmd: string, args: readonly string[], options: CommandOptions) => Promise<CommandResult>;

/** How Kustomize is invoked: `kustomize build DIR` or `kubectl kustomize DIR`. */
export interface KustomizeTool {
  command: string;
  args: readonly string[];
}

export interface RenderTools {
  kustomize?: KustomizeTool;
  helm?: string;
}

export interface RenderEnvironment {
  run: CommandRunner;
  tools: RenderTools;
  /** Which build of each tool (its real path, size and time), for cache keys. */
  toolIds?: { kustomize?: string; helm?: string };
  /** Renders kept by the content of their inputs; none, and every tree is built. */
  cache?: RenderCache;
  /** A directory the stage may create its temporary folders in. */
  tempRoot: string;
  timeoutMs: number;
  concurrency: number;
}

/** How a deploy target's namespace applies: Argo CD fills in missing namespaces, Flux's targetNamespace overrides. */
export interface TargetNamespace {
  name: string;
  mode: "fill" | "override";
}

/** Who deploys a tree: an Argo CD Application or ApplicationSet, a Flux Kustomization or HelmRelease. */
export interface DeployOrigin {
  kind: string;
  name: string;
  loc: SourceLocation;
}

/** Helm values written inline in an Application or HelmRelease (the object, and where its keys were written). */
export interface InlineValues {
  value: Record<string, unknown>;
  loc: SourceLocation;
  /** JSON pointer of the values inside their document, and that document's pointer -> line map. */
  base: string;
  lines: Map<string, number>;
}

export interface HelmSpec {
  /** Repository-relative values files, lowest precedence first. */
  valueFiles: string[];
  /** Inline values, lowest precedence first (they win over the files). */
  inline: InlineValues[];
  releaseName?: string;
}

/** A directory an Argo CD Application or Flux object deploys from this repository. */
export interface DeployTarget {
  origin: DeployOrigin;
  /** Repository-relative directory, "." for the root. */
  path: string;
  namespace?: TargetNamespace;
  /** Argo CD reads a plain directory's subdirectories only when asked; Flux always does. */
  recurse: boolean;
  helm?: HelmSpec;
}

export interface KustomizeJob {
  kind: "kustomize";
  /** The kustomization's directory and file. */
  dir: string;
  file: string;
  namespace?: TargetNamespace;
  origin?: DeployOrigin;
}

export interface HelmJob {
  kind: "helm";
  chartDir: string;
  chartName: string;
  /** Dependencies taken from the repository (`file://`), which `helm template` needs under `charts/`. */
  localDependencies?: LocalDependency[];
  release: string;
  namespace: string;
  values: HelmSpec;
  origin?: DeployOrigin;
}

export interface PlainDirJob {
  kind: "plain";
  /** The folder, or the one file a script's `kubectl apply -f FILE` names. */
  dir: string;
  files: string[];
  namespace: TargetNamespace;
  origin: DeployOrigin;
}

export type RenderJob = KustomizeJob | HelmJob | PlainDirJob;
