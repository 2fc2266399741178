/** The offer's tags, defined by `offer-elements.ts`. */
const OFFER_SELECTOR = 'plan-card, benefits-list';

/** The offer's module: it defines `<plan-card>` and `<benefits-list>`, and makes a gate's offer. */
export type OfferModule = typeof import('./offer-elements.js');

/**
 * Loads the offer's module: in the script-tag build a file of its own, fetched only by the pages
 * that show an offer or a plan. The browser loads a module once.
 */
export function loadOfferModule(): Promise<OfferModule> {
  return import('./offer-elements.js');
}

/**
 * Loads the offer's elements as soon as the page has one of them in its own markup (a plans
 * page), now or later (a framework rendering it), and then stops watching.
 */
export function defineOfferElementsWhenSeen(root: Document): void {
  const defined = () => customElements.get('plan-card') !== undefined && customElements.get('benefits-list') !== undefined;
  const load = () =>
    loadOfferModule().catch((error: unknown) =>
      console.warn(`<plan-card> could not be loaded (${String(error)}); the plans are not shown.`),
    );
  if (root.querySelector(OFFER_SELECTOR)) {
    void load();
    return;
  }
  const holds = (node: Node) => node instanceof Element && (node.matches(OFFER_SELECTOR) || node.querySelector(OFFER_SELECTOR) !== null);
  const watcher = new MutationObserver((records) => {
    if (defined() || records.some((record) => [...record.addedNodes].some(holds))) {
      watcher.disconnect();
      if (!defined()) void load();
    }
  });
  watcher.observe(root, { childList: true, subtree: true });
}
