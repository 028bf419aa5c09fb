// One cause, one row: an approved host that code calls and nothing registers is one problem. The call's
// unregistered-host finding (at the call, with the fix) stays and says that the allowlist approves the host; the
// allowlist entry's own finding for it goes.
import type { Finding } from "../findings.js";

export function oneRowPerCause(findings: readonly Finding[]): Finding[] {
  const called = new Set(findings.filter((f) => f.rule === "unregistered-host").map((f) => f.host));
  const approvedAt = new Map<string, string>();
  const kept: Finding[] = [];
  for (const f of findings) {
    // Without a port, the allowlist's finding is "approved, called, registered nowhere": what the call's finding says.
    if (f.rule === "allowlist-unregistered" && f.port === undefined && f.host !== undefined && called.has(f.host)) {
      if (!approvedAt.has(f.host)) approvedAt.set(f.host, `${f.file}:${f.line}`);
      continue;
    }
    kept.push(f);
  }
  return kept.map((f) => {
    const at = f.rule === "unregistered-host" && f.host !== undefined ? approvedAt.get(f.host) : undefined;
    return at ? { ...f, message: `${f.message} The allowlist approves this host (${at}).` } : f;
  });
}
