import { cssSelectorsIn } from './json-ld.js';
import { readOutline, visibleTexts } from './page-text.js';
import { readServedPage } from './served.js';
import { readGates } from './snapshot-gates.js';
import { readPlans } from './snapshot-plans.js';
import type { CspPolicy, JsonLdBlock, PageSnapshot, SelectorMatch } from './types.js';

/**
 * Reads the live page into a plain snapshot for the checks: what a reader sees, what search
 * engines read, the gates with their articles as the server sent them, the plans, and each
 * entitlement endpoint, asked once as its gate asks it.
 */

export interface SnapshotOptions {
  /** The page as its server sent it; default: fetched again from the page's address. */
  servedHtml?: string;
}

function readJsonLd(doc: Document): JsonLdBlock[] {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => {
    try {
      return { data: JSON.parse(script.textContent ?? '') as unknown };
    } catch (error) {
      return { error: (error as Error).message };
    }
  });
}

const metaContent = (doc: Document, selector: string): string | undefined =>
  doc.querySelector<HTMLMetaElement>(`meta[${selector}]`)?.content ?? undefined;

const metaPolicies = (doc: Document): CspPolicy[] =>
  [...doc.querySelectorAll<HTMLMetaElement>('meta[http-equiv="content-security-policy" i]')].map((meta) => ({
    from: 'meta',
    policy: meta.content,
  }));

/** The elements of each gate's gated part: those with its `gated-class` (default `paywall`) inside it. */
function gatedParts(doc: Document): Element[] {
  return [...doc.querySelectorAll('paywall-gate')].flatMap((gate) => {
    const classes = (gate.getAttribute('gated-class')?.trim() || 'paywall').split(/\s+/);
    return [...gate.querySelectorAll(classes.map((name) => `.${CSS.escape(name)}`).join(''))];
  });
}

/**
 * What each JSON-LD `cssSelector` matches, in the page as sent (where soft mode's gated part is
 * whole) and as it is now (where a script may have added it): the larger count of the two.
 */
function matchSelectors(selectors: string[], docs: Document[]): SelectorMatch[] {
  return selectors.map((selector) => {
    const match: SelectorMatch = { selector, valid: true, matched: 0, outsideGatedPart: 0 };
    for (const doc of docs) {
      let found: Element[];
      try {
        found = [...doc.querySelectorAll(selector)];
      } catch {
        return { ...match, valid: false };
      }
      const gated = gatedParts(doc);
      const outside = found.filter((el) => !gated.some((part) => part.contains(el)));
      match.matched = Math.max(match.matched, found.length);
      match.outsideGatedPart = Math.max(match.outsideGatedPart, outside.length);
    }
    return match;
  });
}

/** The `<noscript>` text a reader without JavaScript sees (its markup is text while scripts run). */
const noscriptTexts = (doc: Document): string[] =>
  [...doc.querySelectorAll('noscript')].map((noscript) => (noscript.textContent ?? '').replace(/<[^>]*>/g, ' ').trim()).filter(Boolean);

/** A snapshot of `doc` (this window's document), its endpoints probed. */
export async function takeSnapshot(doc: Document, options: SnapshotOptions = {}): Promise<PageSnapshot> {
  const meta = metaPolicies(doc);
  const served = await readServedPage(location.href, meta, options.servedHtml);
  const jsonLd = readJsonLd(doc);
  const docs = served.doc ? [served.doc, doc] : [doc];
  const notes = served.note ? [served.note] : [];
  if (!doc.querySelector('paywall-gate, plan-card, benefits-list'))
    notes.push('The page has no <paywall-gate>, <plan-card> or <benefits-list>.');
  return {
    url: location.href,
    texts: visibleTexts(doc),
    jsonLd,
    selectors: matchSelectors(cssSelectorsIn(jsonLd.map((block) => block.data)), docs),
    meta: {
      description: metaContent(doc, 'name="description" i'),
      ogDescription: metaContent(doc, 'property="og:description" i'),
      contentTier: metaContent(doc, 'property="article:content_tier" i'),
    },
    noscripts: noscriptTexts(doc),
    canonical: doc.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href,
    csp: [...meta, ...served.csp],
    litCopies: ((globalThis as { litHtmlVersions?: unknown[] }).litHtmlVersions ?? []).length,
    gates: await readGates(doc, served.doc),
    plans: readPlans(doc),
    outline: readOutline(doc),
    notes,
  };
}
