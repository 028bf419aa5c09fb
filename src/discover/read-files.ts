// Which files to read, and reading them safely: nothing outside the repository, nothing huge or binary.
import { lstat, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { glob } from "glob";
import { minimatch } from "minimatch";
import type { Finding } from "../findings.js";
import type { TextFile } from "../manifests/load.js";
import { ruleMeta } from "../rules/catalog.js";
import { mapConcurrent } from "../concurrency.js";

/** Never part of what the mesh runs: VCS data, dependencies, build output, CI definitions (they run on CI runners). */
export const ALWAYS_EXCLUDED = [
  "**/.git/**",
  "**/node_modules/**",
  "**/vendor/**",
  "**/third_party/**",
  "**/dist/**",
  "**/build/**",
  "**/target/**",
  "**/.github/**",
];

export interface DiscoverOptions {
  include: readonly string[];
  exclude: readonly string[];
  maxFileBytes: number;
}

export interface DiscoveredFiles {
  files: TextFile[];
  findings: Finding[];
}

/** Lists the files under `root` matching the globs, relative, with forward slashes, sorted. */
export async function listFiles(root: string, include: readonly string[], exclude: readonly string[]): Promise<string[]> {
  const found = await glob([...include], {
    cwd: root,
    nodir: true,
    dot: true,
    follow: false,
    ignore: [...ALWAYS_EXCLUDED, ...exclude],
    posix: true,
  });
  return [...new Set(found.map(toPosix))].sort();
}

export function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

/** `exclude`: globs whose files are not read, also when a link elsewhere in the repository points at them. */
export async function readRepositoryFiles(root: string, relPaths: readonly string[], maxFileBytes: number, exclude: readonly string[] = []): Promise<DiscoveredFiles> {
  const realRoot = await realpath(root);
  const excluded = [...ALWAYS_EXCLUDED, ...exclude];
  const results = await mapConcurrent(relPaths, 16, (rel) => readOne(root, realRoot, rel, maxFileBytes, excluded));
  const out: DiscoveredFiles = { files: [], findings: [] };
  for (const r of results) {
    if (r === undefined) continue;
    if ("text" in r) out.files.push(r);
    else out.findings.push(r);
  }
  return out;
}

/**
 * A link to a folder is not followed (its files are read at their real path, and loops stay finite). Every path is
 * resolved, not only links: a glob that names a folder link explicitly would otherwise lead out of the repository.
 * A link into .git would hand the checkout's credentials to the report, so excluded places stay unread via links too.
 */
async function readOne(root: string, realRoot: string, rel: string, maxFileBytes: number, excluded: readonly string[]): Promise<TextFile | Finding | undefined> {
  const abs = path.join(root, rel);
  try {
    const info = await lstat(abs);
    const target = await realpath(abs);
    if (target !== realRoot && !target.startsWith(realRoot + path.sep)) return skipped(rel, "it is a link to a file outside the repository");
    const real = toPosix(path.relative(realRoot, target));
    if (real !== "" && excluded.some((g) => minimatch(real, g, { dot: true }))) return skipped(rel, `it is a link to ${real}, which is never read`);
    const resolved = info.isSymbolicLink() ? await stat(abs) : info;
    if (resolved.isDirectory()) return undefined;
    if (!resolved.isFile()) return skipped(rel, "it is not a regular file");
    const size = resolved.size;
    if (size > maxFileBytes) return skipped(rel, `it is ${formatBytes(size)}, over the ${formatBytes(maxFileBytes)} limit`);
    const bytes = await readFile(abs);
    if (bytes.includes(0)) return skipped(rel, "it is binary (contains NUL bytes)");
    return { path: rel, text: bytes.toString("utf8") };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ELOOP") return skipped(rel, "it is a symbolic link loop");
    if (code === "ENOENT") return skipped(rel, "it is a broken symbolic link");
    return skipped(rel, `it could not be read (${code ?? "error"})`);
  }
}

function skipped(file: string, why: string): Finding {
  const meta = ruleMeta("unreadable-file");
  return { rule: meta.name, code: meta.code, severity: meta.severity, message: `skipped ${file}: ${why}`, file, line: 1 };
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`;
}
