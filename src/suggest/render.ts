// What `egress-lint suggest` prints: the ServiceEntries to add as YAML, then the changes to existing resources as
// comments (they edit files that exist, so they must not be applied as they stand).
import type { Suggestion } from "./types.js";

export function serviceEntryFile(suggestions: readonly Suggestion[]): string {
  return suggestions
    .filter((s) => s.kind === "ServiceEntry")
    .map((s) => s.yaml)
    .join("---\n");
}

/** The comment lines stay, the YAML under them is indented inside comments. */
function commentedOut(yaml: string): string {
  return yaml
    .replace(/\n$/, "")
    .split("\n")
    .map((l) => (l.startsWith("#") ? l : `#     ${l}`))
    .join("\n");
}

/** `written`: the path the ServiceEntries went to with --write, so that they are not printed again. */
export function renderSuggestions(
  suggestions: readonly Suggestion[],
  written?: { path: string; appended?: boolean },
): string {
  const entries = suggestions.filter((s) => s.kind === "ServiceEntry");
  const changes = suggestions.filter((s) => s.kind !== "ServiceEntry");
  if (suggestions.length === 0)
    return "# Nothing to suggest: every host the code calls is registered and visible to its callers.\n";
  const parts: string[] = [];
  if (written && entries.length) {
    const hosts = new Set(entries.flatMap((s) => s.spec.hosts)).size;
    const verb = written.appended ? "Added" : "Wrote";
    parts.push(
      `# ${verb} ${entries.length} ServiceEntr${entries.length === 1 ? "y" : "ies"} (${hosts} host${hosts === 1 ? "" : "s"}) to ${written.path}.\n`,
    );
  } else if (!written && entries.length) parts.push(serviceEntryFile(entries));
  if (changes.length) {
    const head = "# Changes to resources that exist already: make them where those resources are written.\n";
    parts.push(head + changes.map((c) => `${commentedOut(c.yaml)}\n`).join("#\n"));
  }
  return parts.join(written || !entries.length ? "" : "---\n");
}
