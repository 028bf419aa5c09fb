// The base commit's files in a temporary directory, read with git without touching the user's checkout: no
// checkout, no worktree, no change to HEAD or the index (a temporary index file stands in for it).
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { git, GitError, gitMaybe } from "./git.js";
import { changesSince, type Changes } from "./renames.js";

export interface BaseTree {
  sha: string;
  /**
   * The linted directory as it was in the base commit (empty when the base did not have it), once `ready`. With
   * `changed`, it holds only what `baseFilesFor` picks: every other file is the head's as it is.
   */
  dir: string;
  /** Where `dir` lies in the base's tree, whose Kustomize and Helm folders outside `dir` are written too. */
  prefix: string;
  /** Settles when the files are written; rejects with a GitError when they cannot be. */
  ready: Promise<void>;
  /** Base path -> head path of the files the change renamed, relative to the linted directory. */
  renames: ReadonlyMap<string, string>;
  /** Head paths of the files the change touched, relative to the linted directory; undefined when git could not tell. */
  changed?: ReadonlySet<string>;
  /** Base paths of the files whose text the head does not have (modified, renamed, deleted); with `changed`. */
  changedInBase?: ReadonlySet<string>;
  remove(): Promise<void>;
}

export interface BaseTreeOptions {
  /** Fetch the commit from `origin` when the clone lacks it, as a shallow CI checkout does. */
  fetch: boolean;
  /** Where the temporary directory goes (RUNNER_TEMP on a runner). */
  tempRoot: string;
  /** Files the base must hold whatever the change did to them (the allowlist), relative to the linted directory. */
  keep?: readonly string[];
}

/** The ref is passed to git as an argument: nothing git could read as an option. */
function checkRef(ref: string): void {
  if (ref === "" || ref.startsWith("-") || /[\s\u0000-\u001f\u007f]/.test(ref))
    throw new GitError(`"${ref}" is not a git revision`);
}

async function resolveCommit(top: string, rev: string): Promise<string | undefined> {
  return (
    (
      await gitMaybe(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`], { cwd: top })
    )?.trim() || undefined
  );
}

/** A shallow clone stays shallow (`--depth=1`); a full clone is not made shallow by fetching one commit. */
async function fetchCommit(top: string, ref: string): Promise<string | undefined> {
  const shallow = (await git(["rev-parse", "--is-shallow-repository"], { cwd: top })).trim() === "true";
  try {
    await git(
      ["fetch", "--quiet", "--no-tags", "--no-recurse-submodules", ...(shallow ? ["--depth=1"] : []), "origin", ref],
      { cwd: top },
    );
  } catch (err) {
    throw new GitError(`${ref} is not in this clone, and fetching it from origin failed: ${(err as Error).message}`);
  }
  return resolveCommit(top, "FETCH_HEAD");
}

/** Where `dir` is inside its repository ("" at the root; undefined outside a git repository). */
export async function repositoryPrefix(dir: string): Promise<string | undefined> {
  return (await gitMaybe(["rev-parse", "--show-prefix"], { cwd: dir }))?.trim().replace(/\/$/, "");
}

/**
 * The base's files the change touched: every other file is the head's as it is, so the engine takes the head's text
 * and scan of it (`changed` tells it which), and writing a monorepo's every file takes longer than linting it. Files
 * inside a Helm chart or a Kustomize folder are kept whatever they are, since the render tools read them from disk
 * (`.Files.Get`, a generator's `files:`), and so are the `keep` files.
 */
function baseFilesFor(
  files: readonly string[],
  changes: Changes | undefined,
  keep: ReadonlySet<string>,
  prefix: string,
): string[] {
  const inPrefix = (f: string) => prefix === "" || f.startsWith(`${prefix}/`);
  const here = (f: string) => (prefix === "" ? f : `${prefix}/${f}`);
  const renderDirs = new Set(
    files
      .filter((f) => RENDER_ROOTS.has(f.slice(f.lastIndexOf("/") + 1)))
      .map((f) => f.slice(0, f.lastIndexOf("/") + 1)),
  );
  const inRenderDir = (f: string) => {
    for (let i = f.lastIndexOf("/"); i >= 0; i = f.lastIndexOf("/", i - 1))
      if (renderDirs.has(f.slice(0, i + 1))) return true;
    return renderDirs.has("");
  };
  // Without a list of changes, the linted directory is written whole; a Kustomize or Helm folder elsewhere in the
  // work tree is written because the directory's kustomizations may build on it.
  if (!changes) return files.filter((f) => inPrefix(f) || inRenderDir(f));
  const changed = new Set([...changes.changedInBase].map(here));
  const kept = new Set([...keep].map(here));
  return files.filter((f) => changed.has(f) || kept.has(f) || inRenderDir(f));
}

const RENDER_ROOTS = new Set(["Chart.yaml", "kustomization.yaml", "kustomization.yml", "Kustomization"]);

export async function checkoutBase(dir: string, ref: string, options: BaseTreeOptions): Promise<BaseTree> {
  checkRef(ref);
  // Questions git answers from anywhere in the clone: asked at once, and two in one process, since starting a
  // process costs this thread several milliseconds.
  const [lines, resolved] = await Promise.all([
    git(["rev-parse", "--show-toplevel", "--show-prefix"], { cwd: dir }),
    resolveCommit(dir, ref),
  ]);
  const [topLine = "", prefixLine = ""] = lines.split("\n");
  const top = topLine.trim();
  const prefix = prefixLine.trim().replace(/\/$/, "");
  const sha = resolved ?? (options.fetch ? await fetchCommit(top, ref) : undefined);
  if (!sha) throw new GitError(`${ref} is not in this clone`);

  const temp = await mkdtemp(path.join(options.tempRoot, "egress-lint-base-"));
  const removeTemp = () => rm(temp, { recursive: true, force: true });
  try {
    const tree = path.join(temp, "tree");
    // The base's index and file list do not depend on the change: git makes them while it works out the change.
    const indexed = indexBase(top, temp, tree, { sha, prefix });
    indexed.catch(() => undefined); // awaited by `ready`, or below when working out the change fails
    const changes = await changesSince(dir, sha).catch(async (err: unknown) => {
      await indexed.catch(() => undefined);
      throw err;
    });
    // The files are written while the caller lints the head; whoever reads the tree awaits `ready` first. Only
    // writing them waits for this thread, which is busy with the head: one step, started before this returns.
    const ready = writeTree(
      top,
      tree,
      indexed,
      changes,
      new Set((options.keep ?? []).map((f) => path.posix.normalize(f.split(path.sep).join("/")))),
      prefix,
    );
    ready.catch(() => undefined);
    const remove = async () => {
      await ready.catch(() => undefined);
      await removeTemp();
    };
    return {
      sha,
      dir: path.join(tree, prefix),
      prefix,
      ready,
      renames: changes?.renames ?? new Map(),
      ...(changes ? { changed: changes.changed, changedInBase: changes.changedInBase } : {}),
      remove,
    };
  } catch (err) {
    await removeTemp();
    throw err;
  }
}

/** The base's index, in a temporary file, and the paths of its files; undefined when the base lacks the directory. */
interface BaseIndex {
  env: Record<string, string>;
  files: string[];
}

async function indexBase(
  top: string,
  temp: string,
  tree: string,
  at: { sha: string; prefix: string },
): Promise<BaseIndex | undefined> {
  const env = { GIT_INDEX_FILE: path.join(temp, "index") };
  const [, , listing] = await Promise.all([
    mkdir(path.join(tree, at.prefix), { recursive: true }),
    git(["read-tree", `${at.sha}^{tree}`], { cwd: top, env }),
    git(["ls-tree", "-r", "-z", "--full-tree", "--name-only", at.sha], { cwd: top }),
  ]);
  const files = listing.split("\0").filter(Boolean);
  // A directory the pull request creates has no base: its base is empty, and every table row is new. (Git keeps no
  // empty folders: a folder of the base holds a file.)
  if (at.prefix !== "" && !files.some((f) => f.startsWith(`${at.prefix}/`))) return undefined;
  return { env, files };
}

async function writeTree(
  top: string,
  tree: string,
  indexed: Promise<BaseIndex | undefined>,
  changes: Changes | undefined,
  keep: ReadonlySet<string>,
  prefix: string,
): Promise<void> {
  const index = await indexed;
  if (!index) return;
  const { env } = index;
  const wanted = changes || prefix ? baseFilesFor(index.files, changes, keep, prefix) : undefined;
  if (wanted)
    await git(["checkout-index", "--force", "-z", "--stdin", `--prefix=${tree}${path.sep}`], {
      cwd: top,
      env,
      input: wanted.join("\0"),
    });
  else await git(["checkout-index", "--all", "--force", `--prefix=${tree}${path.sep}`], { cwd: top, env });
}
