import { articlesIn, freeFlag, partsOf } from '../json-ld.js';
import type { Finding, PageSnapshot, SelectorMatch } from '../types.js';
import { findingMaker, quoted } from './finding.js';

const finding = findingMaker('structured-data');

const MARKUP_FIX =
  'Describe the article in JSON-LD with "isAccessibleForFree": false and a "hasPart" whose "cssSelector" names the gated part, e.g. {"@type": "WebPageElement", "isAccessibleForFree": false, "cssSelector": ".paywall"}.';

/** What is wrong with one `hasPart` selector, if anything. */
function selectorFinding(match: SelectorMatch | undefined, selector: string): Finding | undefined {
  const named = `The JSON-LD hasPart cssSelector ${quoted(selector)}`;
  const fix =
    'Point cssSelector at the gated part: the element(s) inside the gate with its gated class (gated-class, default "paywall"), e.g. ".paywall".';
  if (!match) return undefined;
  if (!match.valid) return finding('error', `${named} is not a valid CSS selector.`, fix);
  if (match.matched === 0) return finding('error', `${named} matches nothing on the page.`, fix);
  if (match.outsideGatedPart > 0)
    return finding('error', `${named} matches ${match.outsideGatedPart} element(s) outside the gated part.`, fix);
  return undefined;
}

/** Each article's paywall markup: free or not, and which part is gated. */
function articleFindings(article: Record<string, unknown>, page: PageSnapshot): Finding[] {
  const findings: Finding[] = [];
  const free = freeFlag(article);
  if (free === undefined)
    findings.push(finding('warning', 'The article’s JSON-LD has no isAccessibleForFree, although the page gates it.', MARKUP_FIX));
  if (free === true)
    findings.push(finding('error', 'The article’s JSON-LD says isAccessibleForFree: true, but the page gates it.', MARKUP_FIX));
  const parts = partsOf(article).filter((part) => part.cssSelector !== undefined);
  if (parts.length === 0)
    findings.push(
      finding('warning', 'The article’s JSON-LD has no hasPart with a cssSelector: it does not say which part is gated.', MARKUP_FIX),
    );
  for (const part of parts) {
    if (freeFlag(part) === true) findings.push(finding('error', 'A gated part in the JSON-LD says isAccessibleForFree: true.', MARKUP_FIX));
    for (const selector of [part.cssSelector].flat()) {
      if (typeof selector !== 'string') continue;
      const problem = selectorFinding(
        page.selectors.find((match) => match.selector === selector),
        selector,
      );
      if (problem) findings.push(problem);
    }
  }
  return findings;
}

/** JSON-LD that search engines can read, and that tells them the truth about the paywall. */
export function checkStructuredData(page: PageSnapshot): Finding[] {
  const findings = page.jsonLd
    .filter((block) => block.error !== undefined)
    .map((block) =>
      finding(
        'error',
        `A JSON-LD block is not valid JSON (${block.error}); search engines ignore it.`,
        'Fix the JSON: a validator such as JSON.parse names the place.',
      ),
    );
  if (page.gates.length === 0) return findings;
  const articles = articlesIn(page.jsonLd.map((block) => block.data));
  if (articles.length === 0)
    findings.push(
      finding('warning', 'The page gates an article but has no JSON-LD for it: search engines may take the cut for cloaking.', MARKUP_FIX),
    );
  return [...findings, ...articles.flatMap((article) => articleFindings(article, page))];
}
