// What every render job gets and gives back.
import type { Finding } from "../findings.js";
import type { MeshConfigDocument } from "../manifests/load.js";
import type { Resource } from "../manifests/resource.js";
import type { Kustomization } from "./kustomization.js";
import type { SourceIndex } from "./source-index.js";
import type { RenderEnvironment } from "./types.js";

export interface JobContext {
  root: string;
  /** Where `root` lies in its git work tree ("" at the top): builds may read anywhere in the work tree. */
  prefix: string;
  env: RenderEnvironment;
  kustomizations: ReadonlyMap<string, Kustomization>;
  sources: SourceIndex;
  textOf: (file: string) => string | undefined;
  /** The repository's files under a folder (a chart's), listed once however many jobs ask. */
  filesUnder: (dir: string) => readonly string[];
  defaultNamespace: string;
}

export interface JobOutcome {
  resources: Resource[];
  meshDocuments: MeshConfigDocument[];
  findings: Finding[];
  /** Manifest files the job read, which the raw loader must then skip. */
  consumed: string[];
  /** Another run over the same files may give another outcome (a build timed out): never cached. */
  volatile?: boolean;
}

/** A build that ran out of time may finish the next time: what came of it is never cached. */
export function volatileIf(outcome: JobOutcome, timedOut: boolean | undefined): JobOutcome {
  return timedOut ? { ...outcome, volatile: true } : outcome;
}
