// Reading an option's value inside a constructor call: a string literal (possibly wrapped, `URI.create("...")`,
// `aws.String("...")`), a container whose contents are searched on their own, or anything else (set at run time).
import { closingBracket } from "./constructors.js";
import type { CodeView } from "./code-view.js";
import { DEFAULT_PORTS } from "../schemes.js";

export type OptionValue =
  | { kind: "literal"; value: string; offset: number }
  | { kind: "runtime"; offset: number }
  | { kind: "container"; offset: number };

export interface FoundOption {
  name: string;
  value: OptionValue;
}

/** Calls that only carry a literal through: `URI.create("x")` is as literal as `"x"`. */
const WRAPPERS =
  /\b(?:new\s+)?(?:URI\s*\.\s*create|URI|URL|Uri|aws\s*\.\s*String|stripe\s*\.\s*String|github\s*\.\s*Ptr|String|str)\s*(?=\()/g;

/**
 * Each `name` option in code[from, to): `name=`, `name:`, `name(`, `.name(`, `"name":`. Returns them in text order,
 * so the caller can prefer the first literal.
 */
export function findOptions(view: CodeView, names: readonly string[], from: number, to: number): FoundOption[] {
  const found: FoundOption[] = [];
  if (names.length === 0) return found;
  const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const byName = new RegExp(`(?<![\\w$])(${alternatives})\\s*(=(?!=)|:(?!:)|\\()`, "g");
  const span = view.code.slice(from, to);
  for (const m of span.matchAll(byName)) {
    // A real call names an option a few times at most; hostile text names it thousands of times.
    if (found.length >= MAX_OPTIONS) break;
    found.push({ name: m[1] ?? "", value: valueAt(view, from + m.index + m[0].length, m[2] === "(") });
  }
  // Quoted keys of dict and map literals: `client_options={"api_endpoint": "..."}`.
  for (const s of view.strings) {
    if (s.start < from || s.end > to) continue;
    const name = view.text.slice(s.start, s.end);
    if (!names.includes(name)) continue;
    const colon = /^["']?\s*:/.exec(view.code.slice(s.end, s.end + 20));
    if (colon) found.push({ name, value: valueAt(view, s.end + colon[0].length, false) });
  }
  return found.sort((a, b) => a.value.offset - b.value.offset);
}

/** The first positional argument after `open` (the call's `(`), when it is a plain value rather than `name=...`. */
export function firstArgument(view: CodeView, open: number): OptionValue | undefined {
  const after = view.code.slice(open + 1, open + 200);
  if (/^\s*(\)|[A-Za-z_$][\w$]*\s*(=(?!=)|:))/.test(after)) return undefined;
  return valueAt(view, open + 1, false);
}

const MAX_OPTIONS = 32;

/** How far a value is read: on hostile text an unterminated one would otherwise run to the end of the file. */
const MAX_VALUE_SPAN = 4_096;

function valueAt(view: CodeView, start: number, inCall: boolean): OptionValue {
  const { code } = view;
  const last = Math.min(code.length, start + MAX_VALUE_SPAN);
  let end = start;
  while (end < last) {
    const c = code[end];
    if (c === "(" || c === "[" || c === "{") end = closingBracket(code, end);
    else if (c === "," || c === ")" || c === "]" || c === "}" || c === ";" || (c === "\n" && !inCall)) break;
    else end++;
  }
  const expression = code.slice(start, end).trim();
  const offset = start + (code.slice(start, end).length - code.slice(start, end).trimStart().length);
  if (/^[{[]/.test(expression) || /^dict\s*\(/.test(expression)) return { kind: "container", offset };
  const literal = view.firstStringIn(start, end);
  if (literal === undefined) return { kind: "runtime", offset };
  // Everything but the literal and its wrappers must be brackets or blanks: `"a" + x` is decided at run time.
  const rest = `${code.slice(start, literal.start)}${code.slice(literal.end, end)}`.replace(WRAPPERS, "");
  if (!/^[\s()"'`@fFrRbBuU]*$/.test(rest)) return { kind: "runtime", offset };
  const value = view.text.slice(literal.start, literal.end);
  // An interpolated string (`f"https://{host}"`, `${host}`) is a runtime value too.
  if (/\$\{|\{[A-Za-z_]/.test(value) && /[fF$`]/.test(code.slice(start, literal.start)))
    return { kind: "runtime", offset };
  return { kind: "literal", value, offset: literal.start };
}

export interface Endpoint {
  host: string;
  port: number;
  scheme: string;
}

/** `https://user@host:8443/path`, `host:443`, `host` -> the host the client connects to, or undefined. */
export function endpointOf(value: string): Endpoint | undefined {
  const match =
    /^(?:([a-z][a-z0-9+.-]*):\/\/)?(?:[^@/?#\s]*@)?(\[[0-9a-f:.]+\]|[^:/?#\s]+)(?::(\d{1,5}))?(?:[/?#].*)?$/i.exec(
      value.trim(),
    );
  if (!match) return undefined;
  const scheme = (match[1] ?? "https").toLowerCase();
  const host = (match[2] ?? "").toLowerCase().replace(/\.$/, "");
  if (!/^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)$/.test(host))
    return undefined;
  // Without a scheme a bare word ("eu", "prod") is not a host; in a URL it is (an in-cluster Service name).
  if (match[1] === undefined && !host.includes(".") && !host.startsWith("[") && host !== "localhost") return undefined;
  const port =
    match[3] !== undefined ? Number(match[3]) : Object.hasOwn(DEFAULT_PORTS, scheme) ? (DEFAULT_PORTS[scheme] ?? 0) : 0;
  return { host: host.replace(/^\[|\]$/g, ""), port, scheme };
}
