import { fail, fetchText } from '../../entitlements/http.js';
import type { EndpointRequest, EntitlementContext } from '../../entitlements/sources.js';
import { fillUrl } from '../../format/placeholders.js';
import { cleanArticleHtml, parseInert } from '../../sanitize/article-html.js';
import { safeUrl } from '../../url/safe-url.js';

/**
 * Hard mode's fetch, loaded by the gate only after a grant in hard mode (in the script-tag build,
 * a file of its own with the cleaner): the rest of an article, from `content-url`, parsed inert
 * and cleaned.
 */

/** The rest of an article may be long; past this it is refused. */
export const CONTENT_CAP = 2 ** 21;

/** A publisher's own cleaner (DOMPurify, say): HTML in, nodes or HTML out. Used instead of the built-in allow-list. */
export type Sanitizer = (html: string) => DocumentFragment | string;

/** How hard mode fetches and cleans. */
export interface HardMode {
  /** `content-url`, a URL template checked already. */
  template: string;
  request: EndpointRequest;
  /** Keeps embeds (`<iframe>`s from other origins), sandboxed. */
  allowEmbeds: boolean;
  /** Replaces the built-in cleaner. */
  sanitize?: Sanitizer;
}

/**
 * Fetches and cleans the rest of the view's article. Throws a `RequestFailure`: parsing and
 * cleaning included (a page whose Trusted Types forbid parsing gets a failure, not an exception).
 */
export async function fetchArticleRest(
  { template, request, allowEmbeds, sanitize }: HardMode,
  context: EntitlementContext,
): Promise<DocumentFragment> {
  const url = safeUrl(fillUrl(template, { ...context }), document.baseURI) ?? '';
  const { credentials, headers, timeout } = request;
  const { text } = await fetchText(url, { credentials, headers }, timeout, CONTENT_CAP);
  if (!sanitize) return cleanArticleHtml(text, { base: url, allowEmbeds });
  const cleaned = sanitize(text);
  if (typeof cleaned === 'string') return parseInert(cleaned);
  if (cleaned instanceof DocumentFragment) return cleaned;
  throw fail('bad-shape');
}
