// The hidden first line that makes a comment the sticky egress-lint comment of one linted directory, and records the
// head commit it describes.

export interface Marker {
  /** Which egress-lint step wrote it: several steps (one per directory) keep one comment each. */
  id: string;
  headSha: string;
}

const MARKER = /^<!-- egress-lint:comment id=([A-Za-z0-9._/-]+) head=([0-9a-f]{7,64}) -->(?:\r?\n|$)/;

/** A marker id from the linted directory: only characters the marker's pattern allows, never `--`. */
export function markerId(workingDirectory: string): string {
  const id = workingDirectory
    .replace(/\\/g, "/")
    .replace(/^\.\/+|\/+$/g, "")
    .replace(/[^A-Za-z0-9._/-]/g, "_")
    .replace(/-{2,}/g, "-");
  return id === "" ? "." : id;
}

export function formatMarker(m: Marker): string {
  const line = `<!-- egress-lint:comment id=${m.id} head=${m.headSha} -->`;
  if (!MARKER.test(line)) throw new Error(`not a valid comment marker: id=${m.id} head=${m.headSha}`);
  return line;
}

/** Only a marker on the body's first line counts: repository text quoted further down can never pose as one. */
export function parseMarker(body: string): Marker | undefined {
  const m = MARKER.exec(body);
  return m ? { id: m[1]!, headSha: m[2]! } : undefined;
}

export function withMarker(m: Marker, body: string): string {
  return `${formatMarker(m)}\n${body}`;
}
