// What the other lines of a file do with a constant defined there with a URL. Where every one hands it to a key that
// names no address (`"type": ERROR_BASE + slug`, `allowed_image_hosts: str = Field(DEFAULT_IMAGE_HOSTS)`), the value
// is an identifier, one of our own inbound names or text for people, whatever the constant itself is called.
import { type KeyRole, keyRole } from "./key-role.js";

/** A role that makes a value no address to connect to. */
export type NotEgressRole = Extract<KeyRole, "identifier" | "inbound" | "mention">;

export interface ConstantUse {
  /** The key the constant is handed to (the first one, where several agree). */
  key: string;
  role: NotEgressRole;
}

const NOT_EGRESS: ReadonlySet<KeyRole> = new Set(["identifier", "inbound", "mention"]);

/** Calls whose first argument (or `default=`) is the default of the field they are assigned to: pydantic, dataclasses. */
const FIELD_CALLS = new Set(["Field", "field"]);

/**
 * The key every occurrence of a name in `text` (at the offsets `at`) but its definition (at `definedAt`) is the value
 * of, when each one's key has a role that is no address, else undefined. An occurrence in any other place (an
 * argument, an attribute's, a comment, an expression of its own) may be a request, so it decides nothing.
 */
export function usedOnlyAs(text: string, at: readonly number[], definedAt: number): ConstantUse | undefined {
  let first: ConstantUse | undefined;
  for (const offset of at) {
    if (offset === definedAt) continue;
    const key = keyBefore(text, offset);
    if (key === undefined) return undefined;
    const role = keyRole(key);
    if (!NOT_EGRESS.has(role)) return undefined;
    first ??= { key, role: role as NotEgressRole };
  }
  return first;
}

/**
 * The key the value at `at` is written under: `"type": X`, `type: X`, `type=X`, `t.type = X`, or a field whose
 * default it is (`hosts: str = Field(X` or `Field(default=X`). undefined for anything else.
 */
function keyBefore(text: string, at: number): string | undefined {
  // A comment may say anything about the name; so may a line that opens one before it (or holds a URL: too close).
  if (/#|\/\/|^\s*\*/.test(text.slice(text.lastIndexOf("\n", at - 1) + 1, at))) return undefined;
  let i = skipSpaceBack(text, at);
  const keyword = /\bdefault\s*=\s*$/.exec(text.slice(Math.max(0, i - 16), i));
  if (keyword) i = skipSpaceBack(text, i - keyword[0].length);
  const c = text[i - 1];
  if (c === "(") return fieldAssignedBy(text, i - 1);
  if (c !== ":" && c !== "=") return undefined;
  // `==`, `!=`, `<=`, `>=` compare, `::` is a path, and `:=` / `=` after a key assign to it.
  const c2 = text[i - 2];
  if (c === "=" && (c2 === "=" || c2 === "!" || c2 === "<" || c2 === ">")) return undefined;
  if (c === ":" && c2 === ":") return undefined;
  return nameBefore(text, skipSpaceBack(text, c === "=" && c2 === ":" ? i - 2 : i - 1));
}

/** The field a `Field(` call at `open` gives its default to: `allowed_hosts: str = Field(`. */
function fieldAssignedBy(text: string, open: number): string | undefined {
  let i = open;
  while (i > 0 && /[\w.]/.test(text[i - 1]!)) i--;
  const callee = text.slice(i, open);
  if (!FIELD_CALLS.has(callee.slice(callee.lastIndexOf(".") + 1))) return undefined;
  const lineStart = text.lastIndexOf("\n", i - 1) + 1;
  return /^\s*([A-Za-z_]\w*)\s*:[^=\n]*=\s*$/.exec(text.slice(lineStart, i))?.[1];
}

/** The name (quoted or not, dotted or not) that ends at `end`, or undefined. */
function nameBefore(text: string, end: number): string | undefined {
  let i = end;
  const quoted = text[i - 1] === '"' || text[i - 1] === "'";
  if (quoted) i--;
  const nameEnd = i;
  while (i > 0 && /[\w.$@-]/.test(text[i - 1]!)) i--;
  if (i === nameEnd) return undefined;
  if (quoted && text[i - 1] !== text[end - 1]) return undefined;
  return text.slice(i, nameEnd);
}

function skipSpaceBack(text: string, i: number): number {
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}
