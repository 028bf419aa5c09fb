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
  // Looked for within the URL only: in a text of many URLs and no `?`, a search from here would run to its end.
  const inUrl = text.slice(offset, end).indexOf("?");
  const q = inUrl === -1 ? -1 : offset + inUrl;
  const pathEnd = q === -1 ? end : q;
  if (PAGE_ASSET.test(text.slice(offset, pathEnd).replace(/#.*$/, "")))
    return "an image, font or stylesheet: a page shows it and the browser loads it, the server does not request it";
  const path = text.slice(offset, pathEnd);
  // Only a literal that stops at the host or at a slash is the first piece of a URL joined from pieces.
  const whole = pathEnd === end && (text[end - 1] === "/" || !path.includes("/")) ? path + joinedPath(text, end) : path;
  if (whole.includes("auth") && AUTHORIZATION_ENDPOINT.test(whole.replace(/#.*$/, "")))
    return "an OAuth authorization endpoint: the user's browser is sent there to sign in, the server never requests it";
  if (q === -1) return undefined;
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

/**
 * An OAuth 2.0 or OpenID Connect authorization endpoint (`/oauth2/v2.0/authorize`, `/login/oauth/authorize`,
 * `/protocol/openid-connect/auth`, `/connect/authorize`): the client sends the user-agent there (RFC 6749 section
 * 3.1); a server calls the token endpoint beside it. An `authorize` path outside OAuth (a card payment's) is a call.
 */
const AUTHORIZATION_ENDPOINT = /\/(?:oauth2?|openid-connect|connect)\/(?:[^/]+\/)*?(?:authorize|auth)\/?$/i;

/**
 * The path a literal that ends the URL's first piece is joined with (`"https://idp.io/" + tenant + "/oauth2/authorize"`):
 * the last literal of a concatenation of at most a few names, or "" when nothing is joined on.
 */
function joinedPath(text: string, end: number): string {
  const m = JOINED.exec(text.slice(end, end + 400));
  return m ? `/${m[1]}` : "";
}
const JOINED = /^["'`](?:\s*\+\s*[\w$.[\]()]{1,80})+\s*\+\s*["'`]([^"'`\n]{1,300})["'`]/;

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
