// URLs the server hands to the user's browser rather than requests itself, recognised by their query alone: an OAuth
// or OpenID Connect authorization request is always a redirect of the browser (RFC 6749 section 4.1.1), and so is
// an end-session request that names where to return.

/**
 * Why the URL at `offset` of `text` is a page the user's browser is sent to, or undefined. A query that carries
 * `response_type`, or a `redirect_uri` without the client secret or the code a server's token request sends.
 */
export function browserNavigationReason(text: string, offset: number, scheme: string): string | undefined {
  if (scheme !== "https" && scheme !== "http") return undefined;
  const end = urlEnd(text, offset);
  const q = text.indexOf("?", offset);
  if (q === -1 || q >= end) return undefined;
  const params = new Set(
    text
      .slice(q + 1, end)
      .split("&")
      .map((p) => p.split("=")[0]!.toLowerCase()),
  );
  if (params.has("response_type"))
    return "an OAuth authorization request (response_type): the user's browser is redirected there, the server never requests it";
  if (
    (params.has("redirect_uri") || params.has("post_logout_redirect_uri")) &&
    !params.has("client_secret") &&
    !params.has("code") &&
    !params.has("grant_type")
  )
    return "a page the user's browser is redirected to (its query names where to return), not a request the server makes";
  return undefined;
}

/** Where the URL starting before `offset` ends: at a quote, a space or a bracket that closes it. */
function urlEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && i - offset < 2048) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === "`" || c === " " || c === "\n" || c === "\t" || c === "<" || c === ">") break;
    i++;
  }
  return i;
}
