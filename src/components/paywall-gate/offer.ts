import { html, nothing, type TemplateResult } from 'lit';
import type { OfferContent } from './offer-content.js';

/** Everything the gate's template shows, worked out before rendering. */
export interface GateView {
  /** The children are in, and the article is cut: the article's slot shows. */
  ready: boolean;
  /** Locked with the article cut (or in hard mode): the offer shows. */
  offer?: OfferContent;
  /** Locked, but with nothing cut: the article shows whole, without an offer. */
  hideOfferBox: boolean;
  /** Keeps the offer's room while its module loads, so that its arrival moves nothing. */
  reserve: boolean;
  /** Announced when the gate unlocks after a lock. */
  unlockedMessage?: string;
  /** The meter notice on a free read, announced once. */
  notice?: TemplateResult;
  /** The live region is in the page already: its text may come (never in the same render, or it goes unheard). */
  live: boolean;
  regionLabel: string;
}

/** What the live region says: the meter message when the offer shows, the unlock when it goes. */
function statusTemplate(view: GateView): TemplateResult | typeof nothing {
  if (!view.live) return nothing;
  if (view.offer) return view.offer.heading;
  return html`${view.unlockedMessage ? html`<span>${view.unlockedMessage}</span>` : nothing}${view.notice ?? nothing}`;
}

/** The gate: a labelled region with the article, and under it the offer (or the room kept for it while pending). */
export function gateTemplate(view: GateView): TemplateResult {
  return html`
    <section part="base" tabindex="-1" aria-label=${view.regionLabel}>
      <slot ?hidden=${!view.ready}></slot>
      ${view.offer ? html`<div part="fade"></div>` : nothing}
      <div part="offer" ?hidden=${view.hideOfferBox} ?data-reserve=${view.reserve}>
        <div part="status" role="status">${statusTemplate(view)}</div>
        ${view.offer?.body ?? nothing}
      </div>
    </section>
  `;
}
