// Image references as a build definition writes them and as a manifest deploys them rarely agree byte for byte:
// the registry is pushed to under one name and pulled under another, tags are CI expressions, and local builds
// leave the registry out. So a reference is reduced to its repository path, and matches are graded.

export interface ImageRef {
  /** The registry host, when the reference names one. */
  host?: string;
  /** Repository path segments, lower-cased; a segment holding a placeholder (`${REGISTRY}`) is undefined. */
  path: (string | undefined)[];
}

/** Exactly the same repository; the same path with the registry left out on one side; only the last segment. */
export type MatchStrength = 0 | 1 | 2 | 3;

/** `${{ expr }}` (GitHub), `${VAR}` / `$VAR` (shell), `$(VAR)` (Make), `{{ .Values.x }}` (Helm, Taskfile). */
const PLACEHOLDER = /\$\{\{[^}]*\}\}|\$\{[^}]*\}|\$\([^)]*\)|\$[A-Za-z_]\w*|\{\{[^}]*\}\}/g;
const HOLE = "\u0000";
const DOCKER_HUB = new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);
const MAX_REF = 512;

/** undefined for what is no image reference at all (empty, too long, or a ko:// import path). */
export function parseImageRef(raw: string): ImageRef | undefined {
  let s = raw.trim().replace(/^["']|["']$/g, "");
  if (s === "" || s.length > MAX_REF || s.startsWith("ko://")) return undefined;
  s = s.replace(PLACEHOLDER, HOLE);
  const at = s.indexOf("@");
  if (at !== -1) s = s.slice(0, at);
  const slash = s.lastIndexOf("/");
  const colon = s.lastIndexOf(":");
  if (colon > slash) s = s.slice(0, colon);
  const segments = s.split("/").filter((x) => x !== "");
  if (segments.length === 0) return undefined;
  let host: string | undefined;
  const first = segments[0]!;
  if (segments.length > 1 && !first.includes(HOLE) && (/[.:]/.test(first) || first === "localhost")) {
    host = first.toLowerCase();
    segments.shift();
  }
  if ((host === undefined || DOCKER_HUB.has(host)) && segments.length > 1 && segments[0] === "library") {
    segments.shift();
  }
  if (host !== undefined && DOCKER_HUB.has(host)) host = undefined;
  return { ...(host ? { host } : {}), path: segments.map((x) => (x.includes(HOLE) ? undefined : x.toLowerCase())) };
}

/** The image's name without registry, owner, tag or digest: what conventions name folders after. */
export function lastSegment(raw: string): string | undefined {
  const ref = parseImageRef(raw);
  return ref?.path[ref.path.length - 1];
}

export function matchStrength(deployed: ImageRef, built: ImageRef): MatchStrength {
  const a = deployed.path;
  const b = built.path;
  const lastA = a[a.length - 1];
  if (lastA === undefined || lastA !== b[b.length - 1]) return 0;
  const concrete = !a.includes(undefined) && !b.includes(undefined);
  if (!concrete || a.length !== b.length || a.some((x, i) => x !== b[i])) return 1;
  if (deployed.host === built.host) return 3;
  return deployed.host === undefined || built.host === undefined ? 2 : 1;
}
