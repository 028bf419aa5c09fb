// A record that holds a phone number is contact details: the URL beside it (`{"application_url": "https://…",
// "application_phone": "02-3423-5959"}`) is a page people visit or call about, the way they dial the number, not an
// address the program connects to. Clients keep their endpoints beside keys and timeouts, never beside a phone number.
import { closingBraceAfter, unclosedBefore } from "./brackets.js";
import { splitWords } from "./key-role.js";
import { vocabulary } from "./name-words.js";

const PHONE_WORDS = vocabulary("phone");

/**
 * A phone word near the literal, lower-case, capitalised or upper-case: most literals have none, and need no brackets
 * counted. A word inside a longer one (`cellPhone`, `TELEPHONE`) is found too, as the hint only decides what to read;
 * so a word that holds another (`telephone` holds `tel`) is left out of the pattern, which costs a third less.
 */
const PHONE_HINT = new RegExp(
  [...PHONE_WORDS]
    .filter((w, _, words) => !words.some((other) => other !== w && w.includes(other)))
    .flatMap((w) => [w, `${w[0]!.toUpperCase()}${w.slice(1)}`, w.toUpperCase()])
    .join("|"),
);
/** How far around the literal that word is looked for: a record's entries are a few lines. */
const NEAR = 300;

/**
 * `"key": "value"`, `key: 'value'`, `Key: "value"`, `key = "value"` where the value is written like a phone number:
 * digits with separators or a leading `+`, seven digits at least.
 */
const KEY_AND_NUMBER = /["']?([A-Za-z_][\w-]*)["']?\s*[:=]\s*["'`](\+?[\d(][\d\s().-]{5,24})["'`]/g;

/**
 * Whether the literal text[start, end) is a value in the same brace-delimited record as a phone number, the record is
 * no call's argument (a request's payload may name whom to text), and the number is the record's own, not a nested
 * one's.
 */
export function inContactRecord(text: string, start: number, end: number): boolean {
  // Every URL of one literal asks about the same literal: a literal of thousands of URLs is answered once.
  if (last.text === text && last.start === start && last.end === end) return last.answer;
  const answer = contactRecordAround(text, start, end);
  last = { text, start, end, answer };
  return answer;
}

let last = { text: "", start: -1, end: -1, answer: false };

function contactRecordAround(text: string, start: number, end: number): boolean {
  if (!phoneWordNear(text, start, end)) return false;
  const open = enclosingOpen(text, start);
  if (open === undefined) return false;
  const close = closingBraceAfter(text, end);
  if (close === undefined) return false;
  const outer = unclosedBefore(text, open);
  if (outer !== undefined && text.charCodeAt(outer) === 0x28) return false;
  for (const m of ownEntries(text, open + 1, close).matchAll(KEY_AND_NUMBER)) {
    const number = m[2]!;
    const digits = number.replace(/\D/g, "").length;
    if (digits < 7 || !/[\s().+-]/.test(number)) continue;
    if (splitWords(m[1]!).some((w) => PHONE_WORDS.has(w))) return true;
  }
  return false;
}

/** A phone word within NEAR of the literal's edges, inside or outside it: a long literal is not read whole. */
function phoneWordNear(text: string, start: number, end: number): boolean {
  if (end - start <= 2 * NEAR) return PHONE_HINT.test(text.slice(Math.max(0, start - NEAR), end + NEAR));
  return (
    PHONE_HINT.test(text.slice(Math.max(0, start - NEAR), start + NEAR)) ||
    PHONE_HINT.test(text.slice(end - NEAR, end + NEAR))
  );
}

/** The `{` that opens the record around `at`, if the nearest unclosed bracket before it is a brace. */
function enclosingOpen(text: string, at: number): number | undefined {
  const open = unclosedBefore(text, at);
  return open !== undefined && text.charCodeAt(open) === 0x7b ? open : undefined;
}

/** text[from, to) with what nested brackets hold blanked out: the record's own entries. */
function ownEntries(text: string, from: number, to: number): string {
  let out = "";
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b || c === 0x28) depth++;
    else if (c === 0x7d || c === 0x5d || c === 0x29) depth--;
    else if (depth === 0) {
      out += text[i];
      continue;
    }
    out += " ";
  }
  return out;
}
