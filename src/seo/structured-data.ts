import { warnOnce } from '../util/warn.js';

/**
 * The structured data search engines ask of gated articles, for a page that has none: JSON-LD
 * saying the article is not free, and which part of it is gated, by the class the gate puts on
 * that part. Loaded only by gates with `structured-data` (in the script-tag build, a file of its
 * own). A page's own JSON-LD is left alone: it knows the article better.
 */

/** The JSON-LD for a gated article whose gated part has the class `gatedClass`. */
export function gatedArticleData(headline: string | undefined, gatedClass: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    ...(headline ? { headline } : {}),
    isAccessibleForFree: false,
    hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: `.${CSS.escape(gatedClass)}` },
  };
}

/**
 * Adds the JSON-LD for the gate's article to the page's head, unless the page has JSON-LD
 * already. Its headline is `title` (the article's heading as it reads whole), else the gate's
 * first heading, else the page's title. Returns what it did, for the gate to report: `written`, `kept` (the page's own), or
 * the error (a page whose Trusted Types forbid writing script text).
 */
export function writeStructuredData(gate: Element, gatedClass: string, title?: string): 'written' | 'kept' | Error {
  const page = gate.ownerDocument;
  if (page.querySelector('script[type="application/ld+json"]')) return 'kept';
  const headline = title || gate.querySelector('h1, h2, h3')?.textContent?.trim() || page.title.trim() || undefined;
  const script = page.createElement('script');
  script.type = 'application/ld+json';
  try {
    // JSON in a script element: "<" escaped, so that no "</script>" in a headline can close it.
    script.textContent = JSON.stringify(gatedArticleData(headline, gatedClass)).replace(/</g, '\\u003c');
  } catch (error) {
    return error as Error;
  }
  page.head.append(script);
  return 'written';
}

/** `writeStructuredData` for a gate with `structured-data`, which warns when the JSON-LD cannot be written. */
export function writeFor(gate: Element, gatedClass: string, title?: string): void {
  const written = writeStructuredData(gate, gatedClass, title);
  const message = written instanceof Error && `could not be written (${written.message}); put the JSON-LD in the page.`;
  if (message) warnOnce(gate, [{ attribute: 'structured-data', message }]);
}
