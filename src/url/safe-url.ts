/**
 * Resolves a URL from configuration, or refuses it.
 *
 * Followed: `http:`, `https:` and relative URLs. Refused: every other scheme (`javascript:`,
 * `data:`, `vbscript:`, ...), protocol-relative URLs (`//host`, which silently leave the site)
 * and URLs carrying credentials (`https://site@evil.example`, which disguise their host).
 * Returns the absolute URL, or `undefined` when refused or empty.
 */
export function safeUrl(raw: string | null | undefined, base: string): string | undefined {
  const value = (raw ?? '').trim();
  if (!value || /^[\\/]{2}/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) return undefined;
  return url.href;
}
