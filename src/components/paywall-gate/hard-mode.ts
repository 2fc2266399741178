import { fetchText } from '../../entitlements/http.js';
import type { EndpointRequest } from '../../entitlements/sources.js';
import { articleNodes } from './article-html.js';

/** The rest of an article may be long; past this it is refused. */
export const CONTENT_CAP = 2 ** 21;

/**
 * Hard mode: the rest of the article, fetched from `url` only after a grant, parsed inert and
 * cleaned, ready to append. Throws a `RequestFailure` (parsing included: a page whose Trusted
 * Types forbid it gets a failure, not an exception).
 */
export async function fetchArticleRest(url: string, { credentials, headers, timeout }: EndpointRequest): Promise<DocumentFragment> {
  const { text } = await fetchText(url, { credentials, headers }, timeout, CONTENT_CAP);
  return articleNodes(text, url);
}
