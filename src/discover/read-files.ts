// Which files to read, and reading them safely: nothing outside the repository, nothing huge or binary.
import {
  closeSync,
  type Dirent,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
} from "node:fs";
import { readdir, realpath } from "node:fs/promises";
import path from "node:path";
import type { Finding } from "../findings.js";
import type { TextFile } from "../manifests/load.js";
import { ruleMeta } from "../rules/catalog.js";
import { globMatcher } from "../glob.js";

/** Never part of what the mesh runs: VCS data, dependencies, CI definitions (they run on CI runners). */
export const ALWAYS_EXCLUDED = [
  "**/.git/**",
  "**/node_modules/**",
  "**/vendor/**",
  "**/third_party/**",
  "**/.github/**",
];

/**
 * Folders that usually hold build output. Output is what a repository ignores: such a folder is skipped where a
 * `.gitignore` at or above it names it, or where no `.gitignore` at or above it says anything (a tree that is no
 * checkout); one a repository's `.gitignore` files leave alone is committed, and read like any other
 * (`build/k8s/deployment.yaml` in a Go layout).
 */
export const BUILD_OUTPUT = new Set(["dist", "build", "target"]);

/** The build-output folder names a `.gitignore` text ignores, written as `build`, `build/`, `/build` or `build/**`. */
export function ignoredOutputs(gitignore: string): Set<string> {
  const out = new Set<string>();
  for (const raw of gitignore.split("\n")) {
    const name = raw
      .trim()
      .replace(/^(?:\*\*)?\//, "")
      .replace(/\/(?:\*\*?)?$/, "");
    if (BUILD_OUTPUT.has(name)) out.add(name);
  }
  return out;
}

/**
 * GitHub workflows say how images are built and how the mesh is installed, but `.github` is never walked as source.
 * They are listed on their own and may be read when named.
 */
const WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/;

export async function listWorkflowFiles(root: string): Promise<string[]> {
  try {
    const names = await readdir(path.join(root, ".github", "workflows"));
    return names
      .map((n) => `.github/workflows/${n}`)
      .filter((p) => WORKFLOW_FILE.test(p))
      .sort();
  } catch {
    return [];
  }
}

export interface DiscoverOptions {
  include: readonly string[];
  exclude: readonly string[];
  maxFileBytes: number;
}

export interface DiscoveredFiles {
  files: TextFile[];
  findings: Finding[];
}

/**
 * Every file under `root` (links and other non-folders included; links to folders are not entered), relative, with
 * forward slashes, sorted; nothing in ALWAYS_EXCLUDED or `exclude`. A folder is not entered at all when an exclude
 * glob ending in `/**` covers it. Folders that cannot be listed are passed over, as `find` would after its warning.
 * `progress.reached` is called once, when the walk has listed `progress.count` files.
 */
export function listFiles(
  root: string,
  exclude: readonly string[],
  progress?: { count: number; reached: () => void },
): string[] {
  const globs = [...ALWAYS_EXCLUDED, ...exclude];
  const ignored = globMatcher(globs);
  // `a/**` and `**/a/**` prune the folder a itself: its contents all match.
  const pruned = globMatcher(globs.filter((g) => g.endsWith("/**")).map((g) => g.slice(0, -3)));
  const out: string[] = [];
  // Folders are listed synchronously: on a warm cache that takes under half the time of a promise per folder (50
  // against 120 ms for the benchmark's 1,200 folders), and the threads that scan boot meanwhile.
  // `outputs`: the build-output names the `.gitignore` files at and above the folder ignore; undefined while none
  // has been seen, where every such folder is taken as output.
  const walk = (rel: string, above: ReadonlySet<string> | undefined): void => {
    let entries: Dirent[];
    const dir = rel ? path.join(root, rel) : root;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const outputs = entries.some((e) => e.name === ".gitignore" && e.isFile())
      ? new Set([...(above ?? []), ...ignoredOutputs(readSmallText(path.join(dir, ".gitignore")))])
      : above;
    const folders: string[] = [];
    for (const e of entries) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!pruned(p) && !(BUILD_OUTPUT.has(e.name) && (outputs === undefined || outputs.has(e.name))))
          folders.push(p);
      } else if (!ignored(p)) out.push(p);
    }
    if (progress && out.length >= progress.count) {
      progress.reached();
      progress = undefined;
    }
    for (const f of folders) walk(f, outputs);
  };
  walk("", undefined);
  return out.sort();
}

/** A `.gitignore`'s text, or "" when it cannot be read or is too large to be one a person wrote. */
function readSmallText(file: string): string {
  try {
    return statSync(file).size <= 256 * 1024 ? readFileSync(file, "utf8") : "";
  } catch {
    return "";
  }
}

export function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

/**
 * `exclude`: globs whose files are not read, also when a link elsewhere in the repository points at them.
 * `onRead`: when given, each file's text goes there as soon as it is read and is not kept in the result.
 * Reads are synchronous: on a warm cache that is several times faster than promises for thousands of small files,
 * and the worker threads that read most files have nothing else to do meanwhile.
 */
export async function readRepositoryFiles(
  root: string,
  relPaths: readonly string[],
  maxFileBytes: number,
  exclude: readonly string[] = [],
  onRead?: (file: TextFile) => void,
): Promise<DiscoveredFiles> {
  const realRoot = await realpath(root);
  const always = globMatcher([...ALWAYS_EXCLUDED, ...exclude]);
  const chosen = globMatcher(exclude);
  const excluded = (p: string) => (WORKFLOW_FILE.test(p) ? chosen(p) : always(p));
  const place: Placement = { root, realRoot, maxFileBytes, excluded, realDirs: new Map() };
  const out: DiscoveredFiles = { files: [], findings: [] };
  for (const rel of relPaths) {
    const r = readOne(place, rel);
    if (r === undefined) continue;
    if (!("text" in r)) out.findings.push(r);
    else if (onRead) onRead(r);
    else out.files.push(r);
  }
  return out;
}

interface Placement {
  root: string;
  realRoot: string;
  maxFileBytes: number;
  excluded: (path: string) => boolean;
  /** Real path of each folder, resolved once: thousands of files share a few hundred folders. */
  realDirs: Map<string, string>;
}

/** Where a path really is: its folder's real path and its own name, unless the file itself is a link. */
function realPathOf(place: Placement, rel: string, abs: string, isLink: boolean): string {
  // The system's realpath: one call, where the JavaScript one makes a system call per part of the path.
  if (isLink) return realpathSync.native(abs);
  const dir = path.dirname(rel);
  let realDir = place.realDirs.get(dir);
  if (realDir === undefined) place.realDirs.set(dir, (realDir = realpathSync.native(path.join(place.root, dir))));
  return path.join(realDir, path.basename(rel));
}

/**
 * A link to a folder is not followed (its files are read at their real path, and loops stay finite). Every path is
 * resolved, not only links: a glob that names a folder link explicitly would otherwise lead out of the repository.
 * A link into .git would hand the checkout's credentials to the report, so excluded places stay unread via links too.
 */
function readOne(place: Placement, rel: string): TextFile | Finding | undefined {
  const { realRoot, maxFileBytes, excluded } = place;
  const abs = path.join(place.root, rel);
  try {
    const info = lstatSync(abs);
    const target = realPathOf(place, rel, abs, info.isSymbolicLink());
    if (target !== realRoot && !target.startsWith(realRoot + path.sep))
      return skipped(rel, "it is a link to a file outside the repository");
    const real = toPosix(path.relative(realRoot, target));
    if (real !== "" && excluded(real)) return skipped(rel, `it is a link to ${real}, which is never read`);
    const resolved = info.isSymbolicLink() ? statSync(abs) : info;
    if (resolved.isDirectory()) return undefined;
    if (!resolved.isFile()) return skipped(rel, "it is not a regular file");
    const size = resolved.size;
    if (size > maxFileBytes)
      return skipped(rel, `it is ${formatBytes(size)}, over the ${formatBytes(maxFileBytes)} limit`);
    const bytes = readInto(abs, maxFileBytes, size);
    if (bytes === undefined)
      return skipped(rel, `it grew over the ${formatBytes(maxFileBytes)} limit while it was read`);
    if (bytes.includes(0)) return skipped(rel, "it is binary (contains NUL bytes)");
    return { path: rel, text: bytes.toString("utf8") };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ELOOP") return skipped(rel, "it is a symbolic link loop");
    if (code === "ENOENT") return skipped(rel, "it is a broken symbolic link");
    return skipped(rel, `it could not be read (${code ?? "error"})`);
  }
}

// One buffer per thread for every file it reads: a fresh Buffer per file costs an allocation outside the heap and,
// over thousands of files, garbage collections that took as long as the reads themselves.
let scratch = Buffer.allocUnsafe(1 << 16);

/**
 * The file's bytes, valid until the next read; undefined when it holds more than `maxFileBytes`. A read that fills
 * less than it asked for and brings the file to `size` (what `lstat` said) reached its end: the read that would
 * confirm it, one system call in four for a small file, is left out. A file that grew meanwhile is read on.
 */
function readInto(abs: string, maxFileBytes: number, size: number): Buffer | undefined {
  const fd = openSync(abs, "r");
  try {
    let length = 0;
    for (;;) {
      if (length === scratch.length) {
        if (length > maxFileBytes) return undefined;
        const grown = Buffer.allocUnsafe(Math.min(scratch.length * 2, maxFileBytes + 1));
        scratch.copy(grown, 0, 0, length);
        scratch = grown;
      }
      const room = scratch.length - length;
      const got = readSync(fd, scratch, length, room, null);
      if (got === 0) break;
      length += got;
      if (got < room && length === size) break;
    }
    return length > maxFileBytes ? undefined : scratch.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function skipped(file: string, why: string): Finding {
  const meta = ruleMeta("unreadable-file");
  return {
    rule: meta.name,
    code: meta.code,
    severity: meta.severity,
    message: `skipped ${file}: ${why}`,
    file,
    line: 1,
  };
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`;
}
