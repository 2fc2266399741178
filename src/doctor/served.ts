import type { CspPolicy } from './types.js';

/**
 * The page as its server sends it: what a search engine, a link preview or "view source" gets,
 * before the gate cuts anything. Its headers carry the Content Security Policy a `<meta>` does not.
 */
export interface ServedPage {
  /** The page parsed, inert (scripts do not run); absent when it could not be read. */
  doc?: Document;
  /** The policies in its headers. */
  csp: CspPolicy[];
  /** Why the page could not be read, when it could not. */
  note?: string;
}

/** The policies of a CSP header: a header sent twice reads as one, its policies separated by commas. */
const policiesIn = (header: string | null, from: CspPolicy['from']): CspPolicy[] =>
  (header ?? '')
    .split(',')
    .map((policy) => policy.trim())
    .filter(Boolean)
    .map((policy) => ({ from, policy }));

/** Whether an enforced policy requires Trusted Types, which forbid parsing a string of HTML without a policy of our own. */
export const requiresTrustedTypes = (policies: readonly CspPolicy[]): boolean =>
  policies.some(({ from, policy }) => from !== 'report-only header' && /(^|;)\s*require-trusted-types-for\b/i.test(policy));

/** Parses HTML into an inert document, or gives why it could not. */
function parsePage(html: string, policies: readonly CspPolicy[]): { doc?: Document; note?: string } {
  if (requiresTrustedTypes(policies))
    return {
      note: 'The page requires Trusted Types, so the doctor does not parse the page as sent: the article and copy checks are skipped.',
    };
  try {
    return { doc: new DOMParser().parseFromString(html, 'text/html') };
  } catch (error) {
    return { note: `The page as sent could not be parsed (${String(error)}): the article and copy checks are skipped.` };
  }
}

/**
 * Fetches this page again, as its server sends it (same-origin: every header is readable), or
 * takes `html` as that page (tests). `metaPolicies` are the page's own `<meta>` policies.
 */
export async function readServedPage(url: string, metaPolicies: readonly CspPolicy[], html?: string): Promise<ServedPage> {
  if (html !== undefined) return { csp: [], ...parsePage(html, metaPolicies) };
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
    text = await response.text();
  } catch (error) {
    return { csp: [], note: `The page could not be fetched again (${String(error)}): header, article and copy checks are skipped.` };
  }
  const csp = [
    ...policiesIn(response.headers.get('content-security-policy'), 'header'),
    ...policiesIn(response.headers.get('content-security-policy-report-only'), 'report-only header'),
  ];
  return { csp, ...parsePage(text, [...metaPolicies, ...csp]) };
}
