// Terminal layout shared by the text report's parts.
import type { Finding } from "../findings.js";

/** Left-aligned columns separated by two spaces; the last column is not padded. */
export function columns(rows: readonly (readonly string[])[], indent = "  "): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
        .join("  ")
        .trimEnd(),
  );
}

export function where(f: Pick<Finding, "file" | "line" | "column">): string {
  return `${f.file}:${f.line}${f.column !== undefined ? `:${f.column}` : ""}`;
}
