// The function a literal is the return value of, where its body is in braces (`generateQrUrl(id: string): string {
// return `https://…`; }`): its name says what the value is for, as a key's name does.
import { unclosedBefore } from "./brackets.js";
import { isIdentChar } from "./lexers/binding.js";

/** A signature's end before its body: `name(params)`, then a return type written after `:` (TS) or a space (Go). */
const SIGNATURE = /([A-Za-z_$][\w$]*)\s*\([^()]*\)\s*(?::\s*[\w.<>[\]| ]+|[\w.*[\] ]+)?\s*$/;

/** How much before a body its signature is looked for in: parameters on a line or a few. */
const HEAD = 300;

/** The name of the function whose `return` statement the literal starting at `start` is, or undefined. */
export function returnedBy(text: string, start: number): string | undefined {
  let i = start - 1;
  const quote = text.charCodeAt(i);
  if (quote === 0x22 || quote === 0x27 || quote === 0x60) i--;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  const keyword = i - 5;
  if (keyword < 0 || text.slice(keyword, i + 1) !== "return" || isIdentChar(text.charCodeAt(keyword - 1)))
    return undefined;
  const open = unclosedBefore(text, keyword);
  if (open === undefined || text.charCodeAt(open) !== 0x7b) return undefined;
  return SIGNATURE.exec(text.slice(Math.max(0, open - HEAD), open))?.[1];
}
