// The scanner's public surface: source and config files, and manifest values, -> external host references.
export { scanSource, type SourceFile, type SourceScanOptions } from "./scan-source.js";
export { scanManifestValues, guessConfigLanguage } from "./manifest-values.js";
export { isScannableSource, type ScannableOptions } from "./scannable.js";
export { classifyHost, inClusterNames, NO_IN_CLUSTER_NAMES } from "./classify.js";
export { languageOf, type Language } from "./language.js";
export { DEFAULT_PORTS } from "./schemes.js";
export { compareReferences, sortReferences } from "./references.js";
export type { HostClass, HostReference, InClusterNames, ReferenceKind, ScanOptions } from "./types.js";
export { collectReferences, holdsKubernetesObjects, type SourceText } from "./collect.js";
