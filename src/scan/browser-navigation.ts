// URLs the server hands to the user's browser rather than requests itself, recognised by their path or query alone:
// an image, font or stylesheet is embedded in a page the browser renders; an OAuth or OpenID Connect authorization
// request is always a redirect of the browser (RFC 6749 section 4.1.1), and so is an end-session request that names
// where to return.

/** A path to what a page embeds: images, icons, fonts, stylesheets. A server seldom downloads these from a fixed URL. */
const PAGE_ASSET = /\/[^/]*\.(?:png|jpe?g|gif|webp|avif|svg|ico|bmp|woff2?|ttf|otf|eot|css)$/i;

/**
 * Why the URL at `offset` of `text` is for the user's browser, or undefined: a path to an image, font or stylesheet;
 * a query that carries `response_type`, or a `redirect_uri` without the client secret or the code a server's token
 * request sends.
 */
export function browserNavigationReason(text: string, offset: number, scheme: string): string | undefined {
  if (scheme !== "https" && scheme !== "http") return undefined;
  const end = urlEnd(text, offset);
  const q = text.indexOf("?", offset);
  const pathEnd = q === -1 || q >= end ? end : q;
  if (PAGE_ASSET.test(text.slice(offset, pathEnd).replace(/#.*$/, "")))
    return "an image, font or stylesheet: a page shows it and the browser loads it, the server does not request it";
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
