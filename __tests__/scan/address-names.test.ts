// The names a file writes that end in a word naming an address: what tells who may request a value kept under one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addressNamesIn, isAddressName } from "../../src/scan/address-names.js";

/** The definition, as one alternation: each word where it ends an identifier of two words or more. */
function byAlternation(text: string): string[] | undefined {
  const ident = /[\w$\u0080-\uffff]/;
  const names = new Set<string>();
  for (const m of text.matchAll(/Url|URL|Uri|URI|Endpoint|Host|Addr|Server|_(?:url|uri|endpoint|host|addr|server)/g)) {
    const at = m.index;
    if (m[0][0] !== "_" && (at === 0 || !/[a-z0-9]/.test(text[at - 1]!))) continue;
    let end = at + m[0].length;
    if (text.startsWith("name", end) && m[0].endsWith("ost")) end += 4;
    else if (text.startsWith("ess", end) && m[0].endsWith("ddr")) end += 3;
    if (end < text.length && ident.test(text[end]!)) continue;
    let start = at;
    while (start > 0 && ident.test(text[start - 1]!)) start--;
    if (start === at || /[0-9]/.test(text[start]!)) continue;
    names.add(text.slice(start, end));
  }
  return names.size > 0 ? [...names].sort() : undefined;
}

describe("addressNamesIn", () => {
  it("collects camelCase and snake_case names ending in an address word, in code, strings and comments", () => {
    const text = 'const submissionEndpoint = x; cfg["horizon_url"]; // apiURL\nlet dbHostname, serverAddress;';
    expect(addressNamesIn(text)).toEqual([
      "apiURL",
      "dbHostname",
      "horizon_url",
      "serverAddress",
      "submissionEndpoint",
    ]);
  });

  it("leaves out one-word names, words inside a longer one, and capitals that do not start a word", () => {
    expect(addressNamesIn("Url = 1; HTTPServer(); hostUrlPrefix; 9fooUrl; URLs")).toBeUndefined();
    expect(isAddressName("baseUrl")).toBe(true);
    expect(isAddressName("baseUrlPrefix")).toBe(false);
  });

  it("finds exactly what the single alternation finds, whatever surrounds the words", () => {
    const words = ["Url", "URL", "Uri", "URI", "Endpoint", "Host", "Addr", "Server", "_url", "_host", "_addr"];
    const pieces = [...words, "name", "ess", "a", "Z", "9", "_", " ", "$", "é", ".", "-"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(addressNamesIn(text)).toEqual(byAlternation(text));
      }),
      { numRuns: 3000 },
    );
  });
});
