// nginx configuration: the addresses nginx itself connects to. A reverse proxy in a pod calls what its `proxy_pass`
// (and the other `*_pass` directives) and its `upstream` blocks' `server` lines name; everything else in the file
// (`server_name`, `return 301 https://...`, comments) is about requests coming in or links for browsers, and is not
// reported at all.
import type { LexSink } from "./sink.js";
import { newSpan, quoted } from "./strings.js";

/** Directives whose first argument is the upstream nginx sends the request to (a URL, `host:port`, or an upstream's name). */
export const UPSTREAM_DIRECTIVES: ReadonlySet<string> = new Set([
  "proxy_pass",
  "grpc_pass",
  "uwsgi_pass",
  "scgi_pass",
  "fastcgi_pass",
  "memcached_pass",
]);

/** Deeper nesting is only counted: no real configuration comes near it, and hostile text costs no memory. */
const MAX_BLOCKS = 256;

/** Whether a text reads as nginx configuration: a block nginx knows, or a proxying directive at a line start. */
export function looksLikeNginx(text: string): boolean {
  return /^[ \t]*(?:(?:http|events|server|upstream[ \t]+[\w.-]+|location[ \t][^{\n]*)[ \t]*\{|(?:proxy|grpc|fastcgi|uwsgi)_pass[ \t])/m.test(
    text,
  );
}

export function lexNginx(text: string, sink: LexSink): void {
  const n = text.length;
  const blocks: string[] = [];
  let depth = 0;
  // The directive being read: its name and the span of its first argument (-1: not yet seen).
  let name: string | undefined;
  let argStart = -1;
  let argEnd = -1;
  const literal = newSpan();
  const word = (start: number, end: number) => {
    if (name === undefined) name = text.slice(start, end);
    else if (argStart === -1) {
      argStart = start;
      argEnd = end;
    }
  };
  const endDirective = () => {
    if (name !== undefined && argStart !== -1) {
      const inUpstream = depth > 0 && depth <= MAX_BLOCKS && blocks[depth - 1] === "upstream";
      const key = UPSTREAM_DIRECTIVES.has(name) ? name : name === "server" && inUpstream ? "server" : undefined;
      // A variable ends what is written of the address: `https://api.x.io$request_uri` names api.x.io.
      let end = argStart;
      while (end < argEnd && text.charCodeAt(end) !== 0x24) end++;
      if (key !== undefined && end > argStart && sink.mayHoldHost?.(argStart, end) !== false)
        sink.literal(argStart, end, key);
    }
    name = undefined;
    argStart = -1;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
      i++;
    } else if (c === 0x23) {
      const nl = text.indexOf("\n", i);
      const end = nl === -1 ? n : nl;
      sink.comment(i, end);
      i = end;
    } else if (c === 0x3b) {
      endDirective();
      i++;
    } else if (c === 0x7b) {
      if (depth < MAX_BLOCKS) blocks[depth] = name ?? "";
      depth++;
      name = undefined;
      argStart = -1;
      i++;
    } else if (c === 0x7d) {
      if (depth > 0) depth--;
      name = undefined;
      argStart = -1;
      i++;
    } else if (c === 0x22 || c === 0x27) {
      const span = quoted(text, i, i + 1, literal, true);
      word(span.contentStart, span.contentEnd);
      i = Math.max(span.end, i + 1);
    } else {
      const start = i;
      while (i < n && !endsWord(text.charCodeAt(i))) {
        // `${name}` is a variable inside the word (`http://${backend}`), not a block.
        if (text.charCodeAt(i) === 0x24 && text.charCodeAt(i + 1) === 0x7b) {
          const close = text.indexOf("}", i + 2);
          const line = text.indexOf("\n", i + 2);
          if (close !== -1 && (line === -1 || close < line)) {
            i = close + 1;
            continue;
          }
        }
        i++;
      }
      word(start, i);
    }
  }
}

function endsWord(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3b || c === 0x7b || c === 0x7d;
}
