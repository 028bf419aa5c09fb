// The exact checks on the parser's token tree, before the composer turns it into nodes. The parser builds the tree
// with an explicit stack; the composer recurses once per level, and a map key that is itself a map or a list is
// later turned into a string by printing it, which costs twice as much per level of keys inside keys (25 levels
// print 33 MB). Walking the tree without recursion finds both first.
import type { CST } from "yaml";

type Item = { start: CST.SourceToken[]; key?: CST.Token | null; sep?: CST.SourceToken[]; value?: CST.Token };

export interface TokenProblem {
  offset: number;
  message: string;
  /** `depth` makes the whole text suspect; `collection-key` is a mistake in one document only. */
  kind: "depth" | "collection-key";
}

const COLLECTIONS = new Set(["block-map", "block-seq", "flow-collection"]);

/**
 * The first collection deeper than `maxDepth` (counted as the composer nests: a `key: value` item in `[ ]` is a map
 * too), or the first map key that is a map or a list, which Kubernetes, reading YAML as JSON, rejects as well.
 */
export function tokenProblem(tokens: readonly CST.Token[], maxDepth: number): TokenProblem | undefined {
  const stack: [CST.Token | null | undefined, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (!token) continue;
    if (token.type === "document") stack.push([token.value, depth]);
    if (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection") continue;
    const level = depth + 1;
    if (level > maxDepth)
      return { offset: token.offset, message: `nesting deeper than ${maxDepth} levels`, kind: "depth" };
    const seq = token.type === "flow-collection" && token.start.source === "[";
    for (const item of token.items as Item[]) {
      if (item.key && COLLECTIONS.has(item.key.type))
        return {
          offset: (item.key as { offset: number }).offset,
          message: "a map key is a map or a list; keys must be strings",
          kind: "collection-key",
        };
      const pair =
        seq &&
        (item.key !== undefined || item.sep !== undefined || item.start.some((s) => s.type === "explicit-key-ind"));
      stack.push([item.key, pair ? level + 1 : level], [item.value, pair ? level + 1 : level]);
    }
  }
  return undefined;
}
