// Source and config files -> the external hosts their running code refers to.
import { extract, mayReferenceHosts } from "./extract.js";
import { isDockerfile, LEXERS, languageOf, type Language } from "./language.js";
import { dockerfileBuildLines, wholeFileClass } from "./file-kind.js";
import { externalReferences, type Placement, sortReferences } from "./references.js";
import type { HostReference, ScanOptions } from "./types.js";

/** Languages whose string literals are program text: multi-line strings there are docstrings and templates. */
const PROGRAM_LANGUAGES: ReadonlySet<Language> = new Set(["javascript", "python", "go", "jvm", "ruby", "csharp"]);

export interface SourceFile {
  /** Path relative to the repository root, as it should appear in findings. */
  path: string;
  text: string;
}

export interface SourceScanOptions extends ScanOptions {
  /** Read the file as this language instead of guessing from its name. */
  language?: Language;
}

/** External host references in one file, sorted by line, column and host; [] for a file of no known language. */
export function scanSource(file: SourceFile, options: SourceScanOptions = {}): HostReference[] {
  const language = options.language ?? languageOf(file.path);
  if (language === undefined || !mayReferenceHosts(file.text)) return [];
  const program = PROGRAM_LANGUAGES.has(language);
  const found = extract(file.text, LEXERS[language], program);
  const whole = wholeFileClass(file.path, file.text);
  const placement: Placement = {
    file: file.path,
    use: program ? "call" : "config",
    ...(whole ? { whole } : {}),
    ...(isDockerfile(file.path) ? { buildLines: dockerfileBuildLines(file.text) } : {}),
  };
  return sortReferences(externalReferences(found, placement, options.inCluster));
}
