// What a file says about the addresses it may hand on: the names it writes that end in a word naming one
// (`submissionEndpoint`, `horizon_url`, as a property, a variable or a dictionary key). With its imports and its
// request calls (request-calls.ts), this tells who may request a value kept under such a name
// (src/provenance/request-free-readers.ts).
import { isIdentChar } from "./lexers/binding.js";

/**
 * The word an identifier of two words at least ends in when it names an address: `Url` after a lower-case letter or a
 * digit (`submissionEndpoint`, `apiURL`), or `_url` (`horizon_url`); `Host` and `Addr` may go on as `Hostname` and
 * `Address`. Each is searched for alone and the identifier read back from it: a search for one fixed word costs a
 * fraction of one that starts at every identifier, or of one alternation of them all.
 */
const CAPITALISED = ["Url", "URL", "Uri", "URI", "Endpoint", "Host", "Addr", "Server"];
const AFTER_UNDERSCORE = ["_url", "_uri", "_endpoint", "_host", "_addr", "_server"];
/** The first letters of AFTER_UNDERSCORE's words: most `_` are followed by none of them. */
const STARTS_AFTER_UNDERSCORE = new Set(AFTER_UNDERSCORE.map((w) => w.charCodeAt(1)));
/**
 * Words are searched for by their first six characters at most, the rest compared where those stand: V8 searches for
 * a word of seven characters or more another way, which took three times as long on code full of capitals.
 */
const PROBE = 6;

/** Whether `name` is one `addressNamesIn` collects. */
export function isAddressName(name: string): boolean {
  return addressNamesIn(name)?.[0] === name;
}

/** The address names the text writes anywhere (code, strings, comments), sorted; undefined when none. */
export function addressNamesIn(text: string): string[] | undefined {
  const names = new Set<string>();
  for (const word of CAPITALISED) {
    const probe = word.slice(0, PROBE);
    for (let at = text.indexOf(probe); at !== -1; at = text.indexOf(probe, at + probe.length)) {
      // A capitalised word ends a camelCase name only after a lower-case letter or a digit: `HTTPServer` is one word.
      if (at > 0 && isLowerOrDigit(text.charCodeAt(at - 1)) && text.startsWith(word, at))
        addName(text, at, word, names);
    }
  }
  // Every `_` is looked at: one search for a single character costs less than one for the six words.
  for (let at = text.indexOf("_"); at !== -1; at = text.indexOf("_", at + 1)) {
    if (!STARTS_AFTER_UNDERSCORE.has(text.charCodeAt(at + 1))) continue;
    const word = AFTER_UNDERSCORE.find((w) => text.startsWith(w, at));
    if (word !== undefined) addName(text, at, word, names);
  }
  return names.size > 0 ? [...names].sort() : undefined;
}

/** Adds the identifier whose last word is `word` at `at`, if the identifier ends there. */
function addName(text: string, at: number, word: string, names: Set<string>): void {
  let end = at + word.length;
  // Simple words are searched for, and their longer forms read here: a search with optional parts costs twice.
  if (text.startsWith("name", end) && word.endsWith("ost")) end += 4;
  else if (text.startsWith("ess", end) && word.endsWith("ddr")) end += 3;
  if (end < text.length && isIdentChar(text.charCodeAt(end))) return;
  let start = at;
  while (start > 0 && isIdentChar(text.charCodeAt(start - 1))) start--;
  const first = text.charCodeAt(start);
  if (start === at || (first >= 0x30 && first <= 0x39)) return;
  names.add(text.slice(start, end));
}

function isLowerOrDigit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}
