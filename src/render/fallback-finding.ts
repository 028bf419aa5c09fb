// The one finding the rendering stage reports: something was not read the way the cluster will receive it.
import type { Finding } from "../findings.js";
import type { SourceLocation } from "../model/types.js";
import { ruleMeta } from "../rules/catalog.js";

export function renderFallbackFinding(loc: SourceLocation, message: string): Finding {
  const meta = ruleMeta("render-fallback");
  return { rule: meta.name, code: meta.code, severity: meta.severity, message, file: loc.file, line: loc.line };
}
