// Where a rendered object was written: the document of a repository file that defines the same kind and name.
import { parseYamlFile } from "../manifests/parse-yaml.js";
import { resourcesFromDocument } from "../manifests/resource.js";

export interface SourceDocument {
  file: string;
  kind: string;
  name: string;
  /** The namespace the file writes, if any. */
  namespace?: string;
  line: number;
  lines: Map<string, number>;
  /** The object as written. */
  value: unknown;
}

/** Parses each file once, however many renders read it (a base shared by a hundred overlays). */
export class SourceIndex {
  private readonly parsed = new Map<string, SourceDocument[]>();

  constructor(private readonly textOf: (file: string) => string | undefined) {}

  documents(file: string): SourceDocument[] {
    let docs = this.parsed.get(file);
    if (!docs) {
      const text = this.textOf(file);
      docs =
        text === undefined
          ? []
          : parseYamlFile(text)
              .documents.flatMap((d) => resourcesFromDocument(d, file, ""))
              .map((r) => ({
                file,
                kind: r.kind,
                name: r.name,
                namespace: r.namespaceExplicit ? r.namespace : undefined,
                line: r.loc.line,
                lines: r.lines,
                value: r.body,
              }));
      this.parsed.set(file, docs);
    }
    return docs;
  }

  /**
   * The document in `files` that defines kind/name. Names may have gained a prefix, a suffix or a content hash on the
   * way, so a name contained in the rendered one also matches (the longest wins); the namespace only breaks ties.
   */
  find(
    files: readonly string[],
    kind: string,
    name: string,
    namespace: string | undefined,
  ): SourceDocument | undefined {
    const sameKind = files.flatMap((f) => this.documents(f)).filter((d) => d.kind === kind);
    const exact = sameKind.filter((d) => d.name === name);
    const candidates =
      exact.length > 0
        ? exact
        : sameKind.filter((d) => d.name !== "" && name.includes(d.name)).sort((a, b) => b.name.length - a.name.length);
    if (candidates.length === 0) return files.length === 1 && sameKind.length === 1 ? sameKind[0] : undefined;
    const best = candidates.filter((d) => d.name === candidates[0]!.name);
    return best.find((d) => d.namespace === namespace) ?? best.find((d) => d.namespace === undefined) ?? best[0];
  }
}
