import { isServer } from 'lit';
import { blank } from '../util/values.js';
import { problem, type Problem } from '../util/warn.js';

/**
 * Resolves a URL from configuration, or refuses it.
 *
 * Followed: `http:`, `https:` and relative URLs. Refused: every other scheme (`javascript:`,
 * `data:`, `vbscript:`, ...), protocol-relative URLs (`//host`, which silently leave the site)
 * and URLs carrying credentials (`https://site@evil.example`, which disguise their host).
 * Returns the absolute URL, or `undefined` when refused or empty. On the server (Lit SSR), which
 * has no page to resolve against, a relative URL without a `base` is checked and kept as written.
 */
export function safeUrl(raw: string | null | undefined, base?: string): string | undefined {
  // As the URL parser does: control characters and spaces at either end go, and tabs and line
  // breaks anywhere, so that "\u0001//evil.example" and "/\t/evil.example" are seen as "//evil.example".
  // eslint-disable-next-line no-control-regex -- the control characters are what the pattern is for
  const value = (raw ?? '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (!value || /^[\\/]{2}/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, base ?? (isServer ? SERVER_ORIGIN : undefined));
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol)) return undefined;
  if (url.username || url.password) return undefined;
  return isServer && url.origin === SERVER_ORIGIN ? value : url.href;
}

/** A stand-in origin, which no link can have, for checking relative URLs on the server. */
const SERVER_ORIGIN = 'http://server.invalid';

export const REFUSED = 'is refused: only http, https and relative URLs are used';

/**
 * Whether a login or checkout link may lead to `url`: the page's own origin always may; others
 * only if `<meta name="paywall-allowed-origins" content="https://shop.example …">` lists them,
 * when the page has that element. On the server, which has no page to read it from, every origin
 * may: the browser checks again when the element takes over.
 */
export function allowedOrigin(url: string): boolean {
  if (isServer) return true;
  const list = document.querySelector<HTMLMetaElement>('meta[name=paywall-allowed-origins]')?.content.split(/\s+/);
  return !list || [location.origin, ...list].includes(new URL(url).origin);
}

/**
 * `safeUrl` for an attribute: `undefined` when it is blank; when it is refused, also a problem
 * that says what the element does instead. A `link` (login, checkout) must also lead to an
 * allowed origin.
 */
export function checkedUrl(
  value: unknown,
  base: string | undefined,
  attribute: string,
  fallback: string,
  problems: Problem[],
  link?: boolean,
): string | undefined {
  if (blank(value)) return undefined;
  const url = safeUrl(String(value), base);
  const allowed = url && (!link || allowedOrigin(url));
  if (!allowed) problems.push(problem(attribute, value, url ? 'is not on an allowed origin' : REFUSED, fallback));
  return allowed ? url : undefined;
}
