// Bounds on hostile or generated input: a build definition past them is read in part (and says so), never slowly.

export const DOCKERFILE_LIMITS = {
  /** Real Dockerfiles are a few kilobytes; a megabyte is generated or hostile. */
  maxChars: 1_000_000,
  maxInstructionChars: 64_000,
  maxInstructions: 10_000,
  maxStages: 256,
} as const;

export const BUILD_FILE_LIMITS = {
  /** Scripts, Makefiles, workflows and compose files past this are read up to it. */
  maxChars: 2_000_000,
  /** Build commands taken from one file: a file listing more is generated, and its first ones say enough. */
  maxBuildsPerFile: 500,
  /** Words read for one command line. */
  maxWordsPerCommand: 400,
} as const;

export const PLACEMENT_LIMITS = {
  /** Builds one image reference may match before the rest are dropped (a last-segment match like `api` is broad). */
  maxBuildsPerImage: 16,
} as const;
