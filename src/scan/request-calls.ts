// Requests a file can send without importing anything that sends them: JavaScript's global request functions, and a
// Python command run through `os`. With its imports, this tells whether a file can send a request at all
// (src/provenance/request-free-readers.ts).

/** Request functions a browser or Node.js gives every module without an import. */
const GLOBAL_REQUEST =
  /\bfetch\s*\(|\bXMLHttpRequest\b|\bnew\s+WebSocket\b|\bEventSource\b|\bsendBeacon\b|\$\.(?:ajax|get|post|getJSON)\b/;

/** The words those calls hold, searched for first: a search for plain words costs a fraction of the one above. */
const REQUEST_WORDS = /fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|\$\./;

/** Python's `os` running a command (`os.system("curl …")`): a shell may fetch anything. */
const RUNS_COMMAND = /\bos\.(?:system|popen|exec\w*|spawn\w*)\s*\(/;

/** Whether Python text runs a command through `os`, whose import alone sends nothing. */
export function runsCommand(text: string): boolean {
  return text.includes("os.") && RUNS_COMMAND.test(text);
}

/** Whether JavaScript text calls a request function that needs no import. */
export function callsGlobalRequest(text: string): boolean {
  return REQUEST_WORDS.test(text) && GLOBAL_REQUEST.test(text);
}
