// Whether JavaScript calls a request function it needs no import for: the cheap search that comes first must never
// miss a call the full pattern finds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { callsGlobalRequest } from "../../src/scan/request-calls.js";

/** The definition: a global request call anywhere in the text. */
const CALL =
  /\bfetch\s*\(|\bXMLHttpRequest\b|\bnew\s+WebSocket\b|\bEventSource\b|\bsendBeacon\b|\$\.(?:ajax|get|post|getJSON)\b/;

describe("callsGlobalRequest", () => {
  it("finds each global request function, and not a word that only starts like one", () => {
    for (const call of ["fetch(url)", "new XMLHttpRequest()", "new WebSocket(u)", "new EventSource(u)"])
      expect(callsGlobalRequest(`const x = ${call};`)).toBe(true);
    expect(callsGlobalRequest("navigator.sendBeacon(u, data); $.ajax({})")).toBe(true);
    expect(callsGlobalRequest("const prefetch = true; new EventSubscriber(); $.each(a)")).toBe(false);
  });

  it("answers as the full pattern does, whatever surrounds the words", () => {
    const words = ["fetch", "(", "XMLHttpRequest", "new ", "WebSocket", "EventSource", "sendBeacon", "$.", "ajax"];
    const pieces = [...words, "send", "Beacon", "Event", "Source", "Web", "Socket", "XMLHtt", "a", " ", "."];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        const text = parts.join("");
        expect(callsGlobalRequest(text)).toBe(CALL.test(text));
      }),
      { numRuns: 5000 },
    );
  });
});
