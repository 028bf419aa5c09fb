// What a file says about the addresses it may hand on: the names it writes that end in a word naming one
// (`submissionEndpoint`, `horizon_url`, as a property, a variable or a dictionary key), and whether it calls a request
// function every JavaScript program has. Together with its imports, this tells who may request a value kept under
// such a name (src/provenance/request-free-readers.ts).

/**
 * An identifier of two words at least whose last one names an address: camelCase (`submissionEndpoint`, `apiURL`)
 * or snake_case (`horizon_url`). `curl` or `Server` alone are no such name.
 */
const ADDRESS_NAME =
  /\b[A-Za-z_$][\w$]*?(?:[a-z0-9](?:Url|URL|Uri|URI|Endpoint|Host|Hostname|Address|Addr|Server)|_(?:url|uri|endpoint|host|hostname|address|addr|server))(?![\w$])/g;

/** Whether `name` is one `addressNamesIn` collects. */
export function isAddressName(name: string): boolean {
  ADDRESS_NAME.lastIndex = 0;
  const m = ADDRESS_NAME.exec(name);
  return m !== null && m.index === 0 && m[0].length === name.length;
}

/** The address names the text writes anywhere (code, strings, comments), sorted; undefined when none. */
export function addressNamesIn(text: string): string[] | undefined {
  const names = new Set(text.match(ADDRESS_NAME));
  return names.size > 0 ? [...names].sort() : undefined;
}

/** Request functions a browser or Node.js gives every module without an import. */
const GLOBAL_REQUEST =
  /\bfetch\s*\(|\bXMLHttpRequest\b|\bnew\s+WebSocket\b|\bEventSource\b|\bsendBeacon\b|\$\.(?:ajax|get|post|getJSON)\b/;

/** Whether JavaScript text calls a request function that needs no import. */
export function callsGlobalRequest(text: string): boolean {
  return GLOBAL_REQUEST.test(text);
}
