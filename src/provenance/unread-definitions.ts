// A constant or config field defined with a URL (`WEATHER_API_URL: string = "https://…"`) that no file but its own
// names is a default nothing reads: configuration left over or written ahead, not a call. Its references are kept,
// unread, so they stay visible as unplaced. One its own file hands only to keys that name no address
// (`"type": ERROR_BASE + slug`), and no other file names, is what those keys say: an identifier, an inbound name or
// a link, kept as a mention.
import { EGRESS_CLASSES, type HostReference } from "../scan/types.js";
import { type FileEnvironment, namesConstantsOf, namesOf, readByConvention } from "../scan/environment-names.js";
import { languageOf } from "../scan/language.js";
import type { NotEgressRole } from "../scan/constant-uses.js";

/**
 * `environment` must cover every scanned file (a full scan): a name no scanned file but the definition's holds may
 * still be read by a file a partial scan left out. `files`: every file listed, for the templates and components the
 * scan does not read (`.vue`, `.jsp`), which may name a constant: where one is, that language's are left alone.
 */
export function withUnreadDefinitions(
  refs: readonly HostReference[],
  environment: readonly FileEnvironment[],
  files: readonly string[],
): readonly HostReference[] {
  const defined = (r: HostReference) =>
    nameOf(r) !== undefined && !r.unread && r.namespace === undefined && EGRESS_CLASSES.has(r.class);
  if (!refs.some(defined)) return refs;
  // Only now the listing: most repositories have no such definition at all.
  const named = new Set(files.flatMap((f) => namesConstantsOf(f) ?? []));
  const isCandidate = (r: HostReference) => defined(r) && !named.has(languageOf(r.file) ?? "");
  const wanted = new Set<string>();
  for (const r of refs) if (isCandidate(r)) wanted.add(nameOf(r)!);
  if (wanted.size === 0) return refs;
  // How many files name each wanted name: the definition's own file is one of them.
  const holders = new Map<string, number>();
  for (const env of environment)
    for (const n of namesOf(env)) if (wanted.has(n)) holders.set(n, (holders.get(n) ?? 0) + 1);
  return refs.map((r) => {
    const name = nameOf(r);
    if (!isCandidate(r) || holders.get(name!) !== 1 || readByConvention(name!) !== undefined) return r;
    const use = r.usedOnlyAs;
    if (use !== undefined)
      return {
        ...r,
        class: "mention",
        reason: `${r.reason}; ${name} is used only as the value of ${use.key}, ${ROLE_WORDS[use.role]}`,
      };
    return { ...r, unread: true, reason: `${r.reason}; ${name} is defined here and no other line names it` };
  });
}

function nameOf(r: HostReference): string | undefined {
  return r.soleDefinition ?? r.usedOnlyAs?.name;
}

const ROLE_WORDS: Record<NotEgressRole, string> = {
  identifier: "which names something (a type, a namespace, a schema) and is not connected to",
  inbound: "a name others use to reach this service, or what it lets in: not egress",
  mention: "text or a link for people: not a call",
};
