import { pointerOf } from "../manifests/json-pointer.js";

// Terraform's object and list literals (`{ meshConfig = { outboundTrafficPolicy = { mode = "REGISTRY_ONLY" } } }`,
// the argument of `yamlencode(...)`) -> plain values. What Terraform works out (`var.x`, a function call, a
// conditional, `"${...}"`) is left out of the result, key and all: never guessed. Comments must be blanked first.

export interface HclLiteral {
  value: unknown;
  /** Where each key that holds a known value starts, by its JSON pointer (`/meshConfig/outboundTrafficPolicy`). */
  keyOffsets: Map<string, number>;
  /** Where the literal ends: just past its closing bracket. */
  end: number;
}

const UNKNOWN = Symbol("worked out by Terraform");

/** The literal that starts at `at` (`{`, `[`, a string, a number, a boolean). */
export function hclLiteralAt(code: string, at: number): HclLiteral {
  const keyOffsets = new Map<string, number>();
  const reader = { code, i: at, keyOffsets };
  const value = readValue(reader, []);
  return { value: value === UNKNOWN ? undefined : value, keyOffsets, end: reader.i };
}

interface Reader {
  code: string;
  i: number;
  keyOffsets: Map<string, number>;
}

/** Deeper than any values file a person writes: past it, the literal is skipped rather than read by recursion. */
const MAX_DEPTH = 64;

function readValue(r: Reader, path: string[]): unknown {
  skipBlanks(r);
  const c = r.code[r.i];
  if ((c === "{" || c === "[") && path.length >= MAX_DEPTH) {
    skipExpression(r);
    return UNKNOWN;
  }
  if (c === "{") return readObject(r, path);
  if (c === "[") return readList(r, path);
  if (c === '"') return readString(r);
  const word = /^(?:-?\d+(?:\.\d+)?|true|false|null)(?=[\s,}\]]|$)/.exec(r.code.slice(r.i, r.i + 40));
  if (word) {
    r.i += word[0].length;
    const w = word[0];
    return w === "true" ? true : w === "false" ? false : w === "null" ? null : Number(w);
  }
  skipExpression(r);
  return UNKNOWN;
}

function readObject(r: Reader, path: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  r.i++;
  for (;;) {
    skipBlanks(r, true);
    if (r.i >= r.code.length || r.code[r.i] === "}") break;
    const keyAt = r.i;
    const key = readKey(r);
    skipBlanks(r);
    if (key === undefined || (r.code[r.i] !== "=" && r.code[r.i] !== ":")) {
      skipExpression(r);
      if (r.i === keyAt) r.i++;
      continue;
    }
    r.i++;
    const value = readValue(r, [...path, key]);
    if (value !== UNKNOWN) {
      out[key] = value;
      r.keyOffsets.set(pointerOf([...path, key]), keyAt);
    }
  }
  r.i++;
  return out;
}

function readList(r: Reader, path: string[]): unknown {
  const out: unknown[] = [];
  let known = true;
  r.i++;
  for (;;) {
    skipBlanks(r, true);
    if (r.i >= r.code.length || r.code[r.i] === "]") break;
    const from = r.i;
    const value = readValue(r, [...path, String(out.length)]);
    if (r.i === from) r.i++;
    if (value === UNKNOWN) known = false;
    out.push(value);
  }
  r.i++;
  return known ? out : UNKNOWN;
}

function readKey(r: Reader): string | undefined {
  if (r.code[r.i] === '"') {
    const s = readString(r);
    return typeof s === "string" ? s : undefined;
  }
  const m = /^[A-Za-z_][\w-]*/.exec(r.code.slice(r.i, r.i + 200));
  if (!m) return undefined;
  r.i += m[0].length;
  return m[0];
}

/** A quoted string; one with an interpolation is Terraform's to work out. */
function readString(r: Reader): string | typeof UNKNOWN {
  let out = "";
  for (r.i++; r.i < r.code.length; r.i++) {
    const c = r.code[r.i]!;
    if (c === '"' || c === "\n") break;
    if (c === "\\") {
      const next = r.code[++r.i] ?? "";
      out += next === "n" ? "\n" : next === "t" ? "\t" : next;
    } else out += c;
  }
  r.i++;
  return out.includes("${") || out.includes("%{") ? UNKNOWN : out;
}

/** Past an expression: to the next comma, line end or closing bracket outside the brackets and strings it opens. */
function skipExpression(r: Reader): void {
  let depth = 0;
  for (; r.i < r.code.length; r.i++) {
    const c = r.code[r.i]!;
    if (c === '"') {
      readString(r);
      r.i--;
    } else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) return;
      depth--;
    } else if (depth === 0 && (c === "," || c === "\n")) return;
  }
}

function skipBlanks(r: Reader, commas = false): void {
  while (r.i < r.code.length && (/\s/.test(r.code[r.i]!) || (commas && r.code[r.i] === ","))) r.i++;
}
