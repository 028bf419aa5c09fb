// Requests a file can send without importing anything that sends them: JavaScript's global request functions, and a
// Python command run through `os`. With its imports, this tells whether a file can send a request at all
// (src/provenance/request-free-readers.ts).

/** Request functions a browser or Node.js gives every module without an import. */
const GLOBAL_REQUEST =
  /\bfetch\s*\(|\bXMLHttpRequest\b|\bnew\s+WebSocket\b|\bEventSource\b|\bsendBeacon\b|\$\.(?:ajax|get|post|getJSON)\b/;

/**
 * A part of each word those calls hold, searched for first: a plain search costs a fraction of the pattern above. Each
 * part is six characters at most (V8 searches for longer ones another way, at several times the cost) and starts with
 * a rare character where it can (`Beacon`, not `sendBe`): one search each took a third of the time of one alternation
 * of the words.
 */
const REQUEST_PARTS = ["fetch", "XMLHtt", "WebSoc", "EventS", "Beacon", "$."];

/** Python's `os` running a command (`os.system("curl …")`): a shell may fetch anything. */
const RUNS_COMMAND = /\bos\.(?:system|popen|exec\w*|spawn\w*)\s*\(/;

/** Whether Python text runs a command through `os`, whose import alone sends nothing. */
export function runsCommand(text: string): boolean {
  return text.includes("os.") && RUNS_COMMAND.test(text);
}

/** Whether JavaScript text calls a request function that needs no import. */
export function callsGlobalRequest(text: string): boolean {
  return REQUEST_PARTS.some((part) => text.includes(part)) && GLOBAL_REQUEST.test(text);
}
