// Source and config files -> the external hosts their running code refers to.
import { extract, mayReferenceHosts } from "./extract.js";
import { LEXERS, languageOf, type Language } from "./language.js";
import { externalReferences, sortReferences } from "./references.js";
import type { HostReference, ScanOptions } from "./types.js";

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
  const found = extract(file.text, LEXERS[language]);
  return sortReferences(externalReferences(found, { file: file.path }, options.inCluster));
}
