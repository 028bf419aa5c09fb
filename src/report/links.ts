// Where the markdown renderers link to. The adapters fill this from the run's context; renderers never read it.
import path from "node:path";
import { urlPath } from "./escape.js";

export interface ReportLinks {
  /** `https://github.com/owner/repo`: file links are made when this and `headSha` are known. */
  repositoryUrl?: string;
  /** The commit the files are linked at (the pull request's head). */
  headSha?: string;
  /** The commit the head was compared with (the pull request's base), when it was. */
  baseSha?: string;
  /** The linted directory relative to the repository root ("" for the root); report paths are relative to it. */
  pathPrefix: string;
  /** Where `docs/rules/<name>.md` lives: `https://github.com/egress-lint/egress-lint/blob/<ref>`. */
  docsUrl: string;
  /** Where the full report is (the workflow run, whose job summary holds it); named when output is truncated. */
  fullReportUrl?: string;
}

export const DEFAULT_DOCS_URL = "https://github.com/egress-lint/egress-lint/blob/main";

/**
 * A report path as the repository names it: the linted directory's prefix, POSIX separators. A file the directory's
 * kustomizations build on from elsewhere in the work tree (`../../base/x.yaml`) comes out at its place there.
 */
export function repoPath(links: Pick<ReportLinks, "pathPrefix">, file: string): string {
  const prefix = links.pathPrefix.replace(/^\.\/?/, "").replace(/\/+$/, "");
  if (!file.startsWith("../")) return prefix ? `${prefix}/${file}` : file;
  const at = path.posix.normalize(path.posix.join(prefix, file));
  // Above the prefix's top only when the prefix is not the work tree's: the path is then the best there is.
  return at.startsWith("../") ? file : at;
}

export function fileUrl(links: ReportLinks, file: string, line: number): string | undefined {
  if (!links.repositoryUrl || !links.headSha) return undefined;
  return `${links.repositoryUrl}/blob/${links.headSha}/${urlPath(repoPath(links, file))}${line > 0 ? `#L${line}` : ""}`;
}

export function ruleDocsUrl(links: Pick<ReportLinks, "docsUrl">, rule: string): string {
  return `${links.docsUrl}/docs/rules/${urlPath(rule)}.md`;
}
