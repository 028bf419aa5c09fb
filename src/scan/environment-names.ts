// Which environment variables a file may read: every SCREAMING_SNAKE word it holds (`os.getenv("REDIS_ADDR")`,
// `process.env.REDIS_ADDR`, `${REDIS_ADDR}` in a config file), and whether it binds the environment to settings by a
// naming rule (Spring, pydantic, Viper…), so that the names it reads are written nowhere. The knowledge behind it is
// reviewed data: src/knowledge/environment-reads.json.
import knowledge from "../knowledge/environment-reads.json" with { type: "json" };
import { baseName, type Language, languageOf } from "./language.js";
import { isAsciiWordChar } from "./lexers/binding.js";
import { sdkEnvOverrides } from "./sdk/table.js";

/** What one scanned file says of the environment it reads. */
export interface FileEnvironment {
  file: string;
  /**
   * Upper-case names with an underscore, sorted, one per line ("" for none): `namesOf`. A file may hold
   * dozens, and most runs never ask for them: one string is sent between threads and kept at a fraction of the cost
   * of one per name.
   */
  names: string;
  /** The marker of a library that reads variables by a naming rule, when the file uses one. */
  binder?: string;
}

/** The names of `environment`, in order. */
export function namesOf(environment: FileEnvironment): string[] {
  return environment.names === "" ? [] : environment.names.split("\n");
}

/** A whole name of the kind `environmentOf` collects: `REDIS_ADDR`, `WEATHER_API_URL`. */
export const SCREAMING_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * A binder shows in the imports at the top of a file; past them, the search would cost a good part of the file's
 * whole scan. An image ships more than one file, and one file that imports a binder is enough.
 */
const BINDER_HEAD = 4_096;
/** One alternation per language: a file is searched only for the markers of its own language. */
const BINDERS = new Map<string, RegExp>();
for (const language of new Set(knowledge.binders.map((b) => b.language))) {
  const markers = knowledge.binders.filter((b) => b.language === language).map((b) => escapeRegExp(b.marker));
  BINDERS.set(language, new RegExp(markers.join("|")));
}

/** undefined when the file names no variable and binds none; the language is taken from the name unless given. */
export function environmentOf(
  file: string,
  text: string,
  language: Language | undefined = languageOf(file),
): FileEnvironment | undefined {
  const names = screamingSnakeWords(text);
  const binders = language === undefined ? undefined : BINDERS.get(language);
  const binder = binders?.exec(text.length > BINDER_HEAD ? text.slice(0, BINDER_HEAD) : text)?.[0];
  if (names.size === 0 && binder === undefined) return undefined;
  return { file, names: [...names].sort().join("\n"), ...(binder !== undefined ? { binder } : {}) };
}

/**
 * Every word of the text (a run of ASCII letters, digits and `_`) that is SCREAMING_SNAKE. Such a word holds a `_`, so
 * only the words around each `_` are read: a search for one character costs a fraction of a pattern tried at every
 * capital letter.
 */
export function screamingSnakeWords(text: string): Set<string> {
  const names = new Set<string>();
  for (let at = text.indexOf("_"); at !== -1; ) {
    let start = at;
    while (start > 0 && isAsciiWordChar(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && isAsciiWordChar(text.charCodeAt(end))) end++;
    const first = text.charCodeAt(start);
    if (first >= 0x41 && first <= 0x5a) {
      const word = text.slice(start, end);
      if (SCREAMING_SNAKE.test(word)) names.add(word);
    }
    at = text.indexOf("_", end);
  }
  return names;
}

let sdkReads: Map<string, string[]> | undefined;

/** Why a library or runtime reads this variable whatever the code says, if one does (this table or the SDK table's). */
export function readByConvention(name: string): string | undefined {
  const upper = name.toUpperCase();
  for (const n of knowledge.names) {
    if ("name" in n ? upper === n.name : upper.startsWith(n.prefix)) return n.why;
  }
  const sdks = (sdkReads ??= sdkEnvOverrides()).get(upper);
  return sdks
    ? `the SDK${sdks.length > 1 ? "s" : ""} ${sdks.join(", ")} read${sdks.length > 1 ? "" : "s"} it`
    : undefined;
}

/** Why a binder marker means the names read are written nowhere. */
export function binderWhy(marker: string): string {
  return knowledge.binders.find((b) => b.marker === marker)?.why ?? marker;
}

const UNSCANNED = new Map(knowledge.unscannedCode.map((c) => [c.extension, c.why]));

/** What a file holds when it is code the scan does not read (Rust, PHP, a prebuilt archive…). */
export function unscannedCode(file: string): string | undefined {
  const base = baseName(file);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? UNSCANNED.get(base.slice(dot + 1).toLowerCase()) : undefined;
}

const TEMPLATES = new Map(knowledge.templates.map((t) => [t.extension, t]));

/**
 * The languages whose constants a file the scan does not read may name (a Vue component, a JSP page), or undefined:
 * where such a file is in the repository, that no scanned file names a constant says nothing.
 */
export function namesConstantsOf(file: string): readonly string[] | undefined {
  const base = baseName(file);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? TEMPLATES.get(base.slice(dot + 1).toLowerCase())?.names : undefined;
}
